// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { characterCount } from '../../src/lib/text';

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
