/**
 * A typed builder for the RQL query strings the Marketplace API reads. Call sites compose opaque expressions
 * and hand them to `buildQueryString`; no caller ever concatenates RQL text, so user input can only ever end up
 * inside a quoted, percent-encoded literal.
 *
 * Encoding decisions, kept in this one place:
 * - Strings are quoted and their contents percent-encoded with `encodeURIComponent`; operator syntax is left
 *   as is. The server percent-decodes each `&`-separated part once and then parses, and nothing decodes a
 *   literal a second time, so after that one decode a literal holds the value's exact text. Encoding cannot
 *   hide a quote from the parser, which is why the delimiter is chosen per value: `"…"` normally, `'…'` when
 *   the value contains `"`. A value holding both quote characters has no RQL spelling and is rejected.
 * - Comparison values are always quoted, so IDs always are. List members of `in`/`out` that are plain words
 *   (`Active`) stay bare, as the contract writes `in(status,(Active,Disabled))`; anything else is quoted.
 * - Numbers and booleans are bare; dates are sent as quoted ISO strings.
 * - Several top-level filters are emitted as several `&`-joined expressions (the server ANDs them), not as
 *   one `and(…)`. Parameters follow in the contract's order: select, order, limit, offset.
 */

const FIELD_PATTERN = /^[A-Za-z0-9_$]+(?:\.[A-Za-z0-9_$]+)*$/;
/** Bare list members must not read as a number, a boolean or a constant on the server. */
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9_]*$/;
const RESERVED_WORDS = new Set(['true', 'false', 'null', 'empty']);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** How long a search term may be; longer input is cut, which a search box never notices. */
export const SEARCH_MAX_LENGTH = 100;

// Private fields make these classes nominal: an RqlExpr cannot be forged from a string or a look-alike object.
// toJSON keeps the text visible when an expression lands in something serialised, such as a query key,
// where an object with only private state would otherwise turn into `{}` and collide with every other filter.

