/** Icons come from user-editable data: only http(s), blob previews and same-origin paths may reach an <img src>. */
export function safeImageUrl(url: string | null | undefined, baseUrl = ''): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (/^(https?:)?\/\//i.test(trimmed)) return trimmed.startsWith('//') ? undefined : trimmed;
  if (/^blob:/i.test(trimmed)) return trimmed;
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return `${baseUrl.replace(/\/+$/, '')}${trimmed}`;
  return undefined;
}

export function initials(name: string | null | undefined): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = Array.from(words[0] ?? '')[0] ?? '';
  const second = words.length > 1 ? (Array.from(words[1] ?? '')[0] ?? '') : (Array.from(words[0] ?? '')[1] ?? '');
  return (first + second).toUpperCase();
}
