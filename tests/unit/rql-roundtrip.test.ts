// @vitest-environment node
// What the client builds, the mock reads back to the same meaning. The expected AST is derived from a plain
// description of the query (Spec), never from the builder's output, so a change on either side shows up here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, compileRql } from '../../mocks/rql/evaluate';
import { parseRqlQuery } from '../../mocks/rql/parse';
import { searchFilter } from '../../src/features/api-tokens/api/list-query';
import { RqlSyntaxError, type RqlNode, type RqlValue } from '../../mocks/rql/types';
import {
  buildQueryString,
  rql,
  sanitizeSearch,
  SEARCH_MAX_LENGTH,
  type RqlExpr,
  type RqlLiteral,
  type RqlPattern,
  type RqlSortInput,
} from '../../src/lib/rql';

type ValueSpec =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'null' }
  | { kind: 'empty' };
type RangeValueSpec = Extract<ValueSpec, { kind: 'string' | 'number' | 'date' }>;
type PatternKind = 'contains' | 'startsWith' | 'endsWith' | 'exactly';

type Spec =
  | { op: 'and' | 'or'; args: Spec[] }
  | { op: 'not'; arg: Spec }
  | { op: 'eq' | 'ne'; field: string; value: ValueSpec }
  | { op: 'gt' | 'ge' | 'lt' | 'le'; field: string; value: RangeValueSpec }
  | { op: 'like' | 'ilike'; field: string; pattern: { kind: PatternKind; text: string } }
  | { op: 'in' | 'out'; field: string; values: ValueSpec[] };

const hostileUnit = fc.constantFrom(
  '"',
  "'",
  ',',
  '(',
  ')',
  '%',
  '*',
  '\\',
  '&',
  '=',
  '+',
  '#',
  '?',
  ' ',
  '\t',
  '\n',
  ':',
  '/',
  'a',
  'Z',
  '0',
  '-',
  '.',
  'é',
  '中',
  '😀',
  '\u200b',
  '\u0000',
  '%2',
  '%25',
  '%22',
  '%27',
  '%41',
  '\\*',
  'null()',
  'eq(',
  'true',
);
const anyString = fc.oneof(
  fc.string({ unit: hostileUnit, maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
);
const hasBothQuotes = (s: string) => s.includes('"') && s.includes("'");
/** Strings RQL can carry: anything except both quote characters at once (tested separately below). */
const text = anyString.filter((s) => !hasBothQuotes(s));

const segment = fc.stringMatching(/^[A-Za-z0-9_$]{1,6}$/);
const fieldName = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.'));

const number = fc
  .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map((n) => (Object.is(n, -0) ? 0 : n));
const date = fc.date({ noInvalidDate: true });

const rangeValue: fc.Arbitrary<RangeValueSpec> = fc.oneof(
  text.map((value) => ({ kind: 'string' as const, value })),
  number.map((value) => ({ kind: 'number' as const, value })),
  date.map((value) => ({ kind: 'date' as const, value })),
);
const value: fc.Arbitrary<ValueSpec> = fc.oneof(
  rangeValue,
  fc.boolean().map((v) => ({ kind: 'boolean' as const, value: v })),
  fc.constant({ kind: 'null' as const }),
  fc.constant({ kind: 'empty' as const }),
  // Plain words travel bare in lists; make sure enough of them appear.
  fc
    .constantFrom('Active', 'Disabled', 'true', 'null', 'x_1')
    .map((v) => ({ kind: 'string' as const, value: v })),
);

const leaf: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({ op: fc.constantFrom('eq' as const, 'ne' as const), field: fieldName, value }),
  fc.record({
    op: fc.constantFrom('gt' as const, 'ge' as const, 'lt' as const, 'le' as const),
    field: fieldName,
    value: rangeValue,
  }),
  fc.record({
    op: fc.constantFrom('like' as const, 'ilike' as const),
    field: fieldName,
    pattern: fc.record({
      kind: fc.constantFrom<PatternKind>('contains', 'startsWith', 'endsWith', 'exactly'),
      text,
    }),
  }),
  fc.record({
    op: fc.constantFrom('in' as const, 'out' as const),
    field: fieldName,
    values: fc.array(value, { minLength: 1, maxLength: 4 }),
  }),
);

function tree(depth: number): fc.Arbitrary<Spec> {
  if (depth === 0) return leaf;
  const child = tree(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constantFrom('and' as const, 'or' as const),
        args: fc.array(child, { minLength: 2, maxLength: 3 }),
      }),
    },
    { weight: 1, arbitrary: child.map((arg): Spec => ({ op: 'not', arg })) },
  );
}
const spec = tree(3);