class Expr {
  readonly #text: string;
  constructor(text: string) {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
  toJSON(): string {
    return this.#text;
  }
}

class Constant {
  readonly #text: 'null()' | 'empty()';
  constructor(text: 'null()' | 'empty()') {
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
  toJSON(): string {
    return this.#text;
  }
}

class Pattern {
  /** Pattern syntax before percent-encoding: `*` wildcards at the ends, escapes in between. */
  readonly #source: string;
  constructor(source: string) {
    this.#source = source;
  }
  toString(): string {
    return this.#source;
  }
  toJSON(): string {
    return this.#source;
  }
}

/** A filter expression; build one with `rql.*`, turn it into text with `String(expr)` or `buildQueryString`. */
export type RqlExpr = Expr;
/** `rql.null()` or `rql.empty()`. */
export type RqlConstant = Constant;
/** A `like`/`ilike` pattern; build one with `rql.contains`, `rql.startsWith`, `rql.endsWith`, `rql.exactly`. */
export type RqlPattern = Pattern;
export type RqlScalar = string | number | boolean | Date;
export type RqlLiteral = RqlScalar | RqlConstant;
/** What range comparisons accept: ISO date strings, dates and numbers order sensibly; the rest does not. */
export type RqlOrderable = string | number | Date;
/** Lets optional filters be written inline: `rql.and(a, search && rql.ilike(…))`. */
export type RqlMaybeExpr = RqlExpr | undefined | null | false | '';

export interface RqlSortKey {
  field: string;
  direction: 'asc' | 'desc';
}
/** `'name'`, `'+name'`, `'-audit.created.at'` or `{ field, direction }`. */
export type RqlSortInput = string | RqlSortKey;

export interface RqlQueryOptions {
  /** One expression, or several that the server ANDs; falsy entries are skipped. */
  filter?: RqlExpr | readonly RqlMaybeExpr[] | null | undefined;
  /** `'+audit'` adds an omitted field, `'-description'` removes one; a bare name adds. */
  select?: readonly string[] | undefined;
  order?: readonly RqlSortInput[] | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

function field(name: string): string {
  if (typeof name !== 'string' || !FIELD_PATTERN.test(name)) {
    throw new RangeError(`Invalid RQL field name ${JSON.stringify(name)}.`);
  }
  return name;
}

function encodeText(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    // encodeURIComponent throws URIError on a lone surrogate; say which value was at fault.
    throw new TypeError(`RQL value with a lone surrogate: ${JSON.stringify(text)}.`);
  }
}

function quote(text: string): string {
  const delimiter = text.includes('"') ? "'" : '"';
  if (delimiter === "'" && text.includes("'")) {
    throw new RangeError(`An RQL value cannot hold both " and ': ${JSON.stringify(text)}.`);
  }
  return `${delimiter}${encodeText(text)}${delimiter}`;
}

function formatLiteral(value: RqlLiteral, bareWords: boolean): string {
  if (value instanceof Constant) return value.toString();
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid Date in an RQL expression.');
    return quote(value.toISOString());
  }
  switch (typeof value) {
    case 'string':
      return bareWords && PLAIN_WORD.test(value) && !RESERVED_WORDS.has(value) ? value : quote(value);
    case 'number':
      if (!Number.isFinite(value)) throw new RangeError(`RQL numbers must be finite, got ${value}.`);
      return String(value);
    case 'boolean':
      return String(value);
    default:
      throw new TypeError(`Unsupported RQL value ${String(value)}.`);
  }
}

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

function present(exprs: readonly RqlMaybeExpr[]): RqlExpr[] {
  const kept: RqlExpr[] = [];
  for (const e of exprs) {
    if (!e) continue;
    if (!(e instanceof Expr)) throw new TypeError('RQL expressions are built with rql.*, not text.');
    kept.push(e);
  }
  return kept;
}

function and(first: RqlExpr, ...rest: RqlMaybeExpr[]): RqlExpr;
function and(...exprs: RqlMaybeExpr[]): RqlExpr | undefined;
function and(...exprs: RqlMaybeExpr[]): RqlExpr | undefined {
  const kept = present(exprs);
  // "All of nothing" constrains nothing, so the caller gets no filter rather than a malformed `and()`.
  if (kept.length === 0) return undefined;
  if (kept.length === 1) return kept[0];
  return new Expr(`and(${kept.join(',')})`);
}

function or(...exprs: RqlMaybeExpr[]): RqlExpr {
  const kept = present(exprs);
  // "Any of nothing" matches nothing; dropping the filter instead would silently show every row.
  if (kept.length === 0) throw new RangeError('rql.or() needs at least one expression.');
  if (kept.length === 1) return kept[0] as RqlExpr;
  return new Expr(`or(${kept.join(',')})`);
}

function not(expr: RqlExpr): RqlExpr {
  const [kept] = present([expr]);
  if (!kept) throw new TypeError('rql.not() needs an expression.');
  return new Expr(`not(${kept})`);
}

function like(op: 'like' | 'ilike', name: string, pattern: RqlPattern): RqlExpr {
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

export const rql = {
  eq: (name: string, value: RqlLiteral): RqlExpr => comparison('eq', name, value),
  ne: (name: string, value: RqlLiteral): RqlExpr => comparison('ne', name, value),
  gt: (name: string, value: RqlOrderable): RqlExpr => comparison('gt', name, value),
  ge: (name: string, value: RqlOrderable): RqlExpr => comparison('ge', name, value),
  lt: (name: string, value: RqlOrderable): RqlExpr => comparison('lt', name, value),
  le: (name: string, value: RqlOrderable): RqlExpr => comparison('le', name, value),
  in: (name: string, values: readonly RqlLiteral[]): RqlExpr => list('in', name, values),
  out: (name: string, values: readonly RqlLiteral[]): RqlExpr => list('out', name, values),
  like: (name: string, pattern: RqlPattern): RqlExpr => like('like', name, pattern),
  /** Case-insensitive `like`. */
  ilike: (name: string, pattern: RqlPattern): RqlExpr => like('ilike', name, pattern),
  and,
  or,
  not,
  null: (): RqlConstant => new Constant('null()'),
  empty: (): RqlConstant => new Constant('empty()'),
  /** Matches values containing `text` literally (its `*` and `\` mean themselves). */
  contains: (text: string): RqlPattern => new Pattern(`*${patternText(text)}*`),
  startsWith: (text: string): RqlPattern => new Pattern(`${patternText(text)}*`),
  endsWith: (text: string): RqlPattern => new Pattern(`*${patternText(text)}`),
  /** The whole value equals `text`; with `ilike`, a case-insensitive equality. */
  exactly: (text: string): RqlPattern => new Pattern(patternText(text)),
  /**
   * Pattern syntax written by a developer, e.g. `'erp*'`. Never pass user input: wildcards in it stay live.
   * Still percent-encoded and quoted like any value.
   */
  pattern: (source: string): RqlPattern => {
    if (typeof source !== 'string') throw new TypeError('rql.pattern() takes a string.');
    return new Pattern(source);
  },
} as const;

function sortKey(input: RqlSortInput): string {
  if (typeof input === 'string') {
    const sign = input[0] === '-' || input[0] === '+' ? input[0] : '';
    const name = field(input.slice(sign.length));
    return sign === '-' ? `-${name}` : name;
  }
  if (input.direction !== 'asc' && input.direction !== 'desc') {
    throw new RangeError(`Sort direction must be 'asc' or 'desc', got ${JSON.stringify(input.direction)}.`);
  }
  return input.direction === 'desc' ? `-${field(input.field)}` : field(input.field);
}

function selectKey(input: string): string {
  const sign = input[0] === '-' || input[0] === '+' ? input[0] : '';
  return `${sign}${field(input.slice(sign.length))}`;
}

function count(name: 'limit' | 'offset', value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}.`);
  }
  return `${name}=${value}`;
}

/**
 * The query string (without `?`) for a list request, e.g.
 * `and(in(status,(Active,Disabled)),eq(modules.id,"MOD-1756"))&select=+audit&order=-audit.created.at,name&limit=25&offset=0`.
 */
export function buildQueryString(options: RqlQueryOptions): string {
  const parts: string[] = [];
  const { filter } = options;
  if (filter instanceof Expr) parts.push(filter.toString());
  else if (filter) parts.push(...present(filter).map(String));
  if (options.select?.length) parts.push(`select=${options.select.map(selectKey).join(',')}`);
  if (options.order?.length) parts.push(`order=${options.order.map(sortKey).join(',')}`);
  if (options.limit !== undefined) parts.push(count('limit', options.limit));
  if (options.offset !== undefined) parts.push(count('offset', options.offset));
  return parts.join('&');
}

/**
 * Cleans text typed into a search box before it goes into a pattern: trims, strips `"` (the contract's
 * rule, and it keeps every search quotable), collapses runs of whitespace, replaces lone surrogates (which
 * cannot be percent-encoded) and caps the length in code points so no character is cut in half.
 * Returns '' when nothing searchable is left; callers then send no search filter.
 */
export function sanitizeSearch(text: string, maxLength: number = SEARCH_MAX_LENGTH): string {
  const cleaned = text.replace(LONE_SURROGATE, '\uFFFD').replace(/"/g, '').replace(/\s+/g, ' ').trim();
  const codePoints = Array.from(cleaned);
  if (codePoints.length <= maxLength) return cleaned;
  return codePoints.slice(0, maxLength).join('').trimEnd();
}
