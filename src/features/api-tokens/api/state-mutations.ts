import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { apiErrorFromException, isApiError } from '../../../lib/api-error';
import { useApiClient, useServices } from '../../../lib/services';
import { writeOutcomeUnknown } from '../../../lib/write-outcome';
import { rememberDeleted } from './deleted-tokens';
import { apiTokenQueries } from './queries';
import { deleteApiToken, disableApiToken, enableApiToken } from './write-requests';
import type { TokenStateAction } from './token-state';
import type { ApiToken, ApiTokenCollection, ApiTokenStatus } from './types';

/** The status a token has after the action; `null` means it is gone. */
const TARGET_STATUS: Record<TokenStateAction, ApiTokenStatus | null> = {
  enable: 'Active',
  disable: 'Disabled',
  delete: null,
};

function runRequest(
  client: ApiClient,
  action: TokenStateAction,
  id: string,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  if (action === 'enable') return enableApiToken(client, id, signal);
  if (action === 'disable') return disableApiToken(client, id, signal);
  // Not found is what a delete asks for: the token went meanwhile (another admin, another tab), and saying
  // "Could not delete" about a token that is gone would leave the admin looking for something to do.
  return deleteApiToken(client, id, signal).catch((error: unknown) => {
    if (!isApiError(error) || error.status !== 404) throw error;
  });
}

export interface TokenStateVariables {
  token: ApiToken;
  /** Aborts the request (the dialog's Cancel). The change may still have happened: the token is read again. */
  signal?: AbortSignal | undefined;
}

/** What the cache held before an optimistic change, to put back if the server refuses. */
export interface CacheSnapshot {
  /** Each cached entry's data, and when it was read, which a rollback keeps: a rollback is no new read. */
  entries: Array<[QueryKey, unknown, number]>;
}

function detailKey(client: ApiClient, id: string) {
  return apiTokenQueries.detail(client, id).queryKey;
}

function applyToCache(
  queryClient: QueryClient,
  client: ApiClient,
  action: TokenStateAction,
  ids: ReadonlySet<string>,
) {
  const status = TARGET_STATUS[action];
  queryClient.setQueriesData<ApiTokenCollection>({ queryKey: apiTokenQueries.lists(client) }, (page) => {
    if (!page?.data || !page.data.some((token) => token.id !== undefined && ids.has(token.id))) return page;
    if (status) {
      return {
        ...page,
        data: page.data.map((token) => (token.id && ids.has(token.id) ? { ...token, status } : token)),
      };
    }
    const data = page.data.filter((token) => !(token.id && ids.has(token.id)));
    const removed = page.data.length - data.length;
    const pagination = page.$meta?.pagination;
    // The grid's "N rows" and page count come from this total, so it must shrink with the rows.
    const $meta = pagination
      ? {
          ...page.$meta,
          pagination: { ...pagination, total: Math.max(0, (pagination.total ?? removed) - removed) },
        }
      : page.$meta;
    return { ...page, data, $meta };
  });
  // A deleted token's detail is left alone here: removing an observed query would make the open page refetch
  // and flash "not found" before the caller navigates away. It is dropped once the delete succeeded.
  if (!status) return;
  for (const id of ids) {
    queryClient.setQueryData<ApiToken>(detailKey(client, id), (token) =>
      token ? { ...token, status } : token,
    );
  }
}

async function snapshotAndApply(
  queryClient: QueryClient,
  client: ApiClient,
  action: TokenStateAction,
  ids: ReadonlySet<string>,
): Promise<CacheSnapshot> {
  // A list or detail request already on its way would overwrite the optimistic state with the old one.
  await queryClient.cancelQueries({ queryKey: apiTokenQueries.all(client) });
  const keys = queryClient.getQueriesData({ queryKey: apiTokenQueries.lists(client) }).map(([key]) => key);
  for (const id of ids) keys.push(detailKey(client, id));
  const entries = keys.map((key): [QueryKey, unknown, number] => {
    const state = queryClient.getQueryState(key);
    return [key, state?.data, state?.dataUpdatedAt ?? 0];
  });
  applyToCache(queryClient, client, action, ids);
  return { entries };
}

function restore(queryClient: QueryClient, snapshot: CacheSnapshot | undefined) {
  // With its read time: a detail put back must not count as a read since the write (the re-read after a write
  // without an answer, a deleted token's page).
  for (const [key, data, updatedAt] of snapshot?.entries ?? [])
    queryClient.setQueryData(key, data, { updatedAt });
}

/**
 * Lists, counts, the detail and its audit trail (which gained a record) are refreshed from the server. Not
 * awaited by the mutations: the outcome is known (and shown) before the refetch lands, however long it takes.
 */
async function invalidateAfter(
  queryClient: QueryClient,
  client: ApiClient,
  ids: string[],
  deletedIds: string[],
) {
  // A deleted token's detail and audit trail (under the detail key) have nothing left to show.
  for (const id of deletedIds) queryClient.removeQueries({ queryKey: detailKey(client, id) });
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: apiTokenQueries.lists(client) }),
    queryClient.invalidateQueries({ queryKey: apiTokenQueries.counts(client) }),
    // The audit trail's key starts with the detail key, so one invalidation refreshes both.
    ...ids
      .filter((id) => !deletedIds.includes(id))
      .map((id) => queryClient.invalidateQueries({ queryKey: detailKey(client, id) })),
  ]);
}

