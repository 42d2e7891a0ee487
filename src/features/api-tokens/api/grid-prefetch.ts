import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { holdsTokenValue, parseGridView } from '../model/grid-view';
import { buildListQuery } from './list-query';
import { apiTokenQueries, listFreshness } from './queries';

/**
 * Starts the list request the grid sends for the view in `search` (the URL's search params), so a host can have
 * it on the wire before React renders the page: the grid then finds it in flight, or answered, in the cache.
 * The grid builds its request the same way, from the same search params, so both land on one cache entry.
 */
export function prefetchGridList(
  queryClient: QueryClient,
  client: ApiClient,
  search: string,
  timeZone?: string,
): Promise<void> {
  const params = new URLSearchParams(search);
  // A full token value in the URL: the grid rewrites it to the ID before it asks anything (product rules).
  if (holdsTokenValue(params)) return Promise.resolve();
  const view = parseGridView(params);
  const query = buildListQuery(view, { now: Date.now(), timeZone });
  // A failure stays in the cache entry for the grid, which asks again on mount (with retries) and shows it.
  return queryClient
    .fetchQuery({ ...apiTokenQueries.list(client, query), ...listFreshness(queryClient) })
    .then(
      () => undefined,
      () => undefined,
    );
}
