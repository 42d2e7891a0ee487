// User input that tries to become markup, script, a formula or a layout problem. Shared by the
// hostile-strings and CSV tests. None has leading or trailing spaces: screens trim names before showing them.
import { expect } from 'vitest';

export const RLO = '\u202E';

export const HOSTILE_STRINGS: ReadonlyArray<{ label: string; text: string }> = [
  { label: 'script tag', text: '<script>alert(1)</script>' },
  { label: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { label: 'svg onload', text: '<svg onload=alert(1)>' },
  { label: 'javascript: URL', text: 'javascript:alert(1)' },
  { label: 'attribute break-out with iframe', text: '"><iframe src=javascript:alert(1)>' },
  { label: '5,000 characters without a space', text: `L${'o'.repeat(4998)}g` },
  { label: 'right-to-left override', text: `invoice${RLO}gnp.exe` },
  { label: 'Arabic and Hebrew', text: 'مفتاح الفوترة – מפתח חיוב 2' },
  { label: 'template injection', text: "{{constructor.constructor('alert(1)')()}}" },
  { label: 'spreadsheet formula', text: "=cmd|' /C calc'!A0" },
  { label: 'zero-width characters and emoji', text: 'Zero\u200Bwidth\u200Djoiner 👩🏽‍💻🔑' },
  { label: 'HTML entities', text: '&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;i&#x3E;' },
  { label: 'template literal', text: '${alert(document.cookie)}' },
];

/** Icon values that must never reach an `<img src>` (safeImageUrl). */
export const HOSTILE_ICONS: readonly string[] = [
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'vbscript:msgbox(1)',
  'data:image/svg+xml,<svg onload=alert(1)>',
  '//evil.example/track.png',
  '/\\evil.example/track.png',
  'blob:https://evil.example/3f1c',
];

const DANGEROUS_ELEMENTS = 'script, iframe, frame, object, embed, base, meta, link, style, form[action]';
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data'];

/**
 * Everything under `root` came from React rendering text: no elements a hostile string could have created, no
 * event-handler attributes, no script URLs, and images only from http(s), the API or a local preview.
 */
export function expectInert(root: ParentNode = document.body) {
  expect(root.querySelectorAll(DANGEROUS_ELEMENTS)).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name.toLowerCase().startsWith('on'), `${element.tagName} has ${attribute.name}`).toBe(
        false,
      );
      if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase())) {
        // Browsers skip spaces and control characters inside a scheme, so `java\tscript:` still runs.
        const value = [...attribute.value]
          .filter((c) => c.charCodeAt(0) > 0x20)
          .join('')
          .toLowerCase();
        expect(value, `${element.tagName} ${attribute.name}`).not.toMatch(/^(javascript|vbscript|data):/);
      }
    }
  }
  for (const img of root.querySelectorAll('img')) {
    const src = img.getAttribute('src');
    if (src !== null) expect(src).toMatch(/^(https:\/\/api\.example\.test\/|blob:)/);
  }
  // Only the app's own icons are SVG, and they are drawn from a fixed set of shapes.
  for (const svg of root.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
}

/** `text` is on screen as literal characters (not parsed, not decoded, not trimmed inside). */
export function expectLiteralText(text: string, root: ParentNode = document.body) {
  expect(root.textContent ?? '').toContain(text);
}
