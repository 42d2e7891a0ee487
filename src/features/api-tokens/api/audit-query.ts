import { buildQueryString, rql } from '../../../lib/rql';

export const AUDIT_PAGE_SIZES = [10, 25, 50] as const;
export const DEFAULT_AUDIT_PAGE_SIZE = 10;

/**
 * One page of a token's audit trail, newest first: `eq(object.id,"TKN-…")&order=-timestamp,-id&limit=…&offset=…`.
 * Records of the same instant are told apart by id, so none repeats or goes missing between pages.
 */
export function buildAuditQuery(tokenId: string, page: { limit: number; offset: number }): string {
  return buildQueryString({
    filter: rql.eq('object.id', tokenId),
    order: ['-timestamp', '-id'],
    limit: page.limit,
    offset: page.offset,
  });
}
