// A portal may mount the module twice on one page (two accounts behind two API base URLs), on its one QueryClient.
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useNavigate, type NavigateFunction } from 'react-router';
import { createHandlers } from '../../mocks/handlers';
import { createMockBackend, server, TEST_API_BASE_URL } from '../../mocks/node';
import { ApiTokensModule, type ApiTokensConfig } from '../../src/embed';
import { createTestQueryClient, MOUNT_PATH, TEST_ACCESS_TOKEN } from './render-module';

export const SECOND_API_BASE_URL = 'https://second-account.example.test';

/**
 * Two modules, each under its own router in a region of its own ("First account", "Second account"), on one
 * QueryClient: the first against the shared mock backend, the second against a backend of its own, seeded alike.
 * `prepareSecond` changes that backend before anything is drawn; `navigators` holds each router's navigate.
 */
export function mountTwoModules(prepareSecond?: (backend: ReturnType<typeof createMockBackend>) => void) {
  const second = createMockBackend();
  prepareSecond?.(second);
  server.use(...createHandlers(SECOND_API_BASE_URL, second));
  const queryClient = createTestQueryClient();
  const navigators: Record<string, NavigateFunction> = {};
  const config = (apiBaseUrl: string): ApiTokensConfig => ({
    apiBaseUrl,
    getAccessToken: () => TEST_ACCESS_TOKEN,
    queryClient,
    locale: 'en-GB',
    timeZone: 'UTC',
  });
  function Navigator({ label }: { label: string }) {
    navigators[label] = useNavigate();
    return null;
  }
  const mount = (label: string, apiBaseUrl: string) => (
    <section aria-label={label}>
      <MemoryRouter initialEntries={[MOUNT_PATH]}>
        <Routes>
          <Route path={`${MOUNT_PATH}/*`} element={<ApiTokensModule config={config(apiBaseUrl)} />} />
        </Routes>
        <Navigator label={label} />
      </MemoryRouter>
    </section>
  );
  render(
    <>
      {mount('First account', TEST_API_BASE_URL)}
      {mount('Second account', SECOND_API_BASE_URL)}
    </>,
  );
  return {
    second,
    queryClient,
    navigators,
    first: screen.getByRole('region', { name: 'First account' }),
    secondRegion: screen.getByRole('region', { name: 'Second account' }),
  };
}
