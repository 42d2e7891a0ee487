import type { QueryClient } from '@tanstack/react-query';
import type { QueryScope } from '../../api/queries';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken, ApiTokenCollection } from '../../api/types';

/**
 * The token as a cached grid page shows it, so the header can render before the detail request returns.
 * Lists omit `audit` and `modules`, so the tabs that need them keep their own skeletons until the real data
 * arrives. Lists never carry the secret, but it is dropped anyway so a placeholder cannot reveal one.
 */
export function findTokenInLists(
  queryClient: QueryClient,
  scope: QueryScope,
  id: string,
): ApiToken | undefined {
  for (const [, page] of queryClient.getQueriesData<ApiTokenCollection>({
    queryKey: apiTokenQueries.lists(scope),
  })) {
    const found = page?.data?.find((token) => token.id === id);
    if (found) {
      const { token: _secret, ...rest } = found;
      return rest;
    }
  }
  return undefined;
}

/**
 * Whether a cached page of the list, read after `since`, holds the token: the grid read its rows again after a
 * delete that got no answer and found it there, so that delete did not go through. Pages changed in the cache
 * (a delete's optimistic removal) hold it no more, and a rollback keeps each page's read time.
 */
export function listedSince(queryClient: QueryClient, scope: QueryScope, id: string, since: number): boolean {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: apiTokenQueries.lists(scope) })
    .some(
      (query) =>
        query.state.dataUpdatedAt > since &&
        (query.state.data as ApiTokenCollection | undefined)?.data?.some((token) => token.id === id) === true,
    );
}
