// A host that is already running navigates into the module: once the module's code is in, its page is drawn in the
// navigation's own commit. A lazy component there would suspend on its first render even with its code loaded, and
// React would then hold the page back behind an empty fallback for its minimum time (300 ms). The data router's
// route objects do the same (RoutedProviders), but their navigation is asynchronous, and act() reveals a suspended
// page at once, so there the benchmark's route change in a host (scripts/bench-host/) is what shows it.
import { QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, useNavigate } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { TEST_API_BASE_URL } from '../../../mocks/node';
import type { ApiTokensConfig } from '../../../src/embed';
import { loadModuleCode } from '../../../src/embed/load-module-code';
import { PORTAL_MODULE_PATH, PortalHostRoutes } from '../../host/portal-host';

function config(queryClient: QueryClient): ApiTokensConfig {
  return {
    apiBaseUrl: TEST_API_BASE_URL,
    getAccessToken: vi.fn(() => 'idt:TKN-0000-0001:host'),
    onUnauthorized: vi.fn(),
    queryClient,
    locale: 'en-GB',
    timeZone: 'UTC',
  };
}

const moduleHeading = () => screen.queryByRole('heading', { level: 1, name: 'API tokens' });

describe('a route change into the module, its code already in', () => {
  it('with <ApiTokensModule> (component routes): the page is there in the navigation’s commit', async () => {
    await loadModuleCode();
    const queryClient = new QueryClient();
    let go: ((path: string) => void) | undefined;
    function Navigator() {
      const navigate = useNavigate();
      go = (path) => void navigate(path);
      return null;
    }
    render(
      <MemoryRouter initialEntries={['/portal/home']}>
        <PortalHostRoutes config={config(queryClient)} queryClient={queryClient} />
        <Navigator />
      </MemoryRouter>,
    );
    expect(await screen.findByText('Portal header')).toBeInTheDocument();
    expect(moduleHeading()).toBeNull();

    act(() => go?.(PORTAL_MODULE_PATH));

    expect(moduleHeading()).toBeInTheDocument();
  });
});
