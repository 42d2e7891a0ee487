/**
 * Icons come from user-editable data, so only two kinds of value may reach an `<img src>`: an absolute http(s)
 * URL, or a path on the API's origin (resolved against its base URL). Everything else is dropped: `javascript:`,
 * `vbscript:`, `data:` (the CSP forbids it, and nothing needs it), `blob:` (a picked file's preview makes its own
 * object URL and never comes through here) and protocol-relative `//host` or `/\host` (another host in disguise).
 */
export function safeImageUrl(url: string | null | undefined, baseUrl = ''): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (/^https?:\/\/[^/\\]/i.test(trimmed)) return trimmed;
  if (/^\/(?![/\\])/.test(trimmed)) return `${baseUrl.replace(/\/+$/, '')}${trimmed}`;
  return undefined;
}

export function initials(name: string | null | undefined): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = Array.from(words[0] ?? '')[0] ?? '';
  const second =
    words.length > 1 ? (Array.from(words[1] ?? '')[0] ?? '') : (Array.from(words[0] ?? '')[1] ?? '');
  return (first + second).toUpperCase();
}
