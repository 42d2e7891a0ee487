import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockBackend, server } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import {
  dataRows,
  findRows,
  grid,
  recordListRequests,
  searchOf,
  tokensNewestFirst,
  visibleNames,
} from './grid-helpers';

afterEach(() => {
  server.events.removeAllListeners();
});

const collator = new Intl.Collator('en', { sensitivity: 'accent', numeric: true });
const header = (name: string) => within(grid()).getByRole('columnheader', { name });

describe('tokens grid: sorting', () => {
  it('sorts by a column header, toggling the direction, with aria-sort saying which', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();
    expect(header('Date created')).toHaveAttribute('aria-sort', 'descending');
    expect(header('API token')).toHaveAttribute('aria-sort', 'none');
    expect(header('Modules')).not.toHaveAttribute('aria-sort');

    await user.click(within(header('API token')).getByRole('button', { name: 'API token' }));
    await waitFor(() => expect(searchOf(currentLocation()).get('sort')).toBe('name'));
    const byName = mockBackend.db
      .listTokens()
      .map((t) => t.name)
      .sort(collator.compare);
    await waitFor(() => expect(visibleNames()).toEqual(byName.slice(0, 10)));
    expect(header('API token')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Date created')).toHaveAttribute('aria-sort', 'none');
    expect(requests.at(-1)?.searchParams.get('order')).toBe('name,id');

    await user.click(within(header('API token')).getByRole('button', { name: 'API token' }));
    await waitFor(() => expect(searchOf(currentLocation()).get('sort')).toBe('-name'));
    await waitFor(() => expect(visibleNames()).toEqual([...byName].reverse().slice(0, 10)));
    expect(header('API token')).toHaveAttribute('aria-sort', 'descending');

    // Dates start newest first; going back to the default sort leaves it out of the URL.
    await user.click(within(header('Last access')).getByRole('button', { name: 'Last access' }));
    await waitFor(() => expect(searchOf(currentLocation()).get('sort')).toBe('-lastAccess'));
    await waitFor(() => expect(requests.at(-1)?.searchParams.get('order')).toBe('-lastAccessAt,id'));
    await user.click(within(header('Date created')).getByRole('button', { name: 'Date created' }));
    await waitFor(() => expect(currentLocation()?.search).toBe(''));
  });

  it('counts a never-used token as the oldest by last access: last newest first, first oldest first', async () => {
    const never = mockBackend.db.listTokens().filter((t) => t.lastAccessAt === null).length;
    const total = mockBackend.db.tokenCount();
    expect(never).toBeGreaterThan(0);
    const neverUsedOnScreen = () =>
      dataRows().map((row) => row.querySelectorAll('td')[5]?.querySelector('time') === null);
    const { user } = renderModule({ search: '?sort=-lastAccess&size=100' });
    await waitFor(() => expect(visibleNames()).toHaveLength(total));
    expect(header('Last access')).toHaveAttribute('aria-sort', 'descending');
    expect(neverUsedOnScreen()).toEqual([
      ...Array<boolean>(total - never).fill(false),
      ...Array<boolean>(never).fill(true),
    ]);

    await user.click(within(header('Last access')).getByRole('button', { name: 'Last access' }));
    await waitFor(() => expect(header('Last access')).toHaveAttribute('aria-sort', 'ascending'));
    await waitFor(() =>
      expect(neverUsedOnScreen()).toEqual([
        ...Array<boolean>(never).fill(true),
        ...Array<boolean>(total - never).fill(false),
      ]),
    );
  });

  it('sorts from the Sort menu', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule({ search: '?page=3' });
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Sort' }));
    // Each set of choices is named by its heading, for a screen reader that meets a choice first.
    const sortBy = await screen.findByRole('group', { name: 'Sort by' });
    expect(within(sortBy).getAllByRole('menuitemradio').length).toBeGreaterThan(3);
    expect(
      within(screen.getByRole('group', { name: 'Order' }))
        .getAllByRole('menuitemradio')
        .map((item) => item.textContent),
    ).toEqual(['Ascending', 'Descending']);
    await user.click(within(sortBy).getByRole('menuitemradio', { name: 'Created by' }));
    await waitFor(() => expect(searchOf(currentLocation()).get('sort')).toBe('createdBy'));
    // A new order starts at the first page.
    await waitFor(() => expect(searchOf(currentLocation()).has('page')).toBe(false));
    await waitFor(() => expect(requests.at(-1)?.searchParams.get('order')).toBe('audit.created.by.name,id'));

    await user.click(screen.getByRole('button', { name: 'Sort' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Descending' }));
    await waitFor(() => expect(searchOf(currentLocation()).get('sort')).toBe('-createdBy'));
    await user.click(screen.getByRole('button', { name: 'Sort' }));
    expect(await screen.findByRole('menuitemradio', { name: 'Created by' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByRole('menuitemradio', { name: 'Descending' })).toHaveAttribute('aria-checked', 'true');
  });

  it('starts a date newest first when it is chosen from the Sort menu', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule({ search: '?sort=name' });
    await findRows();
    await user.click(screen.getByRole('button', { name: 'Sort' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Last access' }));
    await waitFor(() => expect(searchOf(currentLocation()).get('sort')).toBe('-lastAccess'));
    await waitFor(() => expect(requests.at(-1)?.searchParams.get('order')).toBe('-lastAccessAt,id'));
  });
});

describe('tokens grid: paging', () => {
  it('pages with Previous and Next and tells where it is', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule();
    await findRows();
    const all = tokensNewestFirst();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByText('1–10 of 60 rows')).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Previous' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(nav).getByRole('textbox', { name: 'Page number, of 6' })).toHaveValue('1');

    await user.click(within(nav).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(searchOf(currentLocation()).get('page')).toBe('2'));
    await waitFor(() => expect(visibleNames()).toEqual(all.slice(10, 20).map((t) => t.name)));
    expect(within(nav).getByText('11–20 of 60 rows')).toBeInTheDocument();
    expect(within(nav).getByRole('textbox', { name: 'Page number, of 6' })).toHaveValue('2');
    expect(requests.at(-1)?.searchParams.get('offset')).toBe('10');
    expect(requests.every((url) => Number(url.searchParams.get('limit')) <= 100)).toBe(true);

    await user.click(within(nav).getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(currentLocation()?.search).toBe(''));
  });

  it('tells a screen reader which rows it shows once they are in: after the first load, a page, a filter', async () => {
    const { user } = renderModule();
    await findRows();
    // One polite voice for the rows: the count beside the toolbar does not say it a second time.
    const status = screen.getByRole('status', { name: '' });
    expect(status).toHaveTextContent('1–10 of 60 rows');
    expect(screen.getByText('60 rows')).not.toHaveAttribute('aria-live');

    // The total does not change with the page: only the range says that anything happened.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(status).toHaveTextContent('11–20 of 60 rows'));

    await user.click(screen.getByRole('radio', { name: 'Disabled' }));
    await waitFor(() => expect(status).toHaveTextContent('1–10 of 15 rows'));

    // Nothing matches: the count, not a range from 0 to 0.
    await user.type(screen.getByRole('textbox', { name: 'Search by name or ID' }), 'no such token{Enter}');
    await waitFor(() => expect(status).toHaveTextContent(/^0 rows$/));
  });

  it('says the rows again after a sort, though the range it says is the same', async () => {
    const { user, currentLocation } = renderModule();
    await findRows();
    const status = screen.getByRole('status', { name: '' });
    expect(status).toHaveTextContent('1–10 of 60 rows');
    // A live region speaks what is added to it: record what is, from here on.
    const said: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (node.textContent) said.push(node.textContent);
      if (records.some((record) => record.type === 'characterData')) said.push(status.textContent ?? '');
    });
    observer.observe(status, { childList: true, subtree: true, characterData: true });
    try {
      await user.click(within(header('API token')).getByRole('button', { name: 'API token' }));
      await waitFor(() => expect(searchOf(currentLocation()).get('sort')).toBe('name'));
      await waitFor(() => expect(said.at(-1)).toBe('1–10 of 60 rows'));
    } finally {
      observer.disconnect();
    }
  });

  it('goes to a typed page on Enter or blur, clamped to the pages there are', async () => {
    const { user, currentLocation } = renderModule();
    await findRows();
    const all = tokensNewestFirst();
    const box = screen.getByRole('textbox', { name: 'Page number, of 6' });

    await user.clear(box);
    await user.type(box, '4{Enter}');
    await waitFor(() => expect(searchOf(currentLocation()).get('page')).toBe('4'));
    await waitFor(() => expect(visibleNames()).toEqual(all.slice(30, 40).map((t) => t.name)));

    await user.clear(box);
    await user.type(box, '99{Enter}');
    await waitFor(() => expect(searchOf(currentLocation()).get('page')).toBe('6'));
    expect(box).toHaveValue('6');
    await waitFor(() =>
      expect(
        within(screen.getByRole('navigation', { name: 'Pagination' })).getByText('51–60 of 60 rows'),
      ).toBeInTheDocument(),
    );
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');

    await user.clear(box);
    await user.type(box, '2');
    await user.tab();
    await waitFor(() => expect(searchOf(currentLocation()).get('page')).toBe('2'));

    // Letters are not a page: nothing happens and the box shows the current page again.
    await user.clear(box);
    await user.type(box, 'x{Enter}');
    expect(box).toHaveValue('2');
    await waitFor(() => expect(searchOf(currentLocation()).get('page')).toBe('2'));
  });

  it('changes rows per page and starts again at the first page', async () => {
    const requests = recordListRequests();
    const { user, currentLocation } = renderModule({ search: '?page=3' });
    await findRows();
    const sizes = screen.getByRole('combobox', { name: 'Rows per page' });
    expect(
      within(sizes)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['10', '25', '50', '100']);

    await user.selectOptions(sizes, '25');
    await waitFor(() => expect(searchOf(currentLocation()).get('size')).toBe('25'));
    await waitFor(() => expect(searchOf(currentLocation()).has('page')).toBe(false));
    await waitFor(() => expect(visibleNames()).toHaveLength(25));
    expect(
      within(screen.getByRole('navigation', { name: 'Pagination' })).getByText('1–25 of 60 rows'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Page number, of 3' })).toHaveValue('1');
    expect(requests.at(-1)?.searchParams.get('limit')).toBe('25');

    await user.selectOptions(sizes, '100');
    await waitFor(() => expect(visibleNames()).toHaveLength(60));
    expect(
      within(screen.getByRole('navigation', { name: 'Pagination' })).getByText('1–60 of 60 rows'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
  });
});
