// Runs parsed RQL against plain records, the way the mock serves lists (up to 10,000 tokens per request),
// so a node is compiled once into closures and the per-record work is a walk along precomputed paths.
//
// Semantics the mock settles where the contract is silent:
// - A dotted path walks into arrays: `eq(modules.id,"MOD-1756")` matches when any module has that id. A missing
//   step (null, a primitive, an empty array) yields "no value", which `eq(x,null())` and `empty()` match.
// - `ne` and `out` are the negations of `eq` and `in`, so over arrays they mean "no element equals".
// - Values compare as text across types (`eq(count,5)` matches 5 and "5"); `eq`/`ne` are exact and case-sensitive.
// - `gt`/`ge`/`lt`/`le` compare numbers numerically, two ISO dates as instants (so "…00Z" and "…00.000Z" agree),
//   other strings by code unit; null never matches a range.
// - `like`/`ilike`: `*` is a wildcard only as the first or last character; `\*` is a literal star and `\\` a
//   literal backslash; any other character, including a `*` in the middle, means itself.
// - Sorting takes null as the smallest value, so it comes first ascending and last descending (as SQL Server
//   orders NULL): a token never used is the oldest by last access. Strings sort case-insensitively with numbers in them compared by value; ties keep input order.

import type { RqlNode, RqlOrderKey, RqlValue } from './types';

type Predicate = (record: object) => boolean;
type Test = (value: unknown) => boolean;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const collator = new Intl.Collator('en', { sensitivity: 'accent', numeric: true });
const compiledNodes = new WeakMap<RqlNode, Predicate>();

type Primitive = string | number | boolean | bigint;

function isPrimitive(value: unknown): value is Primitive {
  const t = typeof value;
  return t === 'string' || t === 'number' || t === 'boolean' || t === 'bigint';
}

function isConstant(value: RqlValue): value is { kind: 'null' } | { kind: 'empty' } {
  return typeof value === 'object' && value !== null;
}

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** A leaf that is itself an array matches when one of its elements does. */
function anyElement(test: Test): Test {
  return (value) => (Array.isArray(value) ? value.some(test) : test(value));
}

function someAlong(value: unknown, path: readonly string[], index: number, test: Test): boolean {
  if (index === path.length) return test(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return test(undefined);
    for (const element of value) if (someAlong(element, path, index, test)) return true;
    return false;
  }
  if (value === null || typeof value !== 'object') return test(undefined);
  const key = path[index] as string;
  // Own properties only, so a field named "constructor" or "__proto__" cannot reach the prototype.
  const next = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  return someAlong(next, path, index + 1, test);
}

function atField(field: string, test: Test): Predicate {
  const path = field.split('.');
  if (path.length === 1) {
    // A top-level field (name, id, status), what most filters read: the walk below, inlined, as every record of
    // the account goes through it on each request.
    const [key] = path as [string];
    return (record) =>
      test(Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined);
  }
  return (record) => someAlong(record, path, 0, test);
}

function equalsTest(value: RqlValue): Test {
  if (isConstant(value)) {
    return value.kind === 'null' ? (v) => v === null || v === undefined : isEmpty;
  }
  const text = String(value);
  return anyElement((v) => isPrimitive(v) && String(v) === text);
}

function inTest(values: readonly RqlValue[]): Test {
  const texts = new Set<string>();
  let matchesNull = false;
  let matchesEmpty = false;
  for (const value of values) {
    if (!isConstant(value)) texts.add(String(value));
    else if (value.kind === 'null') matchesNull = true;
    else matchesEmpty = true;
  }
  const member = anyElement((v) => isPrimitive(v) && texts.has(String(v)));
  return (v) => (matchesNull && (v === null || v === undefined)) || (matchesEmpty && isEmpty(v)) || member(v);
}

function isoTime(text: string): number {
  return ISO_DATE.test(text) ? Date.parse(text) : Number.NaN;
}

/** Sign of (record value - bound), or NaN when the two cannot be ordered. */
function rangeComparer(bound: RqlValue): (v: unknown) => number {
  if (isConstant(bound)) return () => Number.NaN;
  if (typeof bound === 'number') {
    return (v) => {
      if (typeof v === 'number') return v - bound;
      if (typeof v === 'string' && NUMERIC.test(v)) return Number(v) - bound;
      return Number.NaN;
    };
  }
  if (typeof bound === 'boolean') {
    return (v) => (typeof v === 'boolean' ? Number(v) - Number(bound) : Number.NaN);
  }
  const boundTime = isoTime(bound);
  const boundNumber = NUMERIC.test(bound) ? Number(bound) : Number.NaN;
  return (v) => {
    if (typeof v === 'number') return v - boundNumber;
    if (typeof v !== 'string') return Number.NaN;
    if (!Number.isNaN(boundTime)) {
      const time = isoTime(v);
      if (!Number.isNaN(time)) return time - boundTime;
    }
    return v < bound ? -1 : v > bound ? 1 : 0;
  };
}

export interface CompiledPattern {
  anyPrefix: boolean;
  anySuffix: boolean;
  literal: string;
}

