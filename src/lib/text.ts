/**
 * The length of a text as the API counts it: in characters (Unicode code points), not in UTF-16 units, so an
 * emoji such as 🔑 is one character and not two (docs/product-rules.md, 'Create and edit'). A lone surrogate
 * counts as one.
 */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/**
 * Code points that draw nothing on their own: whitespace of any kind, control and format characters (zero-width
 * space and joiners, U+2060, U+FEFF, bidi marks…), combining marks without a base, the other default-ignorable
 * ones (the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, variation selectors) and U+2800 BRAILLE PATTERN BLANK,
 * which fonts draw as an empty cell.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

/**
 * True when the text has at least one character that draws something. A name without one would show as an empty
 * link that nobody can tell from another (docs/product-rules.md, 'Create and edit').
 */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}

/** What a character `hiddenCharacter` finds is, for a message that can name it. */
export type HiddenCharacterKind =
  | 'zeroWidthSpace'
  | 'wordJoiner'
  | 'zeroWidthNoBreakSpace'
  | 'mongolianVowelSeparator'
  | 'softHyphen'
  | 'combiningGraphemeJoiner'
  | 'hangulFiller'
  | 'invisibleOperator'
  | 'braillePatternBlank'
  | 'directionControl';

/**
 * Characters that draw nothing, or that change the order in which the text around them is drawn, and that a name
 * has no use for: "Build\u200Bbot" looks like "Buildbot" but is another name, and a right-to-left override shows a
 * name other than it is. The soft hyphen (U+00AD) shows only where a line breaks, which a name on one line never
 * does; the combining grapheme joiner (U+034F) and the invisible operators (U+2061–U+2064) draw nothing; the
 * Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and U+2800 BRAILLE PATTERN BLANK draw a blank that is not a
 * space, so "Build\u3164bot" looks like "Build bot" and is not. The joiners U+200C and U+200D are not among them: emoji sequences (👨‍👩‍👧) and scripts
 * such as Persian need them. The direction controls are the marks (U+061C, U+200E, U+200F), embeddings and
 * overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
 */
// The combining grapheme joiner stands alone: in a class it would read as joined to the character before it.
const HIDDEN =
  /\u034F|[\u200B\u2060\uFEFF\u180E\u00AD\u115F\u1160\u3164\uFFA0\u2061-\u2064\u2800\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const HIDDEN_KIND: Partial<Record<string, HiddenCharacterKind>> = {
  '\u200B': 'zeroWidthSpace',
  '\u2060': 'wordJoiner',
  '\uFEFF': 'zeroWidthNoBreakSpace',
  '\u180E': 'mongolianVowelSeparator',
  '\u00AD': 'softHyphen',
  '\u034F': 'combiningGraphemeJoiner',
  '\u115F': 'hangulFiller',
  '\u1160': 'hangulFiller',
  '\u3164': 'hangulFiller',
  '\uFFA0': 'hangulFiller',
  '\u2061': 'invisibleOperator',
  '\u2062': 'invisibleOperator',
  '\u2063': 'invisibleOperator',
  '\u2064': 'invisibleOperator',
  '\u2800': 'braillePatternBlank',
};

/** The kind of the first hidden character in `text` (see `HIDDEN`), or null when it holds none. */
export function hiddenCharacter(text: string): HiddenCharacterKind | null {
  const found = HIDDEN.exec(text)?.[0];
  if (found === undefined) return null;
  return HIDDEN_KIND[found] ?? 'directionControl';
}

// The fillers and the braille blank draw a blank: a space keeps the name looking as it did ("Build bot").
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'g');
const DRAWN_AS_BLANK = /[\u115F\u1160\u3164\uFFA0\u2800]/;

/**
 * `text` without the characters `hiddenCharacter` finds, those drawn as a blank turned into spaces, so what is
 * left reads as the text did. Offered for a name saved with them, which the admin cannot see to delete.
 */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN_ALL, (found) => (DRAWN_AS_BLANK.test(found) ? ' ' : ''));
}
