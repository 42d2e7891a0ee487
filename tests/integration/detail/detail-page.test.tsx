import { render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { createApiTokensRoutes } from '../../../src/embed';
import { apiTokenQueries } from '../../../src/features/api-tokens/api/queries';
import {
  createTestQueryClient,
  MOUNT_PATH,
  renderModule,
  TEST_ACCESS_TOKEN,
} from '../../support/render-module';
import { holdAnswer } from '../../support/hold-answer';
import { seededToken, UNKNOWN_TOKEN_ID } from './support';

describe('token detail page', () => {
  it('opens General for the bare token URL and shows the header and summary', async () => {
    const token = seededToken((t) => t.lastAccessAt === null && t.status === 'Disabled');
    const { currentLocation } = renderModule({ path: `/${token.id}` });

    expect(await screen.findByRole('heading', { level: 1, name: token.name })).toBeInTheDocument();
    await waitFor(() =>
      expect(currentLocation()?.pathname).toBe(`/portal/settings/api-tokens/${token.id}/general`),
    );

    const header = screen.getByRole('banner');
    expect(within(header).getByText('API token')).toBeInTheDocument();
    expect(within(header).getByText(token.id)).toBeInTheDocument();
    expect(within(header).getByText('Disabled')).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'Back to API tokens' })).toBeInTheDocument();
    // Disabled: Enable leads, Edit waits in the menu.
    expect(within(header).getByRole('button', { name: 'Enable' })).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'More actions' })).toBeInTheDocument();

    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText(token.account.name)).toBeInTheDocument();
    expect(within(summary).getByText(token.account.id)).toBeInTheDocument();
    expect(within(summary).getByText('Active')).toBeInTheDocument();
    // Never used: said in words, for everyone.
    expect(within(summary).getByText('Never used')).toBeVisible();
    expect(within(summary).queryByText('—')).not.toBeInTheDocument();
  });

  it('shows last access as date and time in the configured locale and time zone', async () => {
    const token = seededToken((t) => t.lastAccessAt !== null);
    renderModule({ path: `/${token.id}/general` });
    const summary = await screen.findByRole('region', { name: 'Summary' });
    const expected = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(token.lastAccessAt as string));
    const time = within(summary).getByText(expected).closest('time');
    expect(time).toHaveAttribute('dateTime', token.lastAccessAt);
    expect(time?.textContent).toMatch(/\d{2}:\d{2}$/);
  });

  it('shows the row from a cached grid page at once, before the token request answers', async () => {
    const token = seededToken();
    // The token's own answer waits until the test lets it go: "before it answers" whatever the machine's speed.
    const tokenRead = holdAnswer('get', `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${token.id}`);
    const queryClient = createTestQueryClient();
    // What a grid page would have cached: lists carry neither audit nor modules.
    const { audit: _audit, modules: _modules, ...row } = token;
    queryClient.setQueryData(
      apiTokenQueries.list({ baseUrl: TEST_API_BASE_URL } as never, 'limit=10&offset=0').queryKey,
      {
        data: [row],
      },
    );
    renderModule({ path: `/${token.id}/modules`, queryClient });

    expect(await screen.findByRole('heading', { level: 1, name: token.name })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Loading API token…' })).not.toBeInTheDocument();
    // The modules are not in the row: their list waits for the real token.
    expect(screen.queryByRole('list', { name: 'Modules this token can access' })).not.toBeInTheDocument();
    // Said to a screen reader too, rather than a heading over nothing.
    const panel = screen.getByRole('tabpanel', { name: 'Modules' });
    expect(within(panel).getByRole('status', { name: 'Loading modules…' })).toBeInTheDocument();
    tokenRead.release();
    const modules = await screen.findByRole('list', { name: 'Modules this token can access' });
    expect(within(modules).getAllByRole('listitem')).toHaveLength(token.modules.length);
    expect(within(panel).queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows "Token not found" with a way back for an unknown ID', async () => {
    const { user, currentLocation } = renderModule({ path: `/${UNKNOWN_TOKEN_ID}/general` });
    expect(await screen.findByRole('heading', { name: 'Token not found' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(UNKNOWN_TOKEN_ID))).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: 'Back to API tokens' });
    await user.click(links[links.length - 1] as HTMLElement);
    expect(currentLocation()?.pathname).toBe('/portal/settings/api-tokens');
  });

  it.each(['/%', '/%E0%A4%A', '/%25%/general'])(
    'shows "Token not found" for an address with a broken percent escape (%s)',
    async (path) => {
      const { user, currentLocation } = renderModule({ path });
      expect(await screen.findByRole('heading', { name: 'Token not found' })).toBeInTheDocument();
      const links = screen.getAllByRole('link', { name: 'Back to API tokens' });
      await user.click(links[links.length - 1] as HTMLElement);
      expect(currentLocation()?.pathname).toBe('/portal/settings/api-tokens');
    },
  );

  it('shows "Token not found" for a broken percent escape under a data router too', async () => {
    // As the standalone app mounts the module: its routes in a data router, with the grid's loader.
    const routes = createApiTokensRoutes({
      apiBaseUrl: TEST_API_BASE_URL,
      getAccessToken: () => TEST_ACCESS_TOKEN,
      onUnauthorized: () => undefined,
      queryClient: createTestQueryClient(),
      locale: 'en-GB',
      timeZone: 'UTC',
    });
    const router = createMemoryRouter([{ path: MOUNT_PATH, children: routes }], {
      initialEntries: [`${MOUNT_PATH}/%E0%A4%A`],
    });
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('heading', { name: 'Token not found' })).toBeInTheDocument();
  });

  it('opens the token for an address with a space at its end or the ID in lower case, and shows its own address', async () => {
    const token = seededToken();
    // The token has fewer records than two pages: once they are in, Activity moves to its last page. Held until the
    // address is looked at, so what is seen is the address made for the token, not Activity's later move.
    const records = holdAnswer('get', `${TEST_API_BASE_URL}/public/v1/audit/records`);
    const { currentLocation } = renderModule({
      path: `/${token.id.toLowerCase()}%20/activity`,
      search: '?page=2',
    });
    expect(await screen.findByRole('heading', { level: 1, name: token.name })).toBeInTheDocument();
    await waitFor(() =>
      expect(currentLocation()?.pathname).toBe(`/portal/settings/api-tokens/${token.id}/activity`),
    );
    expect(currentLocation()?.search).toBe('?page=2');
    records.release();
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Activity');
    expect(screen.queryByRole('heading', { name: 'Token not found' })).toBeNull();
  });

  it('says so when the user may not see the token (403)', async () => {
    const token = seededToken();
    mockBackend.setScenario({ failures: { get: 403 } });
    renderModule({ path: `/${token.id}/general` });
    expect(await screen.findByRole('heading', { name: 'No permission' })).toBeInTheDocument();
    expect(screen.getByText(/do not have permission to view this API token/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Back to API tokens' }).length).toBeGreaterThan(0);
  });

  it('shows other failures with Retry, which loads the token once the server recovers', async () => {
    const token = seededToken();
    mockBackend.setScenario({ failures: { get: 500 } });
    const { user } = renderModule({ path: `/${token.id}/general` });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the API token');
    mockBackend.reset(); // same seed, no failures
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: token.name })).toBeInTheDocument();
  });

  it('says an answer without a token is one it cannot read, rather than drawing an empty token', async () => {
    const token = seededToken();
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${token.id}`, () => HttpResponse.json({})),
    );
    renderModule({ path: `/${token.id}/general` });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the API token');
    expect(alert).toHaveTextContent('The server sent an answer the page cannot read.');
    expect(screen.queryByRole('heading', { level: 1, name: token.name })).not.toBeInTheDocument();
  });

  it('shows a loading state while the token loads', async () => {
    const token = seededToken();
    const read = holdAnswer('get', `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${token.id}`);
    renderModule({ path: `/${token.id}/general` });
    expect(screen.getByRole('status', { name: 'Loading API token…' })).toBeInTheDocument();
    read.release();
    expect(await screen.findByRole('heading', { level: 1, name: token.name })).toBeInTheDocument();
  });
});