export function compilePattern(pattern: string): CompiledPattern {
  let anyPrefix = false;
  let anySuffix = false;
  let literal = '';
  let i = 0;
  if (pattern[0] === '*') {
    anyPrefix = true;
    i = 1;
  }
  for (; i < pattern.length; i++) {
    const c = pattern[i] as string;
    const next = pattern[i + 1];
    if (c === '\\' && (next === '*' || next === '\\')) {
      literal += next;
      i++;
    } else if (c === '*' && i === pattern.length - 1) {
      anySuffix = true;
    } else {
      literal += c;
    }
  }
  return { anyPrefix, anySuffix, literal };
}

function likeTest(value: RqlValue, ignoreCase: boolean): Test {
  if (isConstant(value)) return () => false;
  const { anyPrefix, anySuffix, literal: raw } = compilePattern(String(value));
  // Upper-casing folds case without looking at context; lower-casing does not (a final Σ becomes ς, not σ),
  // which would let "contains" miss a substring that is really there.
  const fold = ignoreCase ? (text: string) => text.toUpperCase() : (text: string) => text;
  const literal = fold(raw);
  const matches: (text: string) => boolean =
    anyPrefix && anySuffix
      ? (text) => text.includes(literal)
      : anyPrefix
        ? (text) => text.endsWith(literal)
        : anySuffix
          ? (text) => text.startsWith(literal)
          : (text) => text === literal;
  return anyElement((v) => {
    if (!isPrimitive(v)) return false;
    return matches(fold(String(v)));
  });
}

function compile(node: RqlNode): Predicate {
  switch (node.op) {
    case 'and': {
      const args = node.args.map(compileRql);
      return (record) => args.every((p) => p(record));
    }
    case 'or': {
      const args = node.args.map(compileRql);
      return (record) => args.some((p) => p(record));
    }
    case 'not': {
      const arg = compileRql(node.arg);
      return (record) => !arg(record);
    }
    case 'eq':
      return atField(node.field, equalsTest(node.value));
    case 'ne': {
      const equal = atField(node.field, equalsTest(node.value));
      return (record) => !equal(record);
    }
    case 'in':
      return atField(node.field, inTest(node.values));
    case 'out': {
      const member = atField(node.field, inTest(node.values));
      return (record) => !member(record);
    }
    case 'gt':
    case 'ge':
    case 'lt':
    case 'le': {
      const compare = rangeComparer(node.value);
      const accept: (sign: number) => boolean =
        node.op === 'gt'
          ? (s) => s > 0
          : node.op === 'ge'
            ? (s) => s >= 0
            : node.op === 'lt'
              ? (s) => s < 0
              : (s) => s <= 0;
      return atField(
        node.field,
        anyElement((v) => accept(compare(v))),
      );
    }
    case 'like':
    case 'ilike':
      return atField(node.field, likeTest(node.value, node.op === 'ilike'));
  }
}

/** A predicate for `node`; `null` (a query without filter) matches everything. Compiled once per node object. */
export function compileRql(node: RqlNode | null | undefined): Predicate {
  if (!node) return () => true;
  let predicate = compiledNodes.get(node);
  if (!predicate) {
    predicate = compile(node);
    compiledNodes.set(node, predicate);
  }
  return predicate;
}

export function matchesRql(node: RqlNode, record: object): boolean {
  return compileRql(node)(record);
}

/** Every field an expression reads, so a handler can reject or require fields (e.g. `audit.*` needs select). */
export function rqlFields(node: RqlNode | null | undefined): string[] {
  const fields = new Set<string>();
  const visit = (n: RqlNode): void => {
    if ('args' in n) n.args.forEach(visit);
    else if ('arg' in n) visit(n.arg);
    else fields.add(n.field);
  };
  if (node) visit(node);
  return [...fields];
}

/** The value a record sorts by: the first one along the path (an array sorts by its first element). */
function firstAlong(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current)) current = current[0];
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
  }
  return Array.isArray(current) ? current[0] : current;
}

function typeRank(value: unknown): number {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 0;
    case 'string':
      return 1;
    case 'boolean':
      return 2;
    default:
      return 3;
  }
}

export function compareByOrder(order: readonly RqlOrderKey[]): (a: object, b: object) => number {
  const keys = order.map(({ field, direction }) => ({
    path: field.split('.'),
    sign: direction === 'desc' ? -1 : 1,
  }));
  // Sorting 10,000 records compares each date many times; parse each distinct string once per comparator.
  const times = new Map<string, number>();
  const timeOf = (text: string): number => {
    let time = times.get(text);
    if (time === undefined) {
      time = isoTime(text);
      times.set(text, time);
    }
    return time;
  };

  const compareValues = (a: unknown, b: unknown): number => {
    const aMissing = a === null || a === undefined;
    const bMissing = b === null || b === undefined;
    if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? -1 : 1;
    if (typeof a === 'string' && typeof b === 'string') {
      const ta = timeOf(a);
      const tb = timeOf(b);
      if (!Number.isNaN(ta) && !Number.isNaN(tb)) return Math.sign(ta - tb);
      return collator.compare(a, b);
    }
    if (
      (typeof a === 'number' || typeof a === 'bigint') &&
      (typeof b === 'number' || typeof b === 'bigint')
    ) {
      return a < b ? -1 : a > b ? 1 : 0;
    }
    if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
    return typeRank(a) - typeRank(b);
  };

  return (a, b) => {
    for (const { path, sign } of keys) {
      const result = compareValues(firstAlong(a, path), firstAlong(b, path));
      if (result !== 0) return result * sign;
    }
    return 0;
  };
}
