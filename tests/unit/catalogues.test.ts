import { describe, expect, it } from 'vitest';
import { catalogue as moduleGerman } from '../../src/features/api-tokens/messages/de';
import { applyCatalogue, type CataloguePair } from '../../src/lib/catalogue';
import { translation, type Catalogue } from '../../src/lib/catalogue-types';
import { formatLocale, languageOf } from '../../src/lib/language';
import { PSEUDO_GROWTH, pseudoCatalogue, pseudoText } from '../../src/lib/pseudo-locale';
import { gridMessages } from '../../src/features/api-tokens/messages/grid';
import { speak } from '../support/language';
import { catalogue as shellGerman } from '../../src/standalone/messages/de';

// Every catalogue has exactly the keys of its English object, and a function for a function with as many
// arguments. `npm run typecheck` enforces it (the fixtures below prove it does); this test proves it at run time
// for every catalogue that ships, so a cast in a catalogue cannot slip a hole past the type check.

/** "path: kind" for every entry, e.g. "grid.rows: function(2)". */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [`${path}: string`];
  if (typeof value === 'function') return [`${path}: function(${value.length})`];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([key, entry]) => shape(entry, path ? `${path}.${key}` : key));
  return [`${path}: ${typeof value}`];
}

const shipped: Record<string, readonly CataloguePair[]> = {
  'German (module)': moduleGerman,
  'German (standalone shell)': shellGerman,
};

describe('catalogues', () => {
  for (const [name, pairs] of Object.entries(shipped)) {
    it(`${name}: every message object has the English keys, no more, and the same arguments`, () => {
      expect(pairs.length).toBeGreaterThan(0);
      for (const [english, translated] of pairs) {
        expect(shape(translated)).toEqual(shape(english));
      }
    });
  }

  it('the module catalogue covers every English message object of the module', () => {
    const covered = new Set(moduleGerman.map(([english]) => english));
    expect(covered.size).toBe(moduleGerman.length);
    // The English message files of the module: each must have its German counterpart.
    const files = import.meta.glob<Record<string, unknown>>(
      ['../../src/messages/*.ts', '../../src/features/api-tokens/messages/*.ts'],
      { eager: true },
    );
    const objects = Object.values(files).flatMap((module) =>
      Object.entries(module)
        .filter(([key, value]) => key.endsWith('Messages') && typeof value === 'object')
        .map(([, value]) => value),
    );
    expect(objects.length).toBeGreaterThanOrEqual(9);
    for (const object of objects) expect(covered.has(object as object)).toBe(true);
  });

  it('the comparison notices a missing key, an extra key and a dropped argument', () => {
    const english = { a: 'A', f: (n: number, text: string) => `${text} ${n}`, nested: { b: 'B' } };
    expect(shape({ a: 'X', f: (n: number, t: string) => t + n, nested: { b: 'Y' } })).toEqual(shape(english));
    expect(shape({ a: 'X', f: (_n: number, t: string) => t, nested: {} })).not.toEqual(shape(english));
    expect(shape({ a: 'X', f: (_n: number, t: string) => t, nested: { b: 'Y', c: 'Z' } })).not.toEqual(
      shape(english),
    );
    expect(shape({ a: 'X', f: (t: string) => t, nested: { b: 'Y' } })).not.toEqual(shape(english));
  });

  it('applying a catalogue changes the objects in place, and English comes back', () => {
    const nested = { b: 'B' };
    const english = { a: 'A', f: (n: number) => `${n} items`, nested };
    applyCatalogue([[english, { a: 'X', f: (n: number) => `${n} Dinge`, nested: { b: 'Y' } }]]);
    expect(english.a).toBe('X');
    expect(english.f(2)).toBe('2 Dinge');
    expect(english.nested).toBe(nested);
    expect(nested.b).toBe('Y');
    applyCatalogue([]);
    expect(english).toEqual({ a: 'A', f: english.f, nested: { b: 'B' } });
    expect(english.f(2)).toBe('2 items');
  });
});

