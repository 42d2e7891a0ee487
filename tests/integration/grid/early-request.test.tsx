// A filter or page change asks for its rows in the click's own task. A host's router shows the new address in a
// transition, drawn later in slices (and a data router runs its loaders first); the request must not wait for it.
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_API_BASE_URL } from '../../../mocks/node';
import type { ApiTokensConfig } from '../../../src/embed';
import {
  createPortalDataRouter,
  PORTAL_MODULE_PATH,
  PortalDataRouterHost,
  PortalHostRoutes,
} from '../../host/portal-host';

afterEach(() => {
  vi.restoreAllMocks();
});

const HOSTS = ['declarative routes', 'a data router'] as const;

async function portalGrid(host: (typeof HOSTS)[number]) {
  const queryClient = new QueryClient();
  const config: ApiTokensConfig = {
    apiBaseUrl: TEST_API_BASE_URL,
    // A token at hand, as most hosts have it: nothing to wait for before the request leaves.
    getAccessToken: () => 'idt:TKN-0000-0001:x',
    queryClient,
    locale: 'en-GB',
    timeZone: 'UTC',
  };
  if (host === 'a data router') {
    render(<PortalDataRouterHost router={createPortalDataRouter(config, queryClient, PORTAL_MODULE_PATH)} />);
  } else {
    render(
      <MemoryRouter initialEntries={[PORTAL_MODULE_PATH]}>
        <PortalHostRoutes config={config} queryClient={queryClient} />
      </MemoryRouter>,
    );
  }
  const table = await screen.findByRole('table', { name: 'API tokens' });
  await within(table).findAllByRole('link');
}

/**
 * A click as the browser delivers it. fireEvent wraps it in act(), which renders the router's transition before
 * returning, and a request sent by that render would look as early as one sent by the click itself.
 */
function clickOutsideAct(element: HTMLElement) {
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const previous = env.IS_REACT_ACT_ENVIRONMENT;
  env.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    element.click();
  } finally {
    env.IS_REACT_ACT_ENVIRONMENT = previous;
  }
}

/** The grid's list requests sent so far (count-only requests for the hygiene strip left out). */
function listRequestsSent(fetchSpy: { mock: { calls: unknown[][] } }): string[] {
  return fetchSpy.mock.calls
    .map(([input]) => decodeURIComponent(String(input instanceof Request ? input.url : input)))
    .filter((url) => url.includes('/accounts/api-tokens?') && !url.includes('limit=0'));
}

describe.each(HOSTS)('a change of view in a host with %s', (host) => {
  it('sends the status filter request before the click returns, and the grid uses it', async () => {
    await portalGrid(host);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');

    clickOutsideAct(screen.getByRole('radio', { name: 'Disabled' }));

    // Synchronously after the click, before any render of the change: the request is out.
    expect(listRequestsSent(fetchSpy)).toEqual([expect.stringContaining('eq(status,"Disabled")')]);
    // The grid then shows that answer without asking again.
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Disabled' })).toBeChecked());
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'API tokens' })).not.toHaveAttribute('aria-busy'),
    );
    expect(listRequestsSent(fetchSpy)).toHaveLength(1);
  });

  it('sends the next page request before the click returns', async () => {
    await portalGrid(host);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');

    clickOutsideAct(screen.getByRole('button', { name: 'Next' }));

    expect(listRequestsSent(fetchSpy)).toEqual([expect.stringMatching(/&limit=10&offset=10$/)]);
    expect(
      await within(screen.getByRole('navigation', { name: 'Pagination' })).findByText(/^11–20 of/),
    ).toBeInTheDocument();
  });
});
