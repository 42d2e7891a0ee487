// The meaning of an RQL query string, as the mock server understands it.
// The builder in src/lib/rql.ts produces strings; the parser in this folder reads them back into these shapes.

/** A literal value in an expression. `null()` and `empty()` are the contract's constants. */
export type RqlValue = string | number | boolean | { kind: 'null' } | { kind: 'empty' };

export type RqlComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'like' | 'ilike';

export type RqlNode =
  | { op: 'and' | 'or'; args: RqlNode[] }
  | { op: 'not'; arg: RqlNode }
  | { op: RqlComparisonOp; field: string; value: RqlValue }
  | { op: 'in' | 'out'; field: string; values: RqlValue[] };

export interface RqlOrderKey {
  field: string;
  direction: 'asc' | 'desc';
}

export interface RqlSelect {
  /** Fields added with `+field` (or named bare). */
  include: string[];
  /** Fields removed with `-field`. */
  exclude: string[];
}

export interface RqlQuery {
  /** All top-level expressions ANDed; null when the query has none. */
  filter: RqlNode | null;
  order: RqlOrderKey[];
  select: RqlSelect;
  limit: number | null;
  offset: number | null;
  /**
   * Set by a bare `render()`: the vendor's client sends it to have audit records' message templates rendered.
   * Absent otherwise; endpoints that have no templates refuse it.
   */
  render?: true;
}

export class RqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'RqlSyntaxError';
  }
}
