/**
 * Server text written with straight double quotes ("Robot 1") in the page's typographic ones (“Robot 1”), as the
 * page's own messages write them. Only pairs change; an unpaired quote stays as it is.
 */
export function typographicQuotes(text: string): string {
  return text.replace(/"([^"\n]*)"/g, '“$1”');
}