function literal(v: ValueSpec): RqlLiteral {
  switch (v.kind) {
    case 'null':
      return rql.null();
    case 'empty':
      return rql.empty();
    default:
      return v.value;
  }
}

function expectedValue(v: ValueSpec): RqlValue {
  switch (v.kind) {
    case 'null':
    case 'empty':
      return { kind: v.kind };
    case 'date':
      return v.value.toISOString();
    default:
      return v.value;
  }
}

function pattern(kind: PatternKind, t: string): RqlPattern {
  return rql[kind](t);
}

function build(s: Spec): RqlExpr {
  switch (s.op) {
    case 'and': {
      const [first, ...rest] = s.args.map(build);
      // Falsy entries must be skipped without changing the meaning.
      return rql.and(first as RqlExpr, undefined, ...rest, false);
    }
    case 'or':
      return rql.or(...s.args.map(build));
    case 'not':
      return rql.not(build(s.arg));
    case 'eq':
    case 'ne':
      return rql[s.op](s.field, literal(s.value));
    case 'gt':
    case 'ge':
    case 'lt':
    case 'le':
      return rql[s.op](s.field, s.value.value);
    case 'like':
    case 'ilike':
      return rql[s.op](s.field, pattern(s.pattern.kind, s.pattern.text));
    case 'in':
    case 'out':
      return rql[s.op](s.field, s.values.map(literal));
  }
}

function recordWith(field: string, v: string): object {
  return field
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), v) as object;
}

/** Like nodes are compared by what the pattern matches, not by its spelling; the rest structurally. */
function expectSameMeaning(node: RqlNode, s: Spec): void {
  switch (s.op) {
    case 'and':
    case 'or':
      expect(node.op).toBe(s.op);
      if (node.op !== 'and' && node.op !== 'or') return;
      expect(node.args).toHaveLength(s.args.length);
      s.args.forEach((arg, i) => expectSameMeaning(node.args[i] as RqlNode, arg));
      return;
    case 'not':
      expect(node.op).toBe('not');
      if (node.op === 'not') expectSameMeaning(node.arg, s.arg);
      return;
    case 'like':
    case 'ilike': {
      expect(node).toMatchObject({ op: s.op, field: s.field });
      const source = (node as { value: RqlValue }).value;
      expect(typeof source).toBe('string');
      const { kind, text: t } = s.pattern;
      const compiled = compilePattern(source as string);
      expect(compiled.literal).toBe(t);
      if (t === '' && (kind === 'startsWith' || kind === 'endsWith')) {
        // An empty prefix or suffix matches everything, whichever end holds the wildcard.
        expect(compiled.anyPrefix || compiled.anySuffix).toBe(true);
      } else {
        expect(compiled.anyPrefix).toBe(kind === 'contains' || kind === 'endsWith');
        expect(compiled.anySuffix).toBe(kind === 'contains' || kind === 'startsWith');
      }
      const before = kind === 'contains' || kind === 'endsWith' ? '«' : '';
      const after = kind === 'contains' || kind === 'startsWith' ? '»' : '';
      expect(compileRql(node)(recordWith(s.field, `${before}${t}${after}`))).toBe(true);
      if (kind === 'exactly' && s.op === 'like') {
        expect(compileRql(node)(recordWith(s.field, `${t}*`))).toBe(false);
      }
      return;
    }
    case 'in':
    case 'out':
      expect(node).toEqual({ op: s.op, field: s.field, values: s.values.map(expectedValue) });
      return;
    default:
      expect(node).toEqual({ op: s.op, field: s.field, value: expectedValue(s.value) });
  }
}

const signed = fc.record({ sign: fc.constantFrom('', '+', '-'), field: fieldName });
const orderInput = fc.oneof(
  signed.map(({ sign, field }) => ({ input: `${sign}${field}` as RqlSortInput, field, desc: sign === '-' })),
  fc
    .record({ field: fieldName, direction: fc.constantFrom('asc' as const, 'desc' as const) })
    .map((key) => ({ input: key as RqlSortInput, field: key.field, desc: key.direction === 'desc' })),
);

const queryArb = fc.record({
  filter: fc.option(fc.oneof(spec, fc.array(spec, { minLength: 1, maxLength: 3 })), { nil: undefined }),
  select: fc.option(fc.array(signed, { maxLength: 4 }), { nil: undefined }),
  order: fc.option(fc.array(orderInput, { maxLength: 4 }), { nil: undefined }),
  limit: fc.option(fc.nat(), { nil: undefined }),
  offset: fc.option(fc.nat(), { nil: undefined }),
});

