import { describe, expect, it } from 'vitest';
import { safeImageUrl } from '../../../src/lib/safe-url';
import { HOSTILE_ICONS } from './hostile-strings';

// Icon URLs come from user-editable data: only http(s) URLs and paths on the API may reach an <img src>.

const API = 'https://api.example.test';

describe('safeImageUrl', () => {
  it.each([
    ['https://cdn.example.com/logo.png', 'https://cdn.example.com/logo.png'],
    ['http://cdn.example.com/logo.png', 'http://cdn.example.com/logo.png'],
    ['HTTPS://CDN.EXAMPLE.COM/L.PNG', 'HTTPS://CDN.EXAMPLE.COM/L.PNG'],
    ['  https://cdn.example.com/logo.png\n', 'https://cdn.example.com/logo.png'],
    ['/public/v1/accounts/api-tokens/TKN-1/icon?v=2', `${API}/public/v1/accounts/api-tokens/TKN-1/icon?v=2`],
  ])('keeps %j', (input, expected) => {
    expect(safeImageUrl(input, API)).toBe(expected);
  });

  it('resolves a path against a base URL with or without a trailing slash, or the page origin', () => {
    expect(safeImageUrl('/icon.png', `${API}/`)).toBe(`${API}/icon.png`);
    expect(safeImageUrl('/icon.png', `${API}//`)).toBe(`${API}/icon.png`);
    expect(safeImageUrl('/icon.png')).toBe('/icon.png');
  });

  it.each([
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
