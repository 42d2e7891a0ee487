// The page's language (one per page). English is the message objects themselves; every other language is a
// catalogue in its own lazy chunk, applied to those objects before the first render in it (src/lib/catalogue.ts).

/**
 * The languages with text: English, and each language with a catalogue (src/embed/catalogues.ts). `en-XA` is the
 * pseudo-locale (src/lib/pseudo-locale.ts): stretched English for checking a layout holds in a longer language.
 */
export const LANGUAGES = /^(en-xa|en|de)(?![a-z])/i;

/** The language of a BCP 47 locale when the module has its text ('de-CH' → 'de', 'en-XA' → 'en-xa'), else 'en'. */
export function languageOf(locale: string): string {
  return LANGUAGES.exec(locale)?.[1]!.toLowerCase() ?? 'en';
}

/**
 * The locale dates, numbers and relative times use: the requested one when the text is in its language
 * ('de-CH' keeps Swiss numbers), else plain English, so a locale without a catalogue never mixes English words
 * with its own dates ('fr-FR' → 'en').
 */
export function formatLocale(locale: string): string {
  return LANGUAGES.test(locale) ? locale : 'en';
}

/**
 * The language the module's words are in now, as a BCP 47 tag for `lang` attributes: a screen reader reads German
 * words with a German voice only when the markup says so. Set when a catalogue is applied (src/embed/catalogues.ts).
 */
export const pageLanguage = { tag: 'en' };
