// Apart from text.ts, whose counting the grid's first paint uses: this is for the forms' prefilled values and for
// names shown in sentences (name-in-text.ts), which load later.

/**
 * `text` cut to at most `max` characters (code points, as `characterCount` counts them), an ellipsis marking the
 * cut: for a value the app prefills by adding to a stored one (a copy's name, a rotated token's description), which
 * must stay within the limit the stored one already met.
 */
export function shortenTo(text: string, max: number): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  return `${characters
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}
