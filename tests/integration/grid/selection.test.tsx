import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderModule } from '../../support/render-module';
import { findRows, visibleNames } from './grid-helpers';

const selectionBar = () => screen.queryByRole('region', { name: 'Selected tokens' });
const rowBox = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });

describe('tokens grid: row selection', () => {
  it('selects rows one by one or the whole page', async () => {
    const { user } = renderModule();
    await findRows();
    const [a, b] = visibleNames() as [string, string];
    const all = screen.getByRole('checkbox', { name: 'Select all on this page' });
    expect(selectionBar()).not.toBeInTheDocument();

    await user.click(rowBox(a));
    await user.click(rowBox(b));
    expect(within(selectionBar() as HTMLElement).getByText('2 selected')).toBeInTheDocument();
    expect(all).toHaveProperty('indeterminate', true);

    await user.click(all);
    expect(within(selectionBar() as HTMLElement).getByText('10 selected')).toBeInTheDocument();
    expect(all).toBeChecked();
    await user.click(within(selectionBar() as HTMLElement).getByRole('button', { name: 'Clear selection' }));
    expect(selectionBar()).not.toBeInTheDocument();
    expect(rowBox(a)).not.toBeChecked();
  });

  it.each([
    [
      'status filter',
      async (user: ReturnType<typeof renderModule>['user']) =>
        user.click(screen.getByRole('radio', { name: 'Active' })),
    ],
    [
      'page',
      async (user: ReturnType<typeof renderModule>['user']) =>
        user.click(screen.getByRole('button', { name: 'Next' })),
    ],
    [
      'page size',
      async (user: ReturnType<typeof renderModule>['user']) =>
        user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '25'),
    ],
    [
      'sort',
      async (user: ReturnType<typeof renderModule>['user']) =>
        user.click(screen.getByRole('button', { name: 'API token' })),
    ],
    [
      'search',
      async (user: ReturnType<typeof renderModule>['user']) =>
        user.type(screen.getByRole('textbox', { name: 'Search by name or ID' }), 'a{Enter}'),
    ],
  ])('clears the selection when the %s changes', async (_what, change) => {
    const { user } = renderModule();
    await findRows();
    const [a] = visibleNames() as [string];
    await user.click(rowBox(a));
    expect(selectionBar()).toBeInTheDocument();

    await change(user);
    // Once the new view is on screen: until its rows are in (a moment at most), the rows selected are still shown.
    await waitFor(() => expect(selectionBar()).not.toBeInTheDocument());
    await waitFor(() => expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0));
  });

  it('does not bring a dropped selection back when the view returns to where it was made', async () => {
    const { user, currentLocation } = renderModule();
    await findRows();
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }));
    await user.click(
      within(selectionBar() as HTMLElement).getByRole('button', { name: 'Select all 60 matching tokens' }),
    );
    expect(
      within(selectionBar() as HTMLElement).getByText('All 60 matching tokens selected'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(new URLSearchParams(currentLocation()?.search).get('page')).toBe('2'));
    await waitFor(() => expect(selectionBar()).not.toBeInTheDocument());

    // Back on the page it was made on, the selection stays gone: a bulk action must not reach tokens the admin
    // saw dropped.
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(currentLocation()?.search).toBe(''));
    await waitFor(() => expect(visibleNames()).toHaveLength(10));
    expect(selectionBar()).not.toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
  });

  it('hands the selected tokens to the bulk actions and clears the selection when done', async () => {
    const { user } = renderModule({ search: '?status=Active' });
    await findRows();
    const [a, b] = visibleNames() as [string, string];
    await user.click(rowBox(a));
    await user.click(rowBox(b));

    await user.click(within(selectionBar() as HTMLElement).getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Disable 2 tokens?' });
    expect(dialog).toHaveTextContent(a);
    expect(dialog).toHaveTextContent(b);
    await user.click(within(dialog).getByRole('button', { name: 'Disable 2 tokens' }));
    await waitFor(() => expect(selectionBar()).not.toBeInTheDocument());
    await waitFor(() => expect(visibleNames()).not.toContain(a));
  });
});
