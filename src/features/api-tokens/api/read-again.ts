import { useQueries, useQuery, type QueryClient, type QueryState } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { useApiClient } from '../../../lib/services';
import { apiTokenQueries } from './queries';
import type { TokenStateAction } from './token-state';
import type { ApiToken } from './types';

// A write that got no answer may have been carried out all the same. The token is then read again (the mutations
// invalidate it), and only a read that finished after the failure came can say what the write did: an older entry
// in the cache, or the rollback of an optimistic change, says nothing about it.

/** What reading a token again since a write failed shows: not yet known, the token as read, gone, or no answer. */
export type ReadAgain =
  { kind: 'waiting' } | { kind: 'read'; token: ApiToken } | { kind: 'gone' } | { kind: 'failed' };

const WAITING: ReadAgain = { kind: 'waiting' };

/** When the token was last read (or failed to be): call it as the write's failure comes. */
export function lastReadAt(queryClient: QueryClient, client: ApiClient, id: string): number {
  const state = queryClient.getQueryState(apiTokenQueries.detail(client, id).queryKey);
  return Math.max(state?.dataUpdatedAt ?? 0, state?.errorUpdatedAt ?? 0);
}

function readSince(
  state: Pick<QueryState<ApiToken>, 'data' | 'error' | 'dataUpdatedAt' | 'errorUpdatedAt'>,
  since: number,
): ReadAgain {
  // The newer of the two is what the server said last.
  if (state.error && state.errorUpdatedAt > since && state.errorUpdatedAt >= state.dataUpdatedAt) {
    return isApiError(state.error) && state.error.status === 404 ? { kind: 'gone' } : { kind: 'failed' };
  }
  if (state.data && state.dataUpdatedAt > since) return { kind: 'read', token: state.data };
  return WAITING;
}

/** Reads the token again once `since` is set (see `lastReadAt`) and says what that read shows. */
export function useReadAgain(id: string, since: number | null): ReadAgain {
  const client = useApiClient();
  const query = useQuery({ ...apiTokenQueries.detail(client, id), enabled: since !== null && id !== '' });
  return since === null ? WAITING : readSince(query, since);
}

/** `useReadAgain` for several tokens at once, by ID. */
export function useReadAgainEach(
  reads: ReadonlyArray<{ id: string; since: number }>,
): Map<string, ReadAgain> {
  const client = useApiClient();
  const queries = useQueries({ queries: reads.map(({ id }) => apiTokenQueries.detail(client, id)) });
  return new Map(
    reads.map(({ id, since }, index) => {
      const query = queries[index];
      return [id, query ? readSince(query, since) : WAITING];
    }),
  );
}

/** Whether what was read shows the action carried out: the token in the action's state, or gone after a delete. */
export function showsDone(action: TokenStateAction, read: ReadAgain): boolean {
  if (action === 'delete') return read.kind === 'gone';
  return read.kind === 'read' && read.token.status === (action === 'enable' ? 'Active' : 'Disabled');
}
