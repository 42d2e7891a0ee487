/**
 * The length of a text as the API counts it: in characters (Unicode code points), not in UTF-16 units, so an
 * emoji such as 🔑 is one character and not two (docs/product-rules.md, 'Create and edit'). A lone surrogate
 * counts as one.
 */
export function characterCount(text: string): number {
  return Array.from(text).length;
}
