import { Suspense } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router';
import { TokensGridRoute } from './tokens-grid-route';
import { deferred, retryableLazy } from '../lib/deferred';
import { RouteFallback } from './route-fallback';
import { createRouteTree } from './route-tree';

// Everything but the grid loads on demand, so the landing page's bundle stays small; a chunk that fails to load
// (offline, a new deployment) is asked for again by the error panel's Retry. The detail page, where admins go next
// from the grid, is a deferred part: its code loads at the first sign of someone using the grid, so opening a token
// does not wait for it. The Add wizard (and its form validation, the heaviest chunk) loads when asked for.
const AddTokenRoute = retryableLazy(() => import('./add-token-route'));
// A tab route's element comes with the page's code, and the page waits for it, so a tab never suspends.
const detailChunk = () => import('./token-detail-route');
const detailTab = deferred(() => detailChunk().then((module) => module.DetailTab));
const DetailTab = detailTab.Component;
const TokenDetailRoute = deferred(() =>
  Promise.all([detailChunk(), detailTab.preload()]).then(([module]) => module.default),
).Component;

/**
 * The module's routes, relative to wherever the host mounts it. `loadGrid` is for data routers: it runs when the
 * grid is navigated to, before anything renders.
 */
export function createRouteObjects(options: { loadGrid?: LoaderFunction } = {}): RouteObject[] {
  return createRouteTree({
    loadGrid: options.loadGrid,
    grid: { element: <TokensGridRoute /> },
    add: {
      element: (
        <Suspense fallback={null}>
          <AddTokenRoute />
        </Suspense>
      ),
    },
    detail: {
      element: (
        <Suspense fallback={<RouteFallback />}>
          <TokenDetailRoute />
        </Suspense>
      ),
    },
    tab: (path) => ({ element: <DetailTab path={path} /> }),
  });
}
