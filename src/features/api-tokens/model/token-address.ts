/**
 * The token a page address names, as people type and paste them: a space carried along at either end, or the ID in
 * lower case, still name the token (`/tkn-1968-9173%20` is TKN-1968-9173's page). Anything else is kept as it is, to
 * be looked up and, when the API knows no such token, said to be not found.
 */
export function tokenIdFromAddress(segment: string): string {
  const trimmed = segment.trim();
  return /^tkn-\d{4}-\d{4}$/i.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}
