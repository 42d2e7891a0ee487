import type { ApiToken } from './types';

// Kept apart from the mutations (state-mutations.ts) so the grid can tell which actions apply without loading them.

export type TokenStateAction = 'enable' | 'disable' | 'delete';

/** Enable only makes sense for a Disabled token, Disable for an Active one; any token can be deleted. */
export function canApply(action: TokenStateAction, token: Pick<ApiToken, 'status'>): boolean {
  if (action === 'enable') return token.status === 'Disabled';
  if (action === 'disable') return token.status === 'Active';
  return true;
}
