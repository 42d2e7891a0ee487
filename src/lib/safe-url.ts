/**
 * Icons come from user-editable data, so only two kinds of value may reach an `<img src>`: an https URL, or a
 * resource on the API's origin (a path resolved against its base URL, or an absolute URL on that origin, which
 * may be plain http on a local server). Everything else is dropped: `javascript:`, `data:`, `blob:` (a picked
 * file's preview makes its own object URL and never comes through here), plain http elsewhere, protocol-relative
 * `//host` or `/\host`, and any value holding whitespace or control characters: URL parsers strip tabs and
 * newlines, so `/\n/evil.example/x.png` would load from another host.
 */
export function safeImageUrl(url: string | null | undefined, baseUrl = ''): string | undefined {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (!url || /[\s\0-\x1f\x7f-\x9f]/.test(url)) return undefined;
  const base = baseUrl.replace(/\/+$/, '');
  if (/^\/(?![/\\])/.test(url)) return `${base}${url}`;
  if (/^https:\/\/[^/\\]/i.test(url)) return url;
  const apiOrigin = /^https?:\/\/[^/\\?#]+/i.exec(base)?.[0] ?? globalThis.location?.origin;
  return apiOrigin && url.toLowerCase().startsWith(`${apiOrigin.toLowerCase()}/`) ? url : undefined;
}

/**
 * Two characters for an avatar: the first of the first two words, or the first two of a single word. Words are
 * split at spaces, punctuation (brackets, quotes, dashes) and signs such as < and =, so "[DEV] Jenkins" is "DJ",
 * not "[J"; a letter keeps its marks, and an emoji counts as a character.
 */
export function initials(name: string | null | undefined): string {
  const words = (name ?? '').split(/[\s\p{P}\p{Sm}]+/u).filter(Boolean);
  if (words.length === 0) return '?';
  const first = Array.from(words[0] ?? '')[0] ?? '';
  const second =
    words.length > 1 ? (Array.from(words[1] ?? '')[0] ?? '') : (Array.from(words[0] ?? '')[1] ?? '');
  return (first + second).toUpperCase();
}
