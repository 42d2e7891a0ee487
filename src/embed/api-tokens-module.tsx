import { useState } from 'react';
import { Outlet, useRoutes, type RouteObject } from 'react-router';
import { createRouteObjects } from '../routes/route-objects';
import type { ApiTokensConfig } from './config';
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

/** The page as route objects for data-router hosts: `{ path: 'settings/api-tokens', children: createApiTokensRoutes(config) }`. */
export function createApiTokensRoutes(config: ApiTokensConfig): RouteObject[] {
  return [
    {
      element: (
        <ApiTokensProviders config={config}>
          <Outlet />
        </ApiTokensProviders>
      ),
      children: createRouteObjects(),
    },
  ];
}
