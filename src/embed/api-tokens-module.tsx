import { useState } from 'react';
import { Outlet, useRoutes, type RouteObject } from 'react-router';
import { createRouteObjects } from '../routes/route-objects';
import { createQueryClient } from '../lib/query-client';
import type { ApiTokensConfig } from './config';
import { prefetchApiTokensGrid } from './prefetch';
import { ApiTokensProviders } from './providers';

function ModuleRoutes() {
  const [routes] = useState(createRouteObjects);
  return useRoutes(routes);
}

/**
 * The page as a component: mount it under a splat route of the host's router, e.g.
 * `<Route path="settings/api-tokens/*" element={<ApiTokensModule config={config} />} />`.
 */
export function ApiTokensModule({ config }: { config: ApiTokensConfig }) {
  return (
    <ApiTokensProviders config={config}>
      <ModuleRoutes />
    </ApiTokensProviders>
  );
}

/**
 * The page as route objects for data-router hosts: `{ path: 'settings/api-tokens', children: createApiTokensRoutes(config) }`.
 * The grid's loader starts its list request when the route is navigated to, so the rows are on their way while
 * the page renders; it does not hold the navigation up.
 */
export function createApiTokensRoutes(config: ApiTokensConfig): RouteObject[] {
  // The loader and the page must share one cache: without the host's QueryClient, these routes make theirs here.
  const shared = { ...config, queryClient: config.queryClient ?? createQueryClient() };
  return [
    {
      element: (
        <ApiTokensProviders config={shared}>
          <Outlet />
        </ApiTokensProviders>
      ),
      children: createRouteObjects({
        loadGrid: ({ request }) => {
          void prefetchApiTokensGrid(shared, new URL(request.url).search);
          return null;
        },
      }),
    },
  ];
}
