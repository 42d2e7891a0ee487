import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { MOUNT_PATH, renderModule } from '../../support/render-module';
import { dataRows, findRows, grid, tokensNewestFirst } from './grid-helpers';

const LIST_URL = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;

/** The three rows of the reference screenshot, served as the list so every format can be checked exactly. */
function serveReferenceRows() {
  const requests: URL[] = [];
  server.use(
    http.get(LIST_URL, ({ request }) => {
      // The hygiene strip's counts (`limit=0`) go on to the mock backend.
      if (new URL(request.url).searchParams.get('limit') === '0') return undefined;
      requests.push(new URL(request.url));
      return HttpResponse.json({
        $meta: { pagination: { offset: 0, limit: 10, total: 3 } },
        data: [
          {
            id: 'TKN-1234-1234',
            name: 'Robot 1',
            status: 'Active',
            icon: null,
            lastAccessAt: '2023-04-15T12:34:00.000Z',
            modules: [{ id: 'MOD-1255', name: 'Access management' }],
            audit: {
              created: {
                at: '2023-04-15T12:34:00.000Z',
                by: { id: 'USR-1234-1210-2143', name: 'John Smith', icon: null },
              },
            },
          },
          {
            id: 'TKN-1234-1235',
            name: 'Robot 2',
            status: 'Disabled',
            icon: null,
            lastAccessAt: null,
            modules: [{ id: 'MOD-1299', name: 'Account management' }],
            audit: {
              created: {
                at: '2023-07-12T09:14:00.000Z',
                by: { id: 'USR-1234-1210-2143', name: 'John Smith', icon: null },
              },
            },
          },
          {
            id: 'TKN-1234-1236',
            name: 'Robot 3',
            status: 'Active',
            icon: null,
            lastAccessAt: '2023-06-11T20:22:00.000Z',
            modules: [
              { id: 'MOD-1255', name: 'Access management' },
              { id: 'MOD-1299', name: 'Account management' },
              { id: 'MOD-1300', name: 'Billing' },
            ],
            audit: {
              created: {
                at: '2023-06-11T20:22:00.000Z',
                by: { id: 'USR-1234-1240-2141', name: 'Andy Anderson', icon: null },
              },
            },
          },
        ],
      });
    }),
  );
  return requests;
}

