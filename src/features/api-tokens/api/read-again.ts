import { useQuery, type QueryClient, type QueryState } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { buildQueryString, rql } from '../../../lib/rql';
import { useApiClient, useServices } from '../../../lib/services';
import { forgetDeleted } from './deleted-tokens';
import { apiTokenQueries } from './queries';
import { listApiTokens } from './requests';
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
  const { mount } = useServices();
  const query = useQuery({ ...apiTokenQueries.detail(client, id), enabled: since !== null && id !== '' });
  const read = since === null ? WAITING : readSince(query, since);
  // The token is there after a delete that got no answer: it did not go through, and a 404 later is not ours.
  const found = read.kind === 'read';
  useEffect(() => {
    if (found) forgetDeleted(mount, id);
  }, [found, mount, id]);
  return read;
}

/** At most this many tokens are read again after a bulk run, in one request; the rest stay unknown. */
export const READ_AGAIN_AT_MOST = 100;

/**
 * `useReadAgain` for the tokens of a bulk run that got no answer: one list request for them all (a run over
 * thousands of tokens must not send a read for each), made once `reads` is set. A token the answer leaves out is
 * gone; if the request fails, each stays unknown.
 */
export function useReadAgainEach(reads: readonly string[] | null): Map<string, ReadAgain> {
  const client = useApiClient();
  const { mount } = useServices();
  const [found, setFound] = useState<{ of: readonly string[]; tokens: ApiToken[] | null } | null>(null);
  useEffect(() => {
    const ids = reads?.slice(0, READ_AGAIN_AT_MOST);
    if (!ids?.length) return;
    const abort = new AbortController();
    listApiTokens(
      client,
      buildQueryString({ filter: [rql.in('id', ids)], limit: ids.length }),
      abort.signal,
    ).then(
      (page) => {
        // As for one token: those still there were not deleted, whatever was asked.
        for (const token of page.data ?? []) if (token.id) forgetDeleted(mount, token.id);
        setFound({ of: reads as string[], tokens: page.data ?? [] });
      },
      () => abort.signal.aborted || setFound({ of: reads as string[], tokens: null }),
    );
    return () => abort.abort();
  }, [client, mount, reads]);
  const settled = found && found.of === reads ? found.tokens : undefined;
  return new Map(
    (reads ?? []).map((id, index): [string, ReadAgain] => {
      if (settled === undefined || index >= READ_AGAIN_AT_MOST) return [id, WAITING];
      if (settled === null) return [id, { kind: 'failed' }];
      const token = settled.find((read) => read.id === id);
      return [id, token ? { kind: 'read', token } : { kind: 'gone' }];
    }),
  );
}

/** Whether what was read shows the action carried out: the token in the action's state, or gone after a delete. */
export function showsDone(action: TokenStateAction, read: ReadAgain): boolean {
  if (action === 'delete') return read.kind === 'gone';
  return read.kind === 'read' && read.token.status === (action === 'enable' ? 'Active' : 'Disabled');
}
