// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  characterCount,
  hasVisibleCharacter,
  hiddenCharacter,
  withoutHiddenCharacters,
} from '../../src/lib/text';

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

describe('hiddenCharacter', () => {
  it.each([
    ['a zero-width space', 'Build\u200Bbot', 'zeroWidthSpace'],
    ['a word joiner', 'Build\u2060bot', 'wordJoiner'],
    ['a zero-width no-break space (byte order mark)', 'Build\uFEFFbot', 'zeroWidthNoBreakSpace'],
    ['a Mongolian vowel separator', 'Build\u180Ebot', 'mongolianVowelSeparator'],
    ['a left-to-right and a right-to-left mark', 'a\u200Eb\u200F', 'directionControl'],
    ['an Arabic letter mark', 'a\u061Cb', 'directionControl'],
    ['a right-to-left override', 'Invoice \u202Efdp.exe', 'directionControl'],
    ['each embedding and override', '\u202A\u202B\u202C\u202D', 'directionControl'],
    ['a first-strong isolate', 'a\u2068b\u2069', 'directionControl'],
    ['the other isolates', 'a\u2066b\u2067c', 'directionControl'],
    ['two, the first named', 'a\u202Eb\u200Bc', 'directionControl'],
    ['a soft hyphen', 'Build\u00ADbot', 'softHyphen'],
    ['a combining grapheme joiner', 'Build\u034Fbot', 'combiningGraphemeJoiner'],
    ['each Hangul filler', 'a\u115Fb\u1160c\u3164d\uFFA0', 'hangulFiller'],
    ['a Hangul filler drawn as a blank', 'Build\u3164bot', 'hangulFiller'],
    ['each invisible operator', 'a\u2061b\u2062c\u2063d\u2064', 'invisibleOperator'],
    ['the last invisible operator', 'a\u2064b', 'invisibleOperator'],
    ['a braille pattern blank drawn as a blank', 'Build\u2800bot', 'braillePatternBlank'],
  ])('finds %s', (_, text, kind) => {
    expect(hiddenCharacter(text)).toBe(kind);
  });

  it.each([
    ['a plain name', 'Build bot'],
    ['an emoji sequence joined with zero-width joiners', '👨\u200D👩\u200D👧 family'],
    ['Persian with a zero-width non-joiner', 'می\u200Cخواهم'],
    ['right-to-left text without controls', 'مفتاح API'],
    ['an emoji with a variation selector', 'Build bot \u2764\uFE0F'],
  ])('finds nothing in %s', (_, text) => {
    expect(hiddenCharacter(text)).toBeNull();
  });
});

describe('withoutHiddenCharacters', () => {
  it.each([
    ['every one, not only the first', 'a\u202Eb\u200Bc\u00ADd\u034Fe\u2061f', 'abcdef'],
    ['a Hangul filler and a braille blank as spaces', 'Build\u3164bot\u2800two', 'Build bot two'],
    ['the joiners that emoji and scripts need', '👨\u200D👩 می\u200Cخواهم', '👨\u200D👩 می\u200Cخواهم'],
  ])('takes out %s', (_, text, expected) => {
    const result = withoutHiddenCharacters(text);
    expect(result).toBe(expected);
    expect(hiddenCharacter(result)).toBeNull();
  });
});