/**
 * Enables, disables or deletes one token. The cache shows the new state at once (every cached list page
 * and the detail), goes back to what it was if the server refuses, and is refreshed from the server after.
 * Never retried: repeating a refused state change would not help and the user decides.
 */
export function useTokenStateMutation(action: TokenStateAction) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  const { mount } = useServices();
  return useMutation<unknown, unknown, TokenStateVariables, CacheSnapshot>({
    mutationKey: [...apiTokenQueries.all(client), 'state', action],
    mutationFn: ({ token, signal }) => runRequest(client, action, requireId(token), signal),
    retry: false,
    onMutate: ({ token }) => snapshotAndApply(queryClient, client, action, new Set([requireId(token)])),
    onError: (error, { token }, snapshot) => {
      restore(queryClient, snapshot);
      // A delete without an answer may have gone through: a 404 on its page later is then this module's delete. A
      // read that finds the token forgets it again (docs/product-rules.md, 'Token states and actions').
      if (action === 'delete' && writeOutcomeUnknown(error)) rememberDeleted(mount, [token]);
    },
    // Its page, met again through the history, then says it was deleted rather than that it was not found.
    onSuccess: (_data, { token }) => {
      if (action === 'delete') rememberDeleted(mount, [token]);
    },
    onSettled: (_data, error, { token }) => {
      const id = requireId(token);
      void invalidateAfter(queryClient, client, [id], action === 'delete' && !error ? [id] : []);
    },
  });
}

export const useEnableApiToken = () => useTokenStateMutation('enable');
export const useDisableApiToken = () => useTokenStateMutation('disable');
export const useDeleteApiToken = () => useTokenStateMutation('delete');

export interface BulkTokenStateInput {
  action: TokenStateAction;
  tokens: ApiToken[];
  /** Called after each request, for a progress line. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Stops the run: requests in flight are aborted and the rest are not sent. Each of them counts as failed with
   * an `aborted` ApiError (the ones in flight may still have gone through; the refetch shows it).
   */
  signal?: AbortSignal | undefined;
}

export interface BulkTokenStateResult {
  action: TokenStateAction;
  succeeded: ApiToken[];
  failed: Array<{ token: ApiToken; error: unknown }>;
  /** Those of `failed` that were sent and got no answer: they may have been changed all the same. */
  unanswered: ApiToken[];
}

/** Few enough requests at once not to flood the API, enough that fifty tokens do not take fifty round trips. */
const BULK_CONCURRENCY = 3;

/**
 * Applies one action to many tokens. Resolves with which succeeded and which failed (a partial failure is a
 * result, not an error); the failed ones go back to their previous state in the cache, the others keep theirs.
 */
export function useBulkTokenStateMutation() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  const { mount } = useServices();
  return useMutation<BulkTokenStateResult, unknown, BulkTokenStateInput, CacheSnapshot>({
    mutationKey: [...apiTokenQueries.all(client), 'state', 'bulk'],
    retry: false,
    onMutate: ({ action, tokens }) =>
      snapshotAndApply(queryClient, client, action, new Set(tokens.map(requireId))),
    mutationFn: async ({ action, tokens, onProgress, signal }) => {
      const outcomes: Array<{ token: ApiToken; error?: unknown; ok: boolean; unanswered?: boolean }> =
        new Array(tokens.length);
      let next = 0;
      let done = 0;
      const worker = async () => {
        while (next < tokens.length) {
          const index = next++;
          const token = tokens[index] as ApiToken;
          let sent = false;
          try {
            if (signal?.aborted) throw apiErrorFromException(signal.reason);
            sent = true;
            await runRequest(client, action, requireId(token), signal);
            outcomes[index] = { token, ok: true };
          } catch (error) {
            outcomes[index] = { token, ok: false, error, unanswered: sent && writeOutcomeUnknown(error) };
          }
          onProgress?.(++done, tokens.length);
        }
      };
      await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, tokens.length) }, worker));
      return {
        action,
        succeeded: outcomes.filter((o) => o.ok).map((o) => o.token),
        failed: outcomes.filter((o) => !o.ok).map((o) => ({ token: o.token, error: o.error })),
        unanswered: outcomes.filter((o) => o.unanswered).map((o) => o.token),
      };
    },
    onSuccess: (result, _input, snapshot) => {
      if (result.failed.length > 0) {
        // Put everything back, then re-apply only what the server accepted.
        restore(queryClient, snapshot);
        applyToCache(queryClient, client, result.action, new Set(result.succeeded.map(requireId)));
      }
      if (result.action !== 'delete') return;
      rememberDeleted(mount, result.succeeded);
      // As for one token: those without an answer may have been deleted.
      rememberDeleted(mount, result.unanswered);
    },
    onError: (_error, _input, snapshot) => restore(queryClient, snapshot),
    onSettled: (result, _error, { action, tokens }) => {
      const deleted = action === 'delete' && result ? result.succeeded.map(requireId) : [];
      void invalidateAfter(queryClient, client, tokens.map(requireId), deleted);
    },
  });
}

function requireId(token: ApiToken): string {
  if (!token.id) throw new Error('An API token without an id cannot be changed.');
  return token.id;
}
