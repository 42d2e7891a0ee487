/* eslint-disable @tanstack/query/exhaustive-deps --
   The ApiClient is one per mounted module and never changes what a key means, so it stays out of the keys. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { getApiToken, listApiTokens, listAuditRecords, listModules } from './requests';

/**
 * Every key this module puts in a QueryClient starts with this, so a host sharing its QueryClient can tell
 * our entries from its own (and clear them on sign-out).
 */
export const ROOT_QUERY_KEY = 'softwareone/api-tokens-admin';

const all = () => [ROOT_QUERY_KEY, 'api-tokens'] as const;
const lists = () => [...all(), 'list'] as const;
const counts = () => [...all(), 'count'] as const;
const details = () => [...all(), 'detail'] as const;
const detailKey = (id: string) => [...details(), id] as const;

/**
 * The one query-options factory of the feature (STYLE.md §4). Keys go generic → specific, so invalidating
 * `lists()` refreshes every page and filter, `detail(id)` one token and its audit trail.
 * List queries are keyed by the exact RQL query string they send: the string is the request.
 */
export const apiTokenQueries = {
  root: () => [ROOT_QUERY_KEY] as const,
  all,
  lists,
  list: (client: ApiClient, query: string) =>
    queryOptions({
      queryKey: [...lists(), query] as const,
      queryFn: ({ signal }) => listApiTokens(client, query, signal),
      placeholderData: keepPreviousData,
    }),
  counts,
  /** A count-only query (`limit=0`): the server counts, nothing is downloaded. */
  count: (client: ApiClient, filter: string) =>
    queryOptions({
      queryKey: [...counts(), filter] as const,
      queryFn: async ({ signal }) => {
        const page = await listApiTokens(client, filter ? `${filter}&limit=0` : 'limit=0', signal);
        return page.$meta?.pagination?.total ?? 0;
      },
    }),
  details,
  detail: (client: ApiClient, id: string) =>
    queryOptions({
      queryKey: detailKey(id),
      queryFn: ({ signal }) => getApiToken(client, id, signal),
    }),
  audits: (id: string) => [...detailKey(id), 'audit'] as const,
  audit: (client: ApiClient, id: string, query: string) =>
    queryOptions({
      queryKey: [...detailKey(id), 'audit', query] as const,
      queryFn: ({ signal }) => listAuditRecords(client, query, signal),
      placeholderData: keepPreviousData,
    }),
  modules: (client: ApiClient) =>
    queryOptions({
      queryKey: [ROOT_QUERY_KEY, 'modules'] as const,
      queryFn: ({ signal }) => listModules(client, signal),
      staleTime: 5 * 60_000,
    }),
};
