// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { characterCount, hasVisibleCharacter } from '../../src/lib/text';

describe('characterCount', () => {
  it('counts code points, as the API does, not UTF-16 units', () => {
    expect(characterCount('')).toBe(0);
    expect(characterCount('Build bot')).toBe(9);
    expect(characterCount('🔑')).toBe(1);
    expect(characterCount('🔑'.repeat(128))).toBe(128);
    // A lone surrogate is one character too.
    expect(characterCount('a\uD800b')).toBe(3);
  });
});

describe('hasVisibleCharacter', () => {
  it.each([
    ['empty', ''],
    ['spaces, a tab, a no-break space and an ideographic space', ' \t\u00A0\u3000'],
    ['zero-width space, non-joiner and joiner', '\u200B\u200C\u200D'],
    ['word joiner and byte order mark', '\u2060\uFEFF'],
    ['braille pattern blank', '\u2800\u2800'],
    ['Hangul fillers', '\u3164\u115F\u1160\uFFA0'],
    ['format characters (soft hyphen, bidi marks, a tag)', '\u00AD\u200E\u202E\u{E0041}'],
    ['combining marks alone', '\u0301\u0308'],
    ['a combining mark on a space', ' \u0301'],
    ['a variation selector', '\uFE0F'],
    ['control characters', '\u0000\u0007'],
  ])('is false for %s', (_, text) => {
    expect(hasVisibleCharacter(text)).toBe(false);
  });

  it.each([
    ['a letter', 'a'],
    ['a letter among invisible ones', '\u200Bx\u200B'],
    ['a letter with a combining mark', 'e\u0301'],
    ['an emoji', '🔑'],
    ['a Hangul syllable', '한'],
    ['a braille pattern with dots', '\u2801'],
    ['punctuation', '-'],
  ])('is true for %s', (_, text) => {
    expect(hasVisibleCharacter(text)).toBe(true);
  });
});
