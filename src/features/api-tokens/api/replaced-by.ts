import { buildQueryString, rql } from '../../../lib/rql';

/** How many replacements a token's page names; one is usual, a few mean it was rotated more than once. */
const MAX_REPLACEMENTS = 5;

/**
 * The list query for the tokens that replace `id`: other tokens whose description names it, as a rotation writes
 * "Replaces TKN-…" into the new token's description (docs/product-rules.md, 'Rotate a token'). Newest first.
 */
export function replacedByQuery(id: string): string {
  return buildQueryString({
    filter: [rql.ilike('description', rql.contains(id)), rql.ne('id', id)],
    order: [
      { field: 'audit.created.at', direction: 'desc' },
      { field: 'id', direction: 'asc' },
    ],
    select: ['+audit'],
    limit: MAX_REPLACEMENTS,
    offset: 0,
  });
}
