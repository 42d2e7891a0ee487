import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockBackend, server } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import {
  dataRows,
  findRows,
  grid,
  recordListRequests,
  rqlFilters,
  searchOf,
  statusesOnScreen,
  tokensNewestFirst,
  visibleNames,
} from './grid-helpers';

afterEach(() => {
  server.events.removeAllListeners();
});

describe('tokens grid: status filter', () => {
  it('filters by status in one click and back to all', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();
    const disabled = mockBackend.db.listTokens().filter((t) => t.status === 'Disabled');

    await user.click(screen.getByRole('radio', { name: 'Disabled' }));
    expect(searchOf(currentLocation()).get('status')).toBe('Disabled');
    await waitFor(() => expect(screen.getByText(`${disabled.length} rows`)).toBeInTheDocument());
    await waitFor(() => expect(statusesOnScreen().every((s) => s === 'Disabled')).toBe(true));
    expect(dataRows()).toHaveLength(Math.min(10, disabled.length));
    expect(rqlFilters(requests.at(-1) as URL)).toEqual(['eq(status,"Disabled")']);

    await user.click(screen.getByRole('radio', { name: 'Active' }));
    expect(searchOf(currentLocation()).get('status')).toBe('Active');
    await waitFor(() => expect(statusesOnScreen().every((s) => s === 'Active')).toBe(true));

    await user.click(screen.getByRole('radio', { name: 'All' }));
    expect(currentLocation()?.search).toBe('');
    await waitFor(() => expect(screen.getByText(`${mockBackend.db.tokenCount()} rows`)).toBeInTheDocument());
  });
});

