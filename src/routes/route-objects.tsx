import { Suspense } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router';
import { TokensGridRoute } from './tokens-grid-route';
import { retryableLazy } from '../lib/deferred';
import { RouteFallback } from './route-fallback';

// Everything but the grid loads on demand, so the landing page's bundle stays small; a chunk that fails to load
// (offline, a new deployment) is asked for again by the error panel's Retry.
const AddTokenRoute = retryableLazy(() => import('./add-token-route'));
const TokenDetailRoute = retryableLazy(() => import('./token-detail-route'));

function NothingYet() {
  return null;
}

/**
 * The module's routes, relative to wherever the host mounts it. `loadGrid` is for data routers: it runs when the
 * grid is navigated to, before anything renders.
 */
export function createRouteObjects(options: { loadGrid?: LoaderFunction } = {}): RouteObject[] {
  return [
    {
      // The loader only starts a request and returns at once; its instant before the first render draws nothing.
      ...(options.loadGrid ? { loader: options.loadGrid, HydrateFallback: NothingYet } : {}),
      element: <TokensGridRoute />,
      children: [
        { index: true, element: null },
        {
          path: 'new',
          element: (
            <Suspense fallback={null}>
              <AddTokenRoute />
            </Suspense>
          ),
        },
      ],
    },
    {
      path: ':tokenId/*',
      element: (
        <Suspense fallback={<RouteFallback />}>
          <TokenDetailRoute />
        </Suspense>
      ),
    },
  ];
}
