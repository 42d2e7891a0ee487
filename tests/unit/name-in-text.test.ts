// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NAME_IN_TEXT_MAX, nameInText } from '../../src/lib/name-in-text';

describe('nameInText: a token name inside a sentence or a subtitle', () => {
  it('leaves a name of up to the limit as typed', () => {
    const name = 'n'.repeat(NAME_IN_TEXT_MAX);
    expect(nameInText(name)).toBe(name);
    expect(nameInText('CI deploy – EU')).toBe('CI deploy – EU');
  });

  it('cuts a longer name to the limit, the last character an ellipsis', () => {
    const shown = nameInText(`${'a'.repeat(NAME_IN_TEXT_MAX)}tail`);
    expect(Array.from(shown)).toHaveLength(NAME_IN_TEXT_MAX);
    expect(shown).toBe(`${'a'.repeat(NAME_IN_TEXT_MAX - 1)}…`);
  });

  it('counts characters, not UTF-16 units: an emoji is one', () => {
    const keys = '🔑'.repeat(NAME_IN_TEXT_MAX);
    expect(nameInText(keys)).toBe(keys);
    expect(nameInText(`${keys}🔑`)).toBe(`${'🔑'.repeat(NAME_IN_TEXT_MAX - 1)}…`);
  });

  it('does not leave a space before the ellipsis', () => {
    const name = `${'word '.repeat(20)}end`;
    expect(nameInText(name)).toMatch(/word…$/);
  });

  it('isolates a cut name that holds a direction override, so the override cannot run past it', () => {
    // The cut drops the override's closing mark (U+202C): the isolate still ends it.
    const name = `\u202Egnol${'x'.repeat(NAME_IN_TEXT_MAX)}\u202C`;
    const shown = nameInText(name);
    expect(shown.startsWith('\u2068\u202E')).toBe(true);
    expect(shown.endsWith('…\u2069')).toBe(true);
    expect(shown).not.toContain('\u202C');
  });
});
