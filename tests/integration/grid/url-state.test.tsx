import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { mockBackend, server } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import {
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

describe('tokens grid: view in the URL', () => {
  it('restores every control and the request from the URL', async () => {
    const requests = recordListRequests();
    renderModule({ search: '?status=Disabled&q=a&sort=name&page=2&size=25&module=MOD-1756&lastAccess=30d' });
    await waitFor(() => expect(requests).toHaveLength(1));
    const url = requests[0] as URL;
    expect(rqlFilters(url).slice(0, 3)).toEqual([
      'eq(status,"Disabled")',
      'or(ilike(name,"*a*"),ilike(id,"*a*"))',
      'eq(modules.id,"MOD-1756")',
    ]);
    expect(rqlFilters(url)[3]).toMatch(/^lt\(lastAccessAt,"\d{4}-\d\d-\d\dT\d\d:00:00\.000Z"\)$/);
    expect(url.searchParams.get('order')).toBe('name,id');
    expect([url.searchParams.get('limit'), url.searchParams.get('offset')]).toEqual(['25', '25']);

    expect(screen.getByRole('radio', { name: 'Disabled' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Search by name or ID' })).toHaveValue('a');
    expect(within(grid()).getByRole('columnheader', { name: 'API token' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(screen.getByRole('button', { name: 'Filter, 2 filters applied' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Applied filters' })).getByText(
        'Last access: Used, but not in the last 30 days',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('25'));
  });

  it('writes each change into the URL, leaving defaults and unknown parameters as they are', async () => {
    const { user, currentLocation } = renderModule({ search: '?scenario=demo' });
    await findRows();
    await user.click(screen.getByRole('radio', { name: 'Active' }));
    await user.click(within(grid()).getByRole('button', { name: 'Status' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    await waitFor(() =>
      expect(currentLocation()?.search).toBe('?scenario=demo&status=Active&sort=status&size=50'),
    );
    await waitFor(() => expect(statusesOnScreen().every((s) => s === 'Active')).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    // Rows per page is a preference, as the columns are: it stays.
    await waitFor(() => expect(currentLocation()?.search).toBe('?scenario=demo&size=50'));
  });

  it('Reset view clears filters, search and sort, and its message offers Undo to bring them back', async () => {
    const view = '?status=Disabled&q=a&sort=name&size=25&lastAccess=30d';
    const { user, currentLocation } = renderModule({ search: view });
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    await waitFor(() => expect(currentLocation()?.search).toBe('?size=25'));
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Search by name or ID' })).toHaveValue('');

    const message = (await screen.findByText('View reset: filters, search and sort cleared.')).closest(
      'li',
    ) as HTMLElement;
    // From the keyboard: focus goes from Reset view to the message's Undo (F8 in a browser), and Enter.
    const reset = screen.getByRole('button', { name: 'Reset view' });
    expect(reset).toHaveFocus();
    act(() => within(message).getByRole('button', { name: 'Undo' }).focus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(currentLocation()?.search).toBe(view));
    // The message went with its Undo: focus is back where it came from, not on the empty list of notifications.
    await waitFor(() => expect(reset).toHaveFocus());
    expect(screen.getByRole('radio', { name: 'Disabled' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Search by name or ID' })).toHaveValue('a');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('25'));
  });

  it('Reset view on the default view changes nothing and says nothing, whatever the rows per page', async () => {
    const notify = vi.fn();
    const { user, currentLocation } = renderModule({ config: { notify }, search: '?size=50' });
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    await waitFor(() => expect(currentLocation()?.search).toBe('?size=50'));
    // Nothing to undo, so no message (the message is sent from the click itself).
    expect(notify).not.toHaveBeenCalled();
  });

  it('falls back to defaults for values it cannot read', async () => {
    const requests = recordListRequests();
    renderModule({
      search:
        '?status=Gone&sort=secret&page=-2&size=1000&module=%22)&createdFrom=2025-13-01&lastAccess=soon&q=%22%22',
    });
    await findRows();
    expect(requests[0]?.search).toBe('?select=+audit,+modules&order=-audit.created.at,id&limit=10&offset=0');
    expect(visibleNames()).toEqual(
      tokensNewestFirst()
        .slice(0, 10)
        .map((t) => t.name),
    );
    expect(screen.getByRole('radio', { name: 'All' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Filter' })).toBeInTheDocument();
  });

  it('never shows or says a range past the end while it moves there', async () => {
    // Every text the grid's status takes (the pager's summary says the same), however briefly.
    const said: string[] = [];
    const observer = new MutationObserver(() => {
      const status = screen.queryByRole('status', { name: '' })?.textContent;
      if (status) said.push(status);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    onTestFinished(() => observer.disconnect());
    const { currentLocation } = renderModule({ search: '?page=40&status=Disabled' });
    await waitFor(() => expect(searchOf(currentLocation()).get('page')).toBe('2'));
    await findRows();
    await waitFor(() => expect(said.at(-1)).toBe('11–15 of 15 rows'));
    const ranges = said.flatMap((text) => {
      const match = /^(\d+)–(\d+) of/.exec(text);
      return match ? [[Number(match[1]), Number(match[2])]] : [];
    });
    expect(ranges.every(([from = 0, to = 0]) => from <= to)).toBe(true);
  });

  it('moves a page past the end to the last page', async () => {
    const { currentLocation } = renderModule({ search: '?page=40&status=Disabled' });
    const disabled = mockBackend.db.listTokens().filter((t) => t.status === 'Disabled').length;
    const last = Math.ceil(disabled / 10);
    await waitFor(() =>
      expect(searchOf(currentLocation()).get('page')).toBe(last === 1 ? null : String(last)),
    );
    await findRows();
    expect(
      within(screen.getByRole('navigation', { name: 'Pagination' })).getByText(
        `${(last - 1) * 10 + 1}–${disabled} of ${disabled} rows`,
      ),
    ).toBeInTheDocument();
  });
});
