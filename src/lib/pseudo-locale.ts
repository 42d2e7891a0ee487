// The pseudo-locale en-XA: English with every letter accented, bracketed and about 40 % longer, the length a
// translation often reaches (German runs 30–40 % longer than English). A page in it shows at a glance a string no
// catalogue reaches (plain English), text cut off (a missing bracket) and a layout too tight for another language.
// Made from the English message objects when asked for, so it can never fall behind them. Loaded only for a page
// whose locale is en-XA (src/embed/catalogues.ts).
import type { CataloguePair } from './catalogue';
import { inEnglish } from './catalogue';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ';
/** Words for the added length, so it wraps like words would. */
const FILLER = 'ŀǿřḗḿ īƥşŭḿ ḓǿŀǿř şīŧ ȧḿḗŧ ƈǿƞşḗƈŧḗŧŭř ȧḓīƥīşƈīƞɠ ḗŀīŧ şḗḓ ḓǿ ḗīŭşḿǿḓ ŧḗḿƥǿř';

/** Finds the pseudo-locale's letters in a text: whether it is the page's own words (data keeps its letters). */
export const PSEUDO_LETTER = new RegExp(`[${ACCENTED}]`, 'u');

/** How much longer pseudo text is than its English. */
export const PSEUDO_GROWTH = 0.4;

function accent(text: string): string {
  let out = '';
  for (const char of text) {
    const at = PLAIN.indexOf(char);
    out += at < 0 ? char : ACCENTED[at];
  }
  return out;
}

/** `text`'s pseudo form, bracketed, with the accented part and `keep` (data inside it, e.g. a name) left as is. */
export function pseudoText(text: string, keep: readonly string[] = []): string {
  if (!text.trim()) return text;
  const kept = keep.filter((part) => part.length > 0);
  const pattern = kept.length
    ? new RegExp(`(${kept.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`)
    : null;
  const accented = (pattern ? text.split(pattern) : [text])
    .map((part, index) => (index % 2 === 1 ? part : accent(part)))
    .join('');
  // The brackets count towards the growth; whatever is left is filler words.
  const extra = Math.ceil(text.length * PSEUDO_GROWTH) - 2;
  const filler =
    extra > 1
      ? ` ${FILLER.repeat(Math.ceil(extra / FILLER.length))
          .slice(0, extra - 1)
          .trim()}`
      : '';
  return `[${accented}${filler}]`;
}

/** The pseudo form of a message object: strings changed, functions return their English answer changed. */
function pseudoOf(english: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(english)) {
    if (typeof value === 'string') out[key] = pseudoText(value);
    else if (typeof value === 'function')
      out[key] = (...args: unknown[]) =>
        // What the caller passed in (names, formatted numbers) is data, not text to translate.
        pseudoText(
          (value as (...a: unknown[]) => string)(...args),
          args.filter((arg): arg is string => typeof arg === 'string'),
        );
    else if (typeof value === 'object' && value !== null)
      out[key] = pseudoOf(value as Record<string, unknown>);
  }
  return out;
}

/** Catalogues that turn each message object (another language's catalogue names them all) into en-XA. */
export function pseudoCatalogue(pairs: readonly CataloguePair[]): CataloguePair[] {
  return pairs.map(([target]) => [target, pseudoOf(inEnglish(target))]);
}
