// The core of the RQL builder (src/lib/rql.ts): the opaque expression types and how values are written. The
// builders are in ./rql-builders.ts, one export each, so a bundle carries only the ones its code calls.

const FIELD_PATTERN = /^[A-Za-z0-9_$]+(?:\.[A-Za-z0-9_$]+)*$/;
/** Bare list members must not read as a number, a boolean or a constant on the server. */
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9_]*$/;
const RESERVED_WORDS = new Set(['true', 'false', 'null', 'empty']);

// Private fields make these classes nominal: an RqlExpr cannot be forged from a string or a look-alike object.
// toJSON keeps the text visible when an expression lands in something serialised, such as a query key,
// where an object with only private state would otherwise turn into `{}` and collide with every other filter.

export class Expr {
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

export class Constant {
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

export class Pattern {
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

export function field(name: string): string {
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

export function quote(text: string): string {
  const delimiter = text.includes('"') ? "'" : '"';
  if (delimiter === "'" && text.includes("'")) {
    throw new RangeError(`An RQL value cannot hold both " and ': ${JSON.stringify(text)}.`);
  }
  return `${delimiter}${encodeText(text)}${delimiter}`;
}

export function formatLiteral(value: RqlLiteral, bareWords: boolean): string {
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

export function present(exprs: readonly RqlMaybeExpr[]): RqlExpr[] {
  const kept: RqlExpr[] = [];
  for (const e of exprs) {
    if (!e) continue;
    if (!(e instanceof Expr)) throw new TypeError('RQL expressions are built with rql.*, not text.');
    kept.push(e);
  }
  return kept;
}
