import { QueryClient } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  MemoryRouter,
  Route,
  Routes,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
} from 'react-router';
import { vi } from 'vitest';
import { TEST_API_BASE_URL } from '../../mocks/node';
import type { ApiTokensConfig } from '../../src/embed';
// The page itself, rendered at once; the package's on-demand wrapper around it has its own tests (tests/integration/embed).
import { ApiTokensModule } from '../../src/embed/api-tokens-module';

/** Every test mounts the real module under a non-root path, so every test also proves it embeds. */
export const MOUNT_PATH = '/portal/settings/api-tokens';
export const TEST_ACCESS_TOKEN = 'idt:TKN-0000-0001:test-session';

export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Infinity, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

export interface RenderModuleOptions {
  /** Path below the mount point, e.g. '' for the grid, '/TKN-1234-5678/audit-trail'. */
  path?: string;
  /** Query string including '?', e.g. '?status=Disabled'. */
  search?: string;
  config?: Partial<ApiTokensConfig>;
  queryClient?: QueryClient;
}

export function renderModule(options: RenderModuleOptions = {}) {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const getAccessToken = vi.fn<ApiTokensConfig['getAccessToken']>(() => TEST_ACCESS_TOKEN);
  const onUnauthorized = vi.fn();
  const location: { current: Location | null } = { current: null };

  const navigator: { current: NavigateFunction | null } = { current: null };

  function LocationSpy() {
    location.current = useLocation();
    navigator.current = useNavigate();
    return null;
  }

  const config: ApiTokensConfig = {
    apiBaseUrl: TEST_API_BASE_URL,
    getAccessToken,
    onUnauthorized,
    queryClient,
    locale: 'en-GB',
    timeZone: 'UTC',
    ...options.config,
  };

  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[`${MOUNT_PATH}${options.path ?? ''}${options.search ?? ''}`]}>
      <Routes>
        <Route path={`${MOUNT_PATH}/*`} element={<ApiTokensModule config={config} />} />
        <Route path="*" element={<p>Host page</p>} />
      </Routes>
      <LocationSpy />
    </MemoryRouter>,
  );

  return {
    ...result,
    user,
    queryClient,
    config,
    getAccessToken,
    onUnauthorized,
    /** Path below the mount point plus search, as the user would see it in the address bar. */
    currentLocation: () => location.current,
    /**
     * The browser's Back button. An async act: the testing library then keeps React's act environment on until the
     * act's work is flushed, so a timer firing meanwhile (a notification's) is not reported as outside act.
     */
    goBack: () =>
      act(async () => {
        await navigator.current?.(-1);
      }),
    /** The browser's Forward button, as `goBack`. */
    goForward: () =>
      act(async () => {
        await navigator.current?.(1);
      }),
  };
}