describe('tokens grid: search', () => {
  it('searches by part of a name, case-insensitively, once typing pauses', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();
    const word = (tokensNewestFirst()[12]?.name ?? '').split(' ')[0] as string;
    const expected = mockBackend.db
      .listTokens()
      .filter((t) => t.name.toLowerCase().includes(word.toLowerCase()) || t.id.includes(word));
    const before = requests.length;

    await user.type(screen.getByRole('textbox', { name: 'Search by name or ID' }), word.toUpperCase());
    await waitFor(() => expect(searchOf(currentLocation()).get('q')).toBe(word.toUpperCase()));
    await waitFor(() =>
      expect(
        screen.getByText(`${expected.length} ${expected.length === 1 ? 'row' : 'rows'}`),
      ).toBeInTheDocument(),
    );
    expect(visibleNames().every((name) => name.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    // Debounced: one request for the whole word, not one per key.
    expect(requests.length - before).toBe(1);
    expect(rqlFilters(requests.at(-1) as URL)).toEqual([
      `or(ilike(name,"*${word.toUpperCase()}*"),ilike(id,"*${word.toUpperCase()}*"))`,
    ]);
  });

  it('finds a token by part of its ID and sanitises what was typed', async () => {
    const { user, currentLocation } = renderModule();
    await findRows();
    const target = tokensNewestFirst()[25];
    const part = target?.id.slice(4) as string;

    await user.type(screen.getByRole('textbox', { name: 'Search by name or ID' }), `"${part}"{Enter}`);
    await waitFor(() => expect(searchOf(currentLocation()).get('q')).toBe(part));
    await waitFor(() => expect(visibleNames()).toContain(target?.name));
  });

  it('clears the search with Escape and with the clear button', async () => {
    const { user, currentLocation } = renderModule({ search: '?q=zzz' });
    const box = screen.getByRole('textbox', { name: 'Search by name or ID' });
    expect(box).toHaveValue('zzz');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(box).toHaveValue('');
    expect(currentLocation()?.search).toBe('');
    await user.type(box, 'abc');
    await waitFor(() => expect(searchOf(currentLocation()).get('q')).toBe('abc'));
    await user.keyboard('{Escape}');
    expect(currentLocation()?.search).toBe('');
  });
});

describe('tokens grid: Filter panel', () => {
  it('filters by modules and last access, shows what is applied and removes one filter at a time', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();

    await user.click(screen.getByRole('button', { name: 'Filter' }));
    const panel = await screen.findByRole('dialog', { name: 'Filters' });
    await user.click(await within(panel).findByRole('checkbox', { name: /Billing/ }));
    await user.click(within(panel).getByRole('checkbox', { name: /Orders/ }));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Last access' }), 'Never used');
    await user.click(within(panel).getByRole('button', { name: 'Apply filters' }));

    expect(screen.queryByRole('dialog', { name: 'Filters' })).not.toBeInTheDocument();
    const params = searchOf(currentLocation());
    expect(params.getAll('module')).toEqual(['MOD-2131', 'MOD-2387']);
    expect(params.get('lastAccess')).toBe('never');
    const expected = mockBackend.db
      .listTokens()
      .filter(
        (t) => t.lastAccessAt === null && t.modules.some((m) => m.id === 'MOD-2131' || m.id === 'MOD-2387'),
      );
    await waitFor(() =>
      expect(
        screen.getByText(`${expected.length} ${expected.length === 1 ? 'row' : 'rows'}`),
      ).toBeInTheDocument(),
    );
    expect(rqlFilters(requests.at(-1) as URL)).toEqual([
      'in(modules.id,("MOD-2131","MOD-2387"))',
      'eq(lastAccessAt,null())',
    ]);
    expect(screen.getByRole('button', { name: 'Filter, 2 filters applied' })).toBeInTheDocument();

    const applied = screen.getByRole('list', { name: 'Applied filters' });
    expect(
      within(applied)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Module: Billing', 'Module: Orders', 'Last access: Never used']);
    await user.click(within(applied).getByRole('button', { name: 'Remove filter Module: Orders' }));
    expect(searchOf(currentLocation()).getAll('module')).toEqual(['MOD-2131']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(currentLocation()?.search).toBe('');
  });

  it('filters by creator ID or name and by a date-created range', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();

    await user.click(screen.getByRole('button', { name: 'Filter' }));
    let panel = await screen.findByRole('dialog', { name: 'Filters' });
    await user.type(within(panel).getByRole('combobox', { name: 'Created by' }), 'usr-4721-0318');
    await user.click(within(panel).getByRole('button', { name: 'Apply filters' }));
    expect(searchOf(currentLocation()).get('createdBy')).toBe('usr-4721-0318');
    await waitFor(() =>
      expect(rqlFilters(requests.at(-1) as URL)).toEqual(['eq(audit.created.by.id,"USR-4721-0318")']),
    );
    await waitFor(() => expect(dataRows().every((row) => within(row).queryByText('Alex Morgan'))).toBe(true));

    await user.click(screen.getByRole('button', { name: 'Filter, 1 filter applied' }));
    panel = await screen.findByRole('dialog', { name: 'Filters' });
    const createdBy = within(panel).getByRole('combobox', { name: 'Created by' });
    expect(createdBy).toHaveValue('usr-4721-0318');
    await user.clear(createdBy);
    const from = within(panel).getByLabelText('From');
    const to = within(panel).getByLabelText('To');
    await user.type(from, '2026-06-30');
    await user.type(to, '2026-01-01');
    expect(within(panel).getByText('The start date must be on or before the end date.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByRole('dialog', { name: 'Filters' })).toBeInTheDocument();
    await user.clear(to);
    await user.type(to, '2026-09-30');
    await user.click(within(panel).getByRole('button', { name: 'Apply filters' }));

    const params = searchOf(currentLocation());
    expect(params.has('createdBy')).toBe(false);
    expect([params.get('createdFrom'), params.get('createdTo')]).toEqual(['2026-06-30', '2026-09-30']);
    await waitFor(() =>
      expect(rqlFilters(requests.at(-1) as URL)).toEqual([
        'ge(audit.created.at,"2026-06-30T00:00:00.000Z")',
        'lt(audit.created.at,"2026-10-01T00:00:00.000Z")',
      ]),
    );
    const expected = mockBackend.db
      .listTokens()
      .filter((t) => t.audit.created.at >= '2026-06-30' && t.audit.created.at < '2026-10-01');
    await waitFor(() =>
      expect(
        screen.getByText(`${expected.length} ${expected.length === 1 ? 'row' : 'rows'}`),
      ).toBeInTheDocument(),
    );
    expect(
      within(screen.getByRole('list', { name: 'Applied filters' })).getByText(
        'Created 30 Jun 2026 – 30 Sept 2026',
      ),
    ).toBeInTheDocument();
    expect(within(grid()).getAllByRole('row').length).toBeGreaterThan(1);
  });
});
