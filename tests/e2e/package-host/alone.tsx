// The same portal without the module: what its Home page costs on its own.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Home, Layout, startHost } from './layout.js';

startHost();
// The portal's own data layer, as in main.tsx: only the module makes the difference.
const queryClient = new QueryClient();
const router = createBrowserRouter([
  { path: '/', element: <Layout withModule={false} />, children: [{ index: true, element: <Home /> }] },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
