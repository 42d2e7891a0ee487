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
