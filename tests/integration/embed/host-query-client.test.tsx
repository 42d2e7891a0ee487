// A portal that shares its QueryClient and leaves `retry` at the library's default (every failure, three times)
// still gets the module's retry policy for the module's reads: what can pass is retried, a refusal shows at once.
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, onTestFinished } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import type { ApiTokensConfig } from '../../../src/embed';
import { PORTAL_MODULE_PATH, PortalHostRoutes } from '../../host/portal-host';

const TOKENS_PATH = '/public/v1/accounts/api-tokens';

function configFor(queryClient: QueryClient): ApiTokensConfig {
  return {
    apiBaseUrl: TEST_API_BASE_URL,
    getAccessToken: () => 'idt:TKN-0000-0001:portal',
    queryClient,
    locale: 'en-GB',
    timeZone: 'UTC',
  };
}

function mountDeclarative(queryClient: QueryClient, path = '') {
  render(
    <MemoryRouter initialEntries={[`${PORTAL_MODULE_PATH}${path}`]}>
      <PortalHostRoutes config={configFor(queryClient)} queryClient={queryClient} />
    </MemoryRouter>,
  );
}

/** Requests for `pathname` from now until the test ends. */
function countRequests(pathname: string) {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname === pathname) seen.push(request.url);
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return seen;
}

/** The grid's page (not the counts beside it) fails with a 500 `times` times, then the mock answers. */
function failGridPage(times: number) {
  let left = times;
  server.use(
    http.get(`${TEST_API_BASE_URL}${TOKENS_PATH}`, ({ request }) => {
      if (left <= 0 || !request.url.includes('select=')) return undefined;
      left -= 1;
      return HttpResponse.json({ title: 'Internal Server Error', status: 500 }, { status: 500 });
    }),
  );
}

function firstTokenOnGrid() {
  return [...mockBackend.db.listTokens()].sort((a, b) =>
    String(b.audit?.created?.at).localeCompare(String(a.audit?.created?.at)),
  )[0]!;
}

describe("the host's QueryClient, retry left at the library's default", () => {
  it('a transient failure of the first read is retried, and the rows come', async () => {
    failGridPage(2);
    mountDeclarative(new QueryClient());
    expect(
      await screen.findByRole('link', { name: firstTokenOnGrid().name }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a refusal shows at once, after one request', async () => {
    const token = firstTokenOnGrid();
    mockBackend.setScenario({ failures: { get: 403 } });
    const reads = countRequests(`${TOKENS_PATH}/${token.id}`);
    mountDeclarative(new QueryClient(), `/${token.id}/general`);
    expect(
      await screen.findByRole('heading', { name: 'No permission' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(reads).toHaveLength(1);
  });
});

describe("the host's QueryClient, retry set by the host", () => {
  it('keeps the host’s choice: a transient failure is not retried', async () => {
    const token = firstTokenOnGrid();
    mockBackend.setScenario({ failures: { get: 500 } });
    const reads = countRequests(`${TOKENS_PATH}/${token.id}`);
    mountDeclarative(
      new QueryClient({ defaultOptions: { queries: { retry: false } } }),
      `/${token.id}/general`,
    );
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Could not load the API token',
    );
    expect(reads).toHaveLength(1);
  });
});
