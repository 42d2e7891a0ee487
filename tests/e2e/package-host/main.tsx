// The portal as a package consumer sees it: its own layout, sidebar and Home page, the module mounted both ways.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiTokensModule, createApiTokensRoutes, type ApiTokensConfig } from '@softwareone/api-tokens-admin';
import '@softwareone/api-tokens-admin/style.css';
import { Home, Layout, startHost } from './layout.js';

startHost();
const queryClient = new QueryClient();
const config: ApiTokensConfig = {
  apiBaseUrl: '',
  getAccessToken: () => 'idt:TKN-0000-0001:portal-host',
  queryClient,
  locale: 'en-GB',
  timeZone: 'UTC',
};

const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout withModule />,
    children: [
      { index: true, element: <Home /> },
      { path: 'settings/api-tokens', children: createApiTokensRoutes(config) },
      { path: 'component/settings/api-tokens/*', element: <ApiTokensModule config={config} /> },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