describe('the pseudo-locale (en-XA)', () => {
  it('accents every letter, brackets the text and makes it about 40 % longer', () => {
    for (const text of ['Add', 'API tokens', 'Select the modules this API token can access.']) {
      const pseudo = pseudoText(text);
      expect(pseudo).toMatch(/^\[.*\]$/u);
      expect(pseudo).not.toMatch(/[a-z]/i);
      expect(pseudo.length).toBeGreaterThanOrEqual(text.length * (1 + PSEUDO_GROWTH));
      expect(pseudo.length).toBeLessThanOrEqual(text.length * (1 + PSEUDO_GROWTH) + 3);
    }
    expect(pseudoText(' ')).toBe(' ');
  });

  it('keeps the data a message is given as it is, and is made from English whatever the page speaks', async () => {
    await speak('de-DE');
    expect(gridMessages.table.neverUsed).not.toBe('Never used');
    const [[target, pseudo]] = pseudoCatalogue(moduleGerman).filter(
      ([object]) => object === gridMessages,
    ) as [CataloguePair];
    expect(target).toBe(gridMessages);
    const table = (pseudo as { table: typeof gridMessages.table }).table;
    expect(table.neverUsed).toBe(pseudoText('Never used'));
    // "3 modules": the count as given, the words accented.
    const count = table.modulesCount(3, '3');
    expect(count).toMatch(/^\[3 ḿǿḓŭŀḗş/u);
  });
});

describe('the language of a locale', () => {
  it('matches on the language subtag; a language without a catalogue is English', () => {
    expect(languageOf('de-DE')).toBe('de');
    expect(languageOf('de-CH')).toBe('de');
    expect(languageOf('DE')).toBe('de');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('fr-FR')).toBe('en');
    expect(languageOf('dsb')).toBe('en');
    // The pseudo-locale is a language of its own, not English.
    expect(languageOf('en-XA')).toBe('en-xa');
    expect(languageOf('en-XB')).toBe('en');
  });

  it('dates and numbers follow the text: the locale itself when its language has text, else English', () => {
    expect(formatLocale('de-CH')).toBe('de-CH');
    expect(formatLocale('en-GB')).toBe('en-GB');
    expect(formatLocale('fr-FR')).toBe('en');
  });
});

// Type-level fixtures: `npm run typecheck` (tsc over tests/) fails if any of these stops being an error.
const english = {
  title: 'Title',
  count: (count: number, n: string) => `${n} ${count === 1 ? 'item' : 'items'}`,
  nested: { label: 'Label' },
} as const;

export const complete = translation(english, {
  title: 'Titel',
  count: (count, n) => `${n} ${count === 1 ? 'Element' : 'Elemente'}`,
  nested: { label: 'Beschriftung' },
});
export const completeShape = { title: 'T', count: (_c, n) => n, nested: { label: 'L' } } satisfies Catalogue<
  typeof english
>;

// Each on one line, so the directive sits on the line the error is reported on.
// A missing key:
// prettier-ignore
// @ts-expect-error -- 'nested' is missing
export const missing = { title: 'T', count: (_c, n) => n } satisfies Catalogue<typeof english>;
// A missing nested key:
// prettier-ignore
// @ts-expect-error -- 'label' is missing
export const missingNested = { title: 'T', count: (_c, n) => n, nested: {} } satisfies Catalogue<typeof english>;
// An extra key:
// prettier-ignore
// @ts-expect-error -- 'subtitle' is not in English
export const extra = { title: 'T', subtitle: 'S', count: (_c, n) => n, nested: { label: 'L' } } satisfies Catalogue<typeof english>;
// A string where English has a function:
// prettier-ignore
// @ts-expect-error -- count takes arguments
export const notAFunction = { title: 'T', count: 'n', nested: { label: 'L' } } satisfies Catalogue<typeof english>;
// An argument of another type:
// prettier-ignore
// @ts-expect-error -- the first argument is a number
export const wrongType = { title: 'T', count: (n: string) => n, nested: { label: 'L' } } satisfies Catalogue<typeof english>;
// A dropped argument (TypeScript alone would accept it):
// prettier-ignore
// @ts-expect-error -- count takes two arguments
export const dropped = translation(english, { title: 'T', count: (count) => `${count}`, nested: { label: 'L' } });
