import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { prefetchApiTokensGrid, type ApiTokensConfig } from '../../../src/embed';
import { createPortalDataRouter, PORTAL_MODULE_PATH, PortalDataRouterHost } from '../../host/portal-host';
import { renderModule } from '../../support/render-module';

/** The grid's page requests (count-only requests for the hygiene strip left out), as they leave the app. */
function recordListRequests() {
  const requests: URL[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/accounts/api-tokens') && url.searchParams.get('limit') !== '0')
      requests.push(url);
  };
  server.events.on('request:start', listener);
  return requests;
}

// The grid keeps rows that arrived before it mounted for a moment before asking again (a host's staleTime may be 0).
// The wall clock stands still here, so how long a loaded machine takes to mount the page cannot decide the result.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  server.events.removeAllListeners();
});

const disabledFirst = () =>
  [...mockBackend.db.listTokens()]
    .filter((t) => t.status === 'Disabled')
    .sort((a, b) => b.audit.created.at.localeCompare(a.audit.created.at))[0]!;

function config(queryClient?: QueryClient): ApiTokensConfig {
  return {
    apiBaseUrl: TEST_API_BASE_URL,
    getAccessToken: () => 'idt:TKN-0000-0001:x',
    locale: 'en-GB',
    timeZone: 'UTC',
    ...(queryClient ? { queryClient } : {}),
  };
}

describe('starting the first request before the page renders', () => {
  it("prefetchApiTokensGrid sends the grid's request for the URL's view, and the grid uses it", async () => {
    const requests = recordListRequests();
    const queryClient = new QueryClient();
    const prefetched = prefetchApiTokensGrid({ ...config(), queryClient }, '?status=Disabled');
    await prefetched;
    expect(requests).toHaveLength(1);
    expect(decodeURIComponent(requests[0]!.search)).toContain('eq(status,"Disabled")');

    renderModule({ search: '?status=Disabled', queryClient });
    expect(await screen.findByRole('link', { name: disabledFirst().name })).toBeInTheDocument();
    // The grid found its rows in the cache: no second request for the same page.
    expect(requests).toHaveLength(1);
  });

  it("a data router's loader sends it when the route is navigated to, before anything renders", async () => {
    const requests = recordListRequests();
    // No QueryClient from the host: the routes make one that their loader and the page share.
    const router = createPortalDataRouter(
      config(),
      new QueryClient(),
      `${PORTAL_MODULE_PATH}?status=Disabled`,
    );
    // Nothing is rendered yet: the request can only come from the loader.
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(decodeURIComponent(requests[0]!.search)).toContain('eq(status,"Disabled")');

    render(<PortalDataRouterHost router={router} />);
    expect(await screen.findByRole('link', { name: disabledFirst().name })).toBeInTheDocument();
    expect(requests).toHaveLength(1);
  });

  it("the loader's request keeps to the config's read deadline, so the grid says in time that none came", async () => {
    mockBackend.setScenario({ failures: { list: 'hang' } });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const router = createPortalDataRouter(
      { ...config(queryClient), requestTimeoutMs: { read: 100 } },
      queryClient,
      PORTAL_MODULE_PATH,
    );
    render(<PortalDataRouterHost router={router} />);
    // The grid joins the loader's request: had that one kept the default 30 s, nothing would show for that long.
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server did not answer in time. Try again in a moment.',
    );
  });
});
