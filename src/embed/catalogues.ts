// Loaded only when the page's language changes (src/embed/language.ts), never with the first paint.
import { applyCatalogue, type CataloguePair } from '../lib/catalogue';
import { pageLanguage } from '../lib/language';

/** Each language's catalogues, by language subtag (English is the message objects themselves). */
export type Catalogues = Partial<Record<string, () => Promise<readonly CataloguePair[]>>>;

/** The module's own: every language in `LANGUAGES` (src/lib/language.ts) has one. */
export const moduleCatalogues: Catalogues = {
  de: () => import('../features/api-tokens/messages/de').then((de) => de.catalogue),
  'en-xa': () => pseudo(import('../features/api-tokens/messages/de').then((de) => de.catalogue)),
};

/**
 * The pseudo-locale's catalogues, made from the objects another language's catalogues name (the type check holds
 * each of those to every English message object).
 */
export function pseudo(catalogue: Promise<readonly CataloguePair[]>): Promise<readonly CataloguePair[]> {
  return Promise.all([import('../lib/pseudo-locale'), catalogue]).then(([maker, pairs]) =>
    maker.pseudoCatalogue(pairs),
  );
}

/** Puts English back, then `language`'s catalogues (the module's and `more`) into the message objects. */
export async function apply(language: string, more: Catalogues = {}) {
  const loaded = await Promise.all([moduleCatalogues[language]?.() ?? [], more[language]?.() ?? []]);
  applyCatalogue(loaded.flat());
  pageLanguage.tag = language === 'en-xa' ? 'en-XA' : language;
}
