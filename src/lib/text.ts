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
