import { QueryClient } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { http } from 'msw';
import { MemoryRouter, useLocation, useNavigate, type NavigateFunction } from 'react-router';
import { onTestFinished, vi } from 'vitest';
import { TEST_API_BASE_URL, mockBackend, server } from '../../../mocks/node';
import type { ApiTokensConfig } from '../../../src/embed';
import {
  PORTAL_MODULE_PATH,
  PortalDataRouterHost,
  PortalHostRoutes,
  createPortalDataRouter,
} from '../../host/portal-host';
import { API_TOKENS_PATH } from './wizard-support';
import { TEST_ACCESS_TOKEN } from '../../support/render-module';

// For tests of a create the user walks away from (the Add wizard's, Rotate's): the module mounted in a portal
// host whose router the test drives, and a create whose answer the test holds (docs/product-rules.md, 'The secret').

export const TOKENS_URL = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
export const WAIT = { timeout: 10_000 };

/** The mock holds the create's answer until `release()`; `secret` is the value its answer carried. */
export function holdCreate() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  onTestFinished(() => release());
  let arrived = false;
  server.use(
    http.post(TOKENS_URL, async () => {
      arrived = true;
      await held;
      // Nothing returned: the mock's own handler answers, creating the token now.
      return undefined;
    }),
  );
  const secret = new Promise<string>((resolve) => {
    const listener = ({ request, response }: { request: Request; response: Response }) => {
      if (request.method !== 'POST' || !API_TOKENS_PATH.test(new URL(request.url).pathname)) return;
      if (!response.ok) return;
      void response
        .clone()
        .json()
        .then((body: { token?: string }) => resolve(body.token ?? ''));
    };
    server.events.on('response:mocked', listener);
    onTestFinished(() => server.events.removeListener('response:mocked', listener));
  });
  return { release, arrived: () => arrived, secret };
}

/** Whether closing or reloading the tab would ask first. */
export function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function hostQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

function hostConfig(queryClient: QueryClient) {
  const notify = vi.fn<NonNullable<ApiTokensConfig['notify']>>();
  const config: ApiTokensConfig = {
    apiBaseUrl: TEST_API_BASE_URL,
    getAccessToken: () => TEST_ACCESS_TOKEN,
    queryClient,
    notify,
    locale: 'en-GB',
    timeZone: 'UTC',
  };
  return { config, notify };
}

export interface Mounted {
  /** The host's router: `go(-1)` is the browser's Back, a path is the host (or a link) navigating. */
  go: (to: string | number) => Promise<void>;
  pathname: () => string;
  queryClient: QueryClient;
  notify: ReturnType<typeof hostConfig>['notify'];
}

/** `<ApiTokensModule>` under the portal's splat route (component routes). */
export function mountAsComponent(): Mounted {
  const queryClient = hostQueryClient();
  const { config, notify } = hostConfig(queryClient);
  const host: { navigate: NavigateFunction | null; pathname: string } = { navigate: null, pathname: '' };
  function HostRouter() {
    host.navigate = useNavigate();
    host.pathname = useLocation().pathname;
    return null;
  }
  render(
    <MemoryRouter initialEntries={['/portal/home', PORTAL_MODULE_PATH]} initialIndex={1}>
      <PortalHostRoutes config={config} queryClient={queryClient} />
      <HostRouter />
    </MemoryRouter>,
  );
  return {
    go: async (to) => {
      await act(async () => {
        if (typeof to === 'number') await host.navigate?.(to);
        else await host.navigate?.(to);
      });
    },
    pathname: () => host.pathname,
    queryClient,
    notify,
  };
}

/** `createApiTokensRoutes` in the portal's data router. */
export function mountAsDataRoutes(): Mounted {
  const queryClient = hostQueryClient();
  const { config, notify } = hostConfig(queryClient);
  const router = createPortalDataRouter(config, queryClient, PORTAL_MODULE_PATH);
  render(<PortalDataRouterHost router={router} />);
  return {
    go: async (to) => {
      await act(async () => {
        if (typeof to === 'number') await router.navigate(to);
        else await router.navigate(to);
      });
    },
    pathname: () => router.state.location.pathname,
    queryClient,
    notify,
  };
}

export function createdToken(name: string) {
  return mockBackend.db.listTokens().find((token) => token.name === name);
}

/** Both ways a portal mounts the module. */
export const mountings = [
  { style: 'component routes (<ApiTokensModule>)', mount: mountAsComponent },
  { style: 'data router (createApiTokensRoutes)', mount: mountAsDataRoutes },
];