describe('parseRqlQuery(buildQueryString(x)) means x', () => {
  it('round-trips arbitrary expression trees and parameters', () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const filters = q.filter === undefined ? [] : Array.isArray(q.filter) ? q.filter : [q.filter];
        const built = buildQueryString({
          filter: Array.isArray(q.filter) ? q.filter.map(build) : q.filter && build(q.filter),
          select: q.select?.map(({ sign, field }) => `${sign}${field}`),
          order: q.order?.map((o) => o.input),
          limit: q.limit,
          offset: q.offset,
        });
        // Through a real URL, as fetch sends it: quotes become %22/%27, nothing else changes meaning.
        const sent = new URL(`https://example.test/list?${built}`).search;
        for (const search of [built, sent]) {
          const parsed = parseRqlQuery(search);
          if (filters.length === 0) expect(parsed.filter).toBeNull();
          else if (filters.length === 1) expectSameMeaning(parsed.filter as RqlNode, filters[0] as Spec);
          else expectSameMeaning(parsed.filter as RqlNode, { op: 'and', args: filters });
          expect(parsed.order).toEqual(
            (q.order ?? []).map((o) => ({ field: o.field, direction: o.desc ? 'desc' : 'asc' })),
          );
          expect(parsed.select).toEqual({
            include: (q.select ?? []).filter((e) => e.sign !== '-').map((e) => e.field),
            exclude: (q.select ?? []).filter((e) => e.sign === '-').map((e) => e.field),
          });
          expect(parsed.limit).toBe(q.limit ?? null);
          expect(parsed.offset).toBe(q.offset ?? null);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads any string value back exactly', () => {
    fc.assert(
      fc.property(fieldName, text, (field, v) => {
        expect(parseRqlQuery(buildQueryString({ filter: rql.eq(field, v) })).filter).toEqual({
          op: 'eq',
          field,
          value: v,
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects exactly the values no RQL literal can hold', () => {
    fc.assert(
      fc.property(anyString, (v) => {
        if (hasBothQuotes(v)) expect(() => rql.eq('name', v)).toThrow(RangeError);
        else expect(() => rql.eq('name', v)).not.toThrow();
      }),
    );
  });
});

describe('search input', () => {
  const char16 = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
  const typed = fc.oneof(
    fc.string({ unit: hostileUnit, maxLength: 150 }),
    fc.string({ unit: 'binary', maxLength: 150 }),
    fc.string({ unit: char16, maxLength: 150 }),
  );

  it("sanitizeSearch + the grid's search always builds a query the parser accepts and that finds the text", () => {
    fc.assert(
      fc.property(typed, (input) => {
        const term = sanitizeSearch(input);
        expect(term).toBe(term.trim());
        expect(term).not.toMatch(/\s\s/);
        expect(Array.from(term).length).toBeLessThanOrEqual(SEARCH_MAX_LENGTH);
        expect(term).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        if (!term) return;

        const query = buildQueryString({ filter: searchFilter(term), limit: 25, offset: 0 });
        const { filter } = parseRqlQuery(new URL(`https://example.test/?${query}`).search);
        const matches = compileRql(filter);
        // The search looks for the text composed (NFC), as names are saved.
        const composed = term.normalize('NFC');
        expect(matches({ name: `x${composed}y`, id: 'TKN-1' })).toBe(true);
        expect(matches({ name: 'x', id: composed.toUpperCase() })).toBe(true);
        // The text is found literally: a star in it is no wildcard.
        if (term.includes('*')) expect(matches({ name: term.replaceAll('*', ''), id: '' })).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the parser on arbitrary input', () => {
  const syntax = fc.constantFrom(
    'eq(',
    'and(',
    'or(',
    'not(',
    'in(',
    'like(',
    '(',
    ')',
    ',',
    '"',
    "'",
    '%',
    '%2',
    '%22',
    '%C3',
    'a',
    'b.c',
    '1',
    '-',
    '&',
    '=',
    'limit=',
    'order=',
    'select=',
    '+',
    ' ',
    'null()',
    'empty()',
    '\\',
    '*',
  );

  it('either returns a query or throws RqlSyntaxError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: syntax, maxLength: 30 }), fc.string({ unit: 'binary' })),
        (input) => {
          try {
            parseRqlQuery(input);
          } catch (error) {
            expect(error).toBeInstanceOf(RqlSyntaxError);
            const { position } = error as RqlSyntaxError;
            expect(Number.isInteger(position) && position >= 0).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
