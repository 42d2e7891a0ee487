import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import {
  Link,
  Outlet,
  Route,
  Routes,
  createMemoryRouter,
  RouterProvider,
  type RouteObject,
} from 'react-router';
import { ApiTokensModule, createApiTokensRoutes, type ApiTokensConfig } from '../../src/embed';
import { loadModuleCode } from '../../src/embed/load-module-code';

// The package loads the page's code on demand; here it is in before any test renders, as a host's warm cache
// would have it, so the tests time what the page does and not how long the test runner takes to compile it.
await loadModuleCode();

// A stand-in for the Marketplace portal: its own router, QueryClient, layout and routes, with the
// module mounted under /portal/settings/api-tokens. Nothing here is special to our code.
export const PORTAL_MODULE_PATH = '/portal/settings/api-tokens';

function PortalChrome() {
  // The portal's own data lives in the same QueryClient as ours, under its own keys.
  const profile = useQuery({
    queryKey: ['portal', 'profile'],
    queryFn: async () => ({ name: 'Sarah Sanderson' }),
  });
  return (
    <div>
      <header>
        <span>Portal header</span>
        <span>{profile.data?.name}</span>
        <nav aria-label="Portal">
          <Link to="/portal/home">Portal home</Link>
          <Link to={PORTAL_MODULE_PATH}>Portal API tokens</Link>
        </nav>
      </header>
      <Outlet />
    </div>
  );
}

function PortalHome() {
  return <h1>Welcome to the portal</h1>;
}

/** Declarative routes: the module as an element under a splat route. */
export function PortalHostRoutes({
  config,
  queryClient,
}: {
  config: ApiTokensConfig;
  queryClient: QueryClient;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <Routes>
        <Route path="/portal" element={<PortalChrome />}>
          <Route path="home" element={<PortalHome />} />
          <Route path="settings/api-tokens/*" element={<ApiTokensModule config={config} />} />
        </Route>
      </Routes>
    </QueryClientProvider>
  );
}

/** Data router: the module's route objects under the host's own tree. */
export function createPortalDataRouter(
  config: ApiTokensConfig,
  queryClient: QueryClient,
  initialEntry: string,
) {
  const routes: RouteObject[] = [
    {
      path: '/portal',
      element: (
        <QueryClientProvider client={queryClient}>
          <PortalChrome />
        </QueryClientProvider>
      ),
      children: [
        { path: 'home', element: <PortalHome /> },
        { path: 'settings/api-tokens', children: createApiTokensRoutes(config) },
      ],
    },
  ];
  return createMemoryRouter(routes, { initialEntries: [initialEntry] });
}

export function PortalDataRouterHost({ router }: { router: ReturnType<typeof createMemoryRouter> }) {
  return <RouterProvider router={router} />;
}
