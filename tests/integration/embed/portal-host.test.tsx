import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { ROOT_QUERY_KEY, type ApiTokensConfig } from '../../../src/embed';
import {
  createPortalDataRouter,
  PORTAL_MODULE_PATH,
  PortalDataRouterHost,
  PortalHostRoutes,
} from '../../host/portal-host';

function hostQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

function firstTokenOnGrid() {
  // The grid's default order is newest first.
  const tokens = [...mockBackend.db.listTokens()].sort((a, b) =>
    String(b.audit?.created?.at).localeCompare(String(a.audit?.created?.at)),
  );
  return tokens[0]!;
}

function mountDeclarative(config: Partial<ApiTokensConfig> = {}, initial = PORTAL_MODULE_PATH) {
  const queryClient = hostQueryClient();
  const location: { current: Location | null } = { current: null };
  function Spy() {
    location.current = useLocation();
    return null;
  }
  let n = 0;
  const getAccessToken = vi.fn(async () => `idt:TKN-0000-0001:rotated-${++n}`);
  const onUnauthorized = vi.fn();
  const fullConfig: ApiTokensConfig = {
    apiBaseUrl: TEST_API_BASE_URL,
    getAccessToken,
    onUnauthorized,
    queryClient,
    locale: 'en-GB',
    timeZone: 'UTC',
    ...config,
  };
  render(
    <MemoryRouter initialEntries={[initial]}>
      <PortalHostRoutes config={fullConfig} queryClient={queryClient} />
      <Spy />
    </MemoryRouter>,
  );
  return { queryClient, location, getAccessToken, onUnauthorized, user: userEvent.setup() };
}

describe('embedding in a portal', () => {
  it('renders inside the host layout and keeps navigation under the mount path', async () => {
    const { location, user } = mountDeclarative();
    expect(screen.getByText('Portal header')).toBeInTheDocument();
    const token = firstTokenOnGrid();
    await user.click(await screen.findByRole('link', { name: token.name }));
    await waitFor(() => expect(location.current?.pathname).toBe(`${PORTAL_MODULE_PATH}/${token.id}/general`));
    await user.click(await screen.findByRole('link', { name: /back to api tokens/i }));
    await waitFor(() => expect(location.current?.pathname).toBe(PORTAL_MODULE_PATH));
    // The host's own routes keep working around the module.
    await user.click(screen.getByRole('link', { name: 'Portal home' }));
    expect(await screen.findByRole('heading', { name: 'Welcome to the portal' })).toBeInTheDocument();
    expect(location.current?.pathname).toBe('/portal/home');
  });

  it("puts only keys under its root key into the host's QueryClient", async () => {
    const { queryClient } = mountDeclarative();
    await screen.findByRole('link', { name: firstTokenOnGrid().name });
    const keys = queryClient
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey);
    const ours = keys.filter((k) => k[0] === ROOT_QUERY_KEY);
    const foreign = keys.filter((k) => k[0] !== ROOT_QUERY_KEY);
    expect(ours.length).toBeGreaterThan(0);
    expect(foreign).toEqual([['portal', 'profile']]);
  });

  it('asks the host for the access token on every request (rotation works)', async () => {
    const seen: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.url.startsWith(TEST_API_BASE_URL)) seen.push(request.headers.get('Authorization') ?? '');
    };
    server.events.on('request:start', listener);
    try {
      const { getAccessToken, user } = mountDeclarative();
      const token = firstTokenOnGrid();
      await user.click(await screen.findByRole('link', { name: token.name }));
      await screen.findByRole('heading', { name: token.name });
      await waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(2));
      // Every request carries a token of its own, asked for just before it left. (Asking does not always mean
      // leaving: the grid's requests still waiting for their token are cancelled when the detail page replaces it.)
      const issued = await Promise.all(getAccessToken.mock.results.map((result) => result.value));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((header) => !issued.some((token) => header === `Bearer ${token}`))).toEqual([]);
      expect(seen[0]).toBe('Bearer idt:TKN-0000-0001:rotated-1');
    } finally {
      server.events.removeListener('request:start', listener);
    }
  });

  it('calls onUnauthorized when the API answers 401', async () => {
    mockBackend.setScenario({ failures: { list: 401 } });
    const { onUnauthorized } = mountDeclarative();
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalled());
  });

  it("reads again what a 401 failed when the host refetches the module's failed queries after signing in", async () => {
    mockBackend.setScenario({ failures: { list: 401 } });
    const { onUnauthorized, queryClient } = mountDeclarative();
    await waitFor(() => expect(onUnauthorized).toHaveBeenCalled());
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load API tokens');
    // The host signed in again; the recipe in the README, without the admin pressing Retry.
    mockBackend.setScenario({ failures: { list: undefined } });
    await act(() =>
      queryClient.refetchQueries({
        queryKey: [ROOT_QUERY_KEY],
        predicate: (query) => query.state.status === 'error',
      }),
    );
    expect(await screen.findByRole('link', { name: firstTokenOnGrid().name })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('works as route objects in a data router', async () => {
    const queryClient = hostQueryClient();
    const router = createPortalDataRouter(
      {
        apiBaseUrl: TEST_API_BASE_URL,
        getAccessToken: () => 'idt:TKN-0000-0001:x',
        queryClient,
        locale: 'en-GB',
        timeZone: 'UTC',
      },
      queryClient,
      PORTAL_MODULE_PATH,
    );
    render(<PortalDataRouterHost router={router} />);
    const user = userEvent.setup();
    const token = firstTokenOnGrid();
    await user.click(await screen.findByRole('link', { name: token.name }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`${PORTAL_MODULE_PATH}/${token.id}/general`),
    );
    await user.click(screen.getByRole('link', { name: 'Portal home' }));
    expect(await screen.findByRole('heading', { name: 'Welcome to the portal' })).toBeInTheDocument();
  });
});
