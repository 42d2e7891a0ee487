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
import { Expr, field, present, type RqlQueryOptions, type RqlSortInput } from './rql-core';

export type {
  RqlConstant,
  RqlExpr,
  RqlLiteral,
  RqlMaybeExpr,
  RqlOrderable,
  RqlPattern,
  RqlQueryOptions,
  RqlScalar,
  RqlSortInput,
  RqlSortKey,
} from './rql-core';
/** The builders: `rql.eq`, `rql.in`, `rql.contains`… (src/lib/rql-builders.ts). */
export * as rql from './rql-builders';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** How long a search term may be; longer input is cut, which a search box never notices. */
export const SEARCH_MAX_LENGTH = 100;

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
 * Cleans text typed into a search box before it goes into a pattern: trims, collapses runs of whitespace, replaces
 * lone surrogates (which cannot be percent-encoded) and caps the length in code points so no character is cut in
 * half. Quotes are kept for the search box and the address (a name may hold them); the contract's rule that `"`
 * typed into a search never reaches the query is kept where the filter is made (`fieldContains`), which looks for
 * the parts between them.
 * Returns '' when nothing searchable is left (quotes and spaces only); callers then send no search filter.
 */
export function sanitizeSearch(text: string, maxLength: number = SEARCH_MAX_LENGTH): string {
  const cleaned = text.replace(LONE_SURROGATE, '\uFFFD').replace(/\s+/g, ' ').trim();
  if (!/[^"\s]/.test(cleaned)) return '';
  const codePoints = Array.from(cleaned);
  if (codePoints.length <= maxLength) return cleaned;
  return codePoints.slice(0, maxLength).join('').trimEnd();
}
