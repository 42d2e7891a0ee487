import { describe, expect, it } from 'vitest';
import { initials, safeImageUrl } from '../../../src/lib/safe-url';
import { HOSTILE_ICONS } from './hostile-strings';

// Icon URLs come from user-editable data: only https URLs and resources on the API's origin may reach an <img src>.

const API = 'https://api.example.test';

describe('safeImageUrl', () => {
  it.each([
    ['https://cdn.example.com/logo.png', 'https://cdn.example.com/logo.png'],
    ['HTTPS://CDN.EXAMPLE.COM/L.PNG', 'HTTPS://CDN.EXAMPLE.COM/L.PNG'],
    [`${API}/public/v1/accounts/api-tokens/TKN-1/icon`, `${API}/public/v1/accounts/api-tokens/TKN-1/icon`],
    ['/public/v1/accounts/api-tokens/TKN-1/icon?v=2', `${API}/public/v1/accounts/api-tokens/TKN-1/icon?v=2`],
  ])('keeps %j', (input, expected) => {
    expect(safeImageUrl(input, API)).toBe(expected);
  });

  it('resolves a path against a base URL with or without a trailing slash, or the page origin', () => {
    expect(safeImageUrl('/icon.png', `${API}/`)).toBe(`${API}/icon.png`);
    expect(safeImageUrl('/icon.png', `${API}//`)).toBe(`${API}/icon.png`);
    expect(safeImageUrl('/icon.png')).toBe('/icon.png');
  });

  it('keeps plain http only on the API’s own origin, as a local server serves its logos', () => {
    const local = 'http://127.0.0.1:4010';
    const icon = `${local}/public/v1/accounts/api-tokens/TKN-1/icon?v=2`;
    expect(safeImageUrl(icon, local)).toBe(icon);
    expect(safeImageUrl(icon, `${local}/`)).toBe(icon);
    expect(safeImageUrl(icon.replace('127.0.0.1', 'LOCALHOST'), 'http://localhost:4010')).toBe(
      icon.replace('127.0.0.1', 'LOCALHOST'),
    );
    for (const other of [
      'http://cdn.example.com/logo.png',
      'http://127.0.0.1:4011/logo.png',
      'http://127.0.0.1:4010.evil.example/logo.png',
      'http://127.0.0.1:4010@evil.example/logo.png',
      'http://127.0.0.1:40100/logo.png',
    ]) {
      expect(safeImageUrl(other, local), other).toBeUndefined();
    }
    // Without a base URL, the page's own origin is the API's.
    expect(safeImageUrl(`${window.location.origin}/icon.png`)).toBe(`${window.location.origin}/icon.png`);
    expect(safeImageUrl('http://cdn.example.com/logo.png')).toBeUndefined();
  });

  it.each([
    // Whitespace or control characters anywhere: parsers strip tabs and newlines, turning a path into a host.
    '/\n/evil.example/x.png',
    '/\t/evil.example/x.png',
    '/\r\n/evil.example/x.png',
    '/\u000b/evil.example/x.png',
    '/\u0000/evil.example/x.png',
    '/ /evil.example/x.png',
    '/\u00a0/evil.example/x.png',
    '/\u2028/evil.example/x.png',
    'https://cdn.exa\tmple.com/logo.png',
    'https://cdn.example.com/lo\ngo.png',
    'https://cdn.example.com/logo.png\u0085',
    '\u007f/logo.png',
    '  https://cdn.example.com/logo.png\n',
    ' /logo.png',
    '/logo.png ',
    // Plain http off the API's origin.
    'http://cdn.example.com/logo.png',
    'HTTP://EVIL.EXAMPLE/L.PNG',
    ...HOSTILE_ICONS,
    'javascript://%0aalert(1)',
    '\tjavascript:alert(1)',
    '\u00a0javascript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:image/png;base64,iVBORw0KGgo=',
    'DATA:text/html,<script>alert(1)</script>',
    'blob:http://127.0.0.1:5173/8b1c',
    'file:///etc/passwd',
    'ftp://example.com/logo.png',
    '//evil.example/logo.png',
    ' //evil.example/logo.png',
    '/\\evil.example/logo.png',
    '\\\\evil.example\\logo.png',
    'https:///evil.example/logo.png',
    'https:\\\\evil.example/logo.png',
    'logo.png',
    './logo.png',
    '../logo.png',
    '#',
    '',
    '   ',
    null,
    undefined,
  ])('drops %j', (input) => {
    expect(safeImageUrl(input, API)).toBeUndefined();
    expect(safeImageUrl(input)).toBeUndefined();
  });
});

// The avatar shown instead of an icon: whole characters, never half of a surrogate pair.
describe('initials', () => {
  it.each([
    ['Ada Lovelace', 'AL'],
    ['ada', 'AD'],
    ['x', 'X'],
    ['  grace   brewster  hopper ', 'GB'],
    ['ops\tbot', 'OB'],
    ['𝒜lpha', '𝒜L'],
    ['😀 smile', '😀S'],
    ['b 😀', 'B😀'],
    // Brackets, quotes, dashes and other punctuation are not initials.
    ['[DEV] Jenkins', 'DJ'],
    ['(Legacy) ERP sync', 'LE'],
    ['"Quoted" name', 'QN'],
    ['<img src=x onerror=alert(1)> Probe', 'IS'],
    ['– ERP', 'ER'],
    ['#1 bot', '1B'],
    ['!!!', '?'],
    // A letter's combining marks belong to its word.
    ['नमस्ते दुनिया', 'नद'],
    ['Zoe\u0308 bot', 'ZB'],
    ['', '?'],
    ['   ', '?'],
    [null, '?'],
    [undefined, '?'],
  ])('of %j is %j', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
