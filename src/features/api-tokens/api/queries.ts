/* eslint-disable @tanstack/query/exhaustive-deps --
   Of the ApiClient only its base URL changes what a key means, and every key carries it. */
import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { getApiToken, listApiTokens, listAuditRecords, listModules } from './requests';

/**
 * Every key this module puts in a QueryClient starts with this, so a host sharing its QueryClient can tell
 * our entries from its own (and clear them on sign-out).
 */
export const ROOT_QUERY_KEY = 'softwareone/api-tokens-admin';

/**
 * Only the base URL goes into the keys: two modules mounted on one QueryClient for two APIs (two accounts, say)
 * must never read each other's entries, while everything one module caches stays under one prefix.
 */
export type QueryScope = Pick<ApiClient, 'baseUrl'>;

const all = (scope: QueryScope) => [ROOT_QUERY_KEY, scope.baseUrl, 'api-tokens'] as const;
const lists = (scope: QueryScope) => [...all(scope), 'list'] as const;
const counts = (scope: QueryScope) => [...all(scope), 'count'] as const;
const details = (scope: QueryScope) => [...all(scope), 'detail'] as const;
const detailKey = (scope: QueryScope, id: string) => [...details(scope), id] as const;

/**
 * How long a page of the list counts as fresh: the host's staleTime, but at least a second. Rows that arrived while
 * the grid was drawing them, or just before the address moved to their view (a route loader then asks for them
 * again), are not asked for a second time, as a host's staleTime of 0 would have it. A host's function or
 * 'static' is kept as it is.
 */
export function listFreshness(queryClient: QueryClient): { staleTime?: number } {
  const host = queryClient.getDefaultOptions().queries?.staleTime;
  return host === undefined || typeof host === 'number' ? { staleTime: Math.max(host ?? 0, 1000) } : {};
}

/**
 * The one query-options factory of the feature. Keys go generic → specific after the root and the API's base
 * URL, so invalidating `lists(client)` refreshes every page and filter of that API, `detail(client, id)` one
 * token with its audit trail and activity. List queries are keyed by the exact RQL query string they send: the string is the
 * request.
 */
export const apiTokenQueries = {
  root: () => [ROOT_QUERY_KEY] as const,
  all,
  lists,
  list: (client: ApiClient, query: string) =>
    queryOptions({
      queryKey: [...lists(client), query] as const,
      queryFn: ({ signal }) => listApiTokens(client, query, signal),
      placeholderData: keepPreviousData,
    }),
  counts,
  /** A count-only query (`limit=0`): the server counts, nothing is downloaded. */
  count: (client: ApiClient, filter: string) =>
    queryOptions({
      queryKey: [...counts(client), filter] as const,
      queryFn: async ({ signal }) => {
        const page = await listApiTokens(client, filter ? `${filter}&limit=0` : 'limit=0', signal);
        return page.$meta?.pagination?.total ?? 0;
      },
    }),
  details,
  detail: (client: ApiClient, id: string) =>
    queryOptions({
      queryKey: detailKey(client, id),
      queryFn: ({ signal }) => getApiToken(client, id, signal),
    }),
  audits: (scope: QueryScope, id: string) => [...detailKey(scope, id), 'audit'] as const,
  /** Audit records on a token's page, its trail (`object.id`) or its activity (`actor.id`), keyed by the query sent. */
  audit: (client: ApiClient, id: string, query: string) =>
    queryOptions({
      queryKey: [...detailKey(client, id), 'audit', query] as const,
      queryFn: ({ signal }) => listAuditRecords(client, query, signal),
      placeholderData: keepPreviousData,
    }),
  modules: (client: ApiClient) =>
    queryOptions({
      queryKey: [ROOT_QUERY_KEY, client.baseUrl, 'modules'] as const,
      queryFn: ({ signal }) => listModules(client, signal),
      staleTime: 5 * 60_000,
    }),
};
