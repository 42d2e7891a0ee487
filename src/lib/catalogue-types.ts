// What another language's catalogue must look like, checked by `npm run typecheck`.
import type { CataloguePair } from './catalogue';

/**
 * The shape of an English message object in another language: the same keys (a missing key is an error, and
 * `satisfies` rejects an extra one), a string for a string, a function taking the same arguments for a function.
 */
export type Catalogue<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : Catalogue<T[K]>;
};

type Count<F> = F extends (...args: infer A) => string ? A['length'] : never;

/**
 * The keys (as "a.b.c") whose function takes another number of arguments in the translation than in English:
 * TypeScript lets a function that ignores arguments stand in for one that takes them, a translation may not.
 */
type ArityMismatch<T, C> = T extends (...args: never[]) => string
  ? [Count<T>] extends [Count<C>]
    ? [Count<C>] extends [Count<T>]
      ? never
      : ''
    : ''
  : T extends string
    ? never
    : string extends keyof T
      ? never
      : {
          [K in keyof T & string]: ArityMismatch<T[K], C[K & keyof C]> extends infer P extends string
            ? [P] extends [never]
              ? never
              : P extends ''
                ? K
                : `${K}.${P}`
            : never;
        }[keyof T & string];

type SameArity<T, C> = [ArityMismatch<T, C>] extends [never]
  ? unknown
  : { argumentsDiffer: ArityMismatch<T, C> };

/** One message object and its translation; a translation of another shape does not compile. */
export function translation<T extends object, C extends Catalogue<T>>(
  english: T,
  translated: C & SameArity<T, C>,
): CataloguePair {
  return [english, translated];
}
