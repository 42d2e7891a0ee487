import type { LoaderFunction, RouteObject } from 'react-router';

/**
 * The shape of the module's routes, in one place: the grid (with the Add dialog as a child) and a token's page
 * (with its tabs as children). What each route draws is handed in, because the two ways of mounting draw it
 * differently: `createRouteObjects` with the components themselves, and the package's data-router routes with
 * `lazy` elements that load the page's code first. React Router's `lazy` may not add routes, so the tree itself
 * must be known before any code loads; this file is that tree and nothing heavier.
 */

/** The detail page's tabs in the URL; the index route and unknown paths lead to the first. */
export const DETAIL_TAB_PATHS = ['general', 'modules', 'details', 'audit-trail', 'activity'] as const;
export type DetailTabRoute = '' | (typeof DETAIL_TAB_PATHS)[number] | '*';

/** What a route draws: an element, or a `lazy` that resolves one. */
export type RouteContent = Pick<RouteObject, 'element' | 'lazy'>;

export interface RouteContents {
  grid: RouteContent;
  add: RouteContent;
  detail: RouteContent;
  tab: (path: DetailTabRoute) => RouteContent;
  /** For data routers: starts the grid's request when the grid is navigated to. */
  loadGrid?: LoaderFunction | undefined;
}

function NothingYet() {
  return null;
}

export function createRouteTree({ grid, add, detail, tab, loadGrid }: RouteContents): RouteObject[] {
  const tabs: DetailTabRoute[] = ['', ...DETAIL_TAB_PATHS, '*'];
  return [
    // The loader only starts a request and returns at once; its instant before the first render draws nothing.
    {
      ...(loadGrid && { loader: loadGrid, HydrateFallback: NothingYet }),
      ...grid,
      // The index draws nothing over the grid; saying so keeps React Router from warning with the URL in development,
      // which may still hold a full token value before the grid rewrites it.
      children: [
        { index: true, element: null },
        { path: 'new', ...add },
      ],
    },
    {
      path: ':tokenId',
      ...detail,
      children: tabs.map((path) => (path ? { path, ...tab(path) } : { index: true, ...tab(path) })),
    },
  ] as RouteObject[];
}

/** One route of a tree made by `createRouteTree`: the grid, the Add dialog, a token's page or one of its tabs ('' for the index). */
export function findRouteContent(
  routes: RouteObject[],
  pick: 'grid' | 'add' | 'detail' | { tab: DetailTabRoute },
): RouteObject | undefined {
  const [grid, detail] = routes;
  if (pick === 'grid') return grid;
  if (pick === 'detail') return detail;
  if (pick === 'add') return grid?.children?.find((route) => route.path === 'new');
  return detail?.children?.find((route) => (pick.tab === '' ? route.index : route.path === pick.tab));
}
