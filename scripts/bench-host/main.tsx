// The benchmark's portal: a host page with its own React, router, QueryClient, sidebar and Home page, and the
// module mounted under /settings/api-tokens through `createApiTokensRoutes`, imported from the package by its name,
// as the portal imports it: the benchmark builds the package and points the name at that build (scripts/bench.ts);
// the type check reads the source's types through tsconfig.json's paths. The benchmark opens Home, lets it settle,
// then follows the sidebar's link into the module and times the route change to the first rows: the module's own
// code is not loaded before that click.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, NavLink, Outlet, RouterProvider } from 'react-router';
import { createApiTokensRoutes, type ApiTokensConfig } from '@softwareone/api-tokens-admin';
import '@softwareone/api-tokens-admin/style.css';

const queryClient = new QueryClient();
const config: ApiTokensConfig = {
  apiBaseUrl: '',
  // The mock server takes any well-formed token; this one belongs to nothing.
  getAccessToken: () => 'idt:TKN-0000-0001:bench',
  queryClient,
  locale: 'en-GB',
  timeZone: 'UTC',
};

function Layout() {
  return (
    <div style={{ display: 'flex', minHeight: '100vh' }}>
      <nav aria-label="Portal" style={{ display: 'flex', flexDirection: 'column', gap: 8, padding: 16 }}>
        <NavLink to="/">Home</NavLink>
        <NavLink to="/settings/api-tokens?size=25" data-bench="module-link">
          API tokens
        </NavLink>
      </nav>
      <main style={{ flex: 1, padding: 24 }}>
        <Outlet />
      </main>
    </div>
  );
}

function Home() {
  return (
    <>
      <h1>Portal home</h1>
      <p>Welcome to the portal.</p>
    </>
  );
}

const router = createBrowserRouter(
  [
    {
      path: '/',
      element: <Layout />,
      children: [
        { index: true, element: <Home /> },
        { path: 'settings/api-tokens', children: createApiTokensRoutes(config) },
        // The page itself is served as /bench-host/index.html: that address shows Home too.
        { path: '*', element: <Home /> },
      ],
    },
  ],
  { basename: '/bench-host' },
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