describe('tokens grid: columns and formats', () => {
  it('shows the title, Add, the toolbar, the total and the first page newest first', async () => {
    const { currentLocation } = renderModule();
    expect(screen.getByRole('heading', { level: 1, name: 'API tokens' })).toBeInTheDocument();
    for (const name of ['Reset view', 'Sort', 'Filter', 'Columns', 'Refresh', 'Export CSV']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(
      within(screen.getByRole('group', { name: 'Status' }))
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['all', 'Active', 'Disabled']);
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Search by name or ID' })).toBeInTheDocument();

    const rows = await findRows();
    const expected = tokensNewestFirst().slice(0, 10);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(expected.map((t) => t.name));
    expect(screen.getByText(`${mockBackend.db.tokenCount()} rows`)).toBeInTheDocument();
    await waitFor(() => expect(currentLocation()?.search).toBe(''));
    expect(screen.getByRole('link', { name: 'Add' })).toHaveAttribute('href', `${MOUNT_PATH}/new`);
  });

  it('lays out each column as the spec describes, with en-GB dates in the configured time zone', async () => {
    const requests = serveReferenceRows();
    renderModule();
    await findRows();
    expect(
      within(grid())
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['', 'API token', 'Modules', 'Created by', 'Date created', 'Last access', 'Status', 'Actions']);
    // Lists omit audit and modules unless selected.
    expect(requests[0]?.search).toContain('select=+audit,+modules');

    const [robot1, robot2, robot3] = dataRows() as [HTMLElement, HTMLElement, HTMLElement];
    const cells1 = within(robot1).getAllByRole('cell');
    expect(within(robot1).getByRole('checkbox', { name: 'Select Robot 1' })).not.toBeChecked();
    expect(within(robot1).getByRole('link', { name: 'Robot 1' })).toHaveAttribute(
      'href',
      `${MOUNT_PATH}/TKN-1234-1234`,
    );
    expect(cells1[1]).toHaveTextContent('R1Robot 1TKN-1234-1234');
    expect(cells1[2]).toHaveTextContent('AMAccess managementMOD-1255');
    expect(cells1[3]).toHaveTextContent('JSJohn SmithUSR-1234-1210-2143');
    expect(cells1[4]).toHaveTextContent(/^15 Apr 202312:34, created .+ ago$/);
    // Last access leads with how long ago, visibly; the date under it, date and time on hover.
    expect(cells1[5]).toHaveTextContent(/^\d+ years? ago15 Apr 2023$/);
    expect((cells1[5] as HTMLElement).querySelector('time')).toHaveAttribute(
      'title',
      expect.stringMatching(/^Saturday,? 15 April 2023 at 12:34 \(last used \d+ years? ago\)$/),
    );
    expect(cells1[6]).toHaveTextContent('Active');
    expect(
      within(cells1[4] as HTMLElement)
        .getByText('15 Apr 2023')
        .closest('time'),
    ).toHaveAttribute('datetime', '2023-04-15T12:34:00.000Z');

    const cells2 = within(robot2).getAllByRole('cell');
    expect(cells2[4]).toHaveTextContent(/^12 Jul 202309:14/);
    expect(cells2[5]).toHaveTextContent(/^Never used$/);
    expect(cells2[6]).toHaveTextContent('Disabled');

    const cells3 = within(robot3).getAllByRole('cell');
    expect(cells3[2]).toHaveTextContent(/^\+33 modules/);
    expect(cells3[3]).toHaveTextContent('AAAndy AndersonUSR-1234-1240-2141');
    expect(cells3[4]).toHaveTextContent(/^11 Jun 202320:22/);
    expect(screen.getByText('3 rows')).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Pagination' })).getByText('1–3 of 3 rows'),
    ).toBeInTheDocument();
  });

  it('offers Edit, Duplicate and Rotate, then Disable or Enable by status, then Delete, in a menu named after the token', async () => {
    serveReferenceRows();
    const { user } = renderModule();
    await findRows();

    await user.click(screen.getByRole('button', { name: 'Actions for Robot 1' }));
    const menu = await screen.findByRole('menu', { name: 'Actions for Robot 1' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Edit', 'Duplicate', 'Rotate…', 'Disable', 'Delete']);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Actions for Robot 2' }));
    const menu2 = await screen.findByRole('menu', { name: 'Actions for Robot 2' });
    expect(
      within(menu2)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Edit', 'Duplicate', 'Rotate…', 'Enable', 'Delete']);

    // The actions provider takes over: it asks before doing anything.
    await user.click(within(menu2).getByRole('menuitem', { name: 'Enable' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Robot 2');
    expect(dialog).toHaveTextContent('TKN-1234-1235');
  });

  it('opens a token with the grid view in the link state, so the detail page can come back to it', async () => {
    const { user, currentLocation } = renderModule({ search: '?status=Active&sort=name&page=2' });
    const rows = await findRows();
    const link = within(rows[0] as HTMLElement).getByRole('link');
    const id = link.getAttribute('href')?.split('/').pop();
    await user.click(link);
    // The detail page opens on its first tab, and the grid's view travels with it.
    await waitFor(() => expect(currentLocation()?.pathname).toBe(`${MOUNT_PATH}/${id}/general`));
    await waitFor(() =>
      expect(currentLocation()?.state).toEqual({ gridSearch: '?status=Active&sort=name&page=2' }),
    );
  });

  it('keeps the search when opening the Add wizard', async () => {
    renderModule({ search: '?status=Disabled&page=2' });
    await findRows();
    expect(screen.getByRole('link', { name: 'Add' })).toHaveAttribute(
      'href',
      `${MOUNT_PATH}/new?status=Disabled&page=2`,
    );
  });
});
