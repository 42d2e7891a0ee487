// The RQL builders, each an export of its own (src/lib/rql.ts re-exports them as the `rql` namespace): code reads
// `rql.eq(…)` as before, and a bundle carries only the builders its code calls.
import {
  Constant,
  Expr,
  Pattern,
  field,
  formatLiteral,
  present,
  quote,
  type RqlConstant,
  type RqlExpr,
  type RqlLiteral,
  type RqlMaybeExpr,
  type RqlOrderable,
  type RqlPattern,
} from './rql-core';

function comparison(op: string, name: string, value: RqlLiteral): RqlExpr {
  return new Expr(`${op}(${field(name)},${formatLiteral(value, false)})`);
}

function list(op: 'in' | 'out', name: string, values: readonly RqlLiteral[]): RqlExpr {
  if (values.length === 0) {
    // An empty list would be malformed: callers leave the filter out instead.
    throw new RangeError(`rql.${op}(${JSON.stringify(name)}, []) has no values.`);
  }
  return new Expr(`${op}(${field(name)},(${values.map((v) => formatLiteral(v, true)).join(',')}))`);
}

export function and(first: RqlExpr, ...rest: RqlMaybeExpr[]): RqlExpr;
export function and(...exprs: RqlMaybeExpr[]): RqlExpr | undefined;
export function and(...exprs: RqlMaybeExpr[]): RqlExpr | undefined {
  const kept = present(exprs);
  // "All of nothing" constrains nothing, so the caller gets no filter rather than a malformed `and()`.
  if (kept.length === 0) return undefined;
  if (kept.length === 1) return kept[0];
  return new Expr(`and(${kept.join(',')})`);
}

export function or(...exprs: RqlMaybeExpr[]): RqlExpr {
  const kept = present(exprs);
  // "Any of nothing" matches nothing; dropping the filter instead would silently show every row.
  if (kept.length === 0) throw new RangeError('rql.or() needs at least one expression.');
  if (kept.length === 1) return kept[0] as RqlExpr;
  return new Expr(`or(${kept.join(',')})`);
}

export function not(expr: RqlExpr): RqlExpr {
  const [kept] = present([expr]);
  if (!kept) throw new TypeError('rql.not() needs an expression.');
  return new Expr(`not(${kept})`);
}

function match(op: 'like' | 'ilike', name: string, pattern: RqlPattern): RqlExpr {
  if (!(pattern instanceof Pattern)) {
    throw new TypeError(`rql.${op}() takes a pattern from rql.contains and its kin.`);
  }
  return new Expr(`${op}(${field(name)},${quote(pattern.toString())})`);
}

/**
 * Makes user text literal inside a pattern: `*` becomes `\*`. A backslash is doubled only where the server
 * would otherwise read it as the start of an escape (before `*` or `\`, or last, where a closing wildcard may
 * follow), so ordinary text is sent exactly as the contract describes.
 */
function escapePatternText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '*') out += '\\*';
    else if (c === '\\' && (next === undefined || next === '*' || next === '\\')) out += '\\\\';
    else out += c;
  }
  return out;
}

function patternText(text: string): string {
  if (typeof text !== 'string') throw new TypeError('Pattern text must be a string.');
  return escapePatternText(text);
}

export const eq = (name: string, value: RqlLiteral): RqlExpr => comparison('eq', name, value);
export const ne = (name: string, value: RqlLiteral): RqlExpr => comparison('ne', name, value);
export const gt = (name: string, value: RqlOrderable): RqlExpr => comparison('gt', name, value);
export const ge = (name: string, value: RqlOrderable): RqlExpr => comparison('ge', name, value);
export const lt = (name: string, value: RqlOrderable): RqlExpr => comparison('lt', name, value);
export const le = (name: string, value: RqlOrderable): RqlExpr => comparison('le', name, value);
const inList = (name: string, values: readonly RqlLiteral[]): RqlExpr => list('in', name, values);
export const out = (name: string, values: readonly RqlLiteral[]): RqlExpr => list('out', name, values);
export const like = (name: string, pattern: RqlPattern): RqlExpr => match('like', name, pattern);
/** Case-insensitive `like`. */
export const ilike = (name: string, pattern: RqlPattern): RqlExpr => match('ilike', name, pattern);
const nullValue = (): RqlConstant => new Constant('null()');
export const empty = (): RqlConstant => new Constant('empty()');
/** Matches values containing `text` literally (its `*` and `\` mean themselves). */
export const contains = (text: string): RqlPattern => new Pattern(`*${patternText(text)}*`);
export const startsWith = (text: string): RqlPattern => new Pattern(`${patternText(text)}*`);
export const endsWith = (text: string): RqlPattern => new Pattern(`*${patternText(text)}`);
/** The whole value equals `text`; with `ilike`, a case-insensitive equality. */
export const exactly = (text: string): RqlPattern => new Pattern(patternText(text));
/**
 * Pattern syntax written by a developer, e.g. `'erp*'`. Never pass user input: wildcards in it stay live.
 * Still percent-encoded and quoted like any value.
 */
export const pattern = (source: string): RqlPattern => {
  if (typeof source !== 'string') throw new TypeError('rql.pattern() takes a string.');
  return new Pattern(source);
};
// Reserved words, so exported under names a declaration cannot have.
export { inList as in, nullValue as null };
