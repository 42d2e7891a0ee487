import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { TEST_API_BASE_URL } from '../../../mocks/node';
import { ApiTokensModule } from '../../../src/embed';
import type * as ModuleCode from '../../../src/embed/load-module-code';

// The module's code is a chunk of its own, which a portal's page loads when the module's route opens. Offline, or
// after a new deployment removed it, that load fails: the module says so in its place, and Retry loads it again.
const network = vi.hoisted(() => ({ down: true }));
vi.mock('../../../src/embed/load-module-code', async (importOriginal) => {
  const actual = await importOriginal<typeof ModuleCode>();
  return {
    ...actual,
    loadModuleCode: () =>
      network.down
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : actual.loadModuleCode(),
  };
});

describe("the module's code failing to load in a portal", () => {
  it('says so inside the host, and Retry loads it without leaving the page', async () => {
    // The error boundary reports what it caught, as it does for any failure of the module's.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <MemoryRouter initialEntries={['/settings/api-tokens']}>
        <p>Portal header</p>
        <Routes>
          <Route
            path="/settings/api-tokens/*"
            element={
              <ApiTokensModule
                config={{
                  apiBaseUrl: TEST_API_BASE_URL,
                  getAccessToken: () => 'idt:TKN-0000-0001:portal',
                  queryClient,
                  locale: 'en-GB',
                  timeZone: 'UTC',
                }}
              />
            }
          />
        </Routes>
      </MemoryRouter>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Part of the page did not load. Check your connection and try again.');
    // The host's own frame is still there around it.
    expect(screen.getByText('Portal header')).toBeInTheDocument();
    expect(reported).toHaveBeenCalledWith(
      'API tokens module error',
      expect.any(TypeError),
      expect.anything(),
    );

    network.down = false;
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
    // The module's code compiles in the test runner on its first import: seconds, not a page's milliseconds.
    expect(
      await screen.findByRole('heading', { name: 'API tokens', level: 1 }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(await screen.findAllByRole('button', { name: /^Actions for / })).not.toHaveLength(0);
  });
});
