import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { COLUMN_VISIBILITY_STORAGE_KEY } from '../../../src/features/api-tokens/hooks/use-column-visibility';
import { renderModule } from '../../support/render-module';
import { findRows, grid } from './grid-helpers';

afterEach(() => window.localStorage.clear());

const headers = () =>
  within(grid())
    .getAllByRole('columnheader')
    .map((th) => th.textContent);

describe('tokens grid: columns menu', () => {
  it('hides and shows columns, remembers the choice across visits and resets it', async () => {
    const first = renderModule();
    await findRows();
    await first.user.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = await screen.findByRole('menu', { name: 'Columns' });
    expect(
      within(within(menu).getByRole('group', { name: 'Show columns' }))
        .getAllByRole('menuitemcheckbox')
        .map((item) => item.textContent),
    ).toEqual(['Modules', 'Created by', 'Date created', 'Last access', 'Status']);
    await first.user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Modules' }));
    await first.user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Last access' }));
    // The menu stays open so several columns can be toggled at once.
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'Modules' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    await first.user.keyboard('{Escape}');
    expect(headers()).toEqual(['', 'API token', 'Created by', 'Date created', 'Status', 'Actions']);
    expect(JSON.parse(window.localStorage.getItem(COLUMN_VISIBILITY_STORAGE_KEY) ?? 'null')).toEqual({
      hidden: ['modules', 'lastAccess'],
    });
    first.unmount();

    const second = renderModule();
    await findRows();
    expect(headers()).toEqual(['', 'API token', 'Created by', 'Date created', 'Status', 'Actions']);
    await second.user.click(screen.getByRole('button', { name: 'Columns' }));
    await second.user.click(await screen.findByRole('menuitem', { name: 'Reset columns' }));
    expect(headers()).toEqual([
      '',
      'API token',
      'Modules',
      'Created by',
      'Date created',
      'Last access',
      'Status',
      'Actions',
    ]);
    expect(window.localStorage.getItem(COLUMN_VISIBILITY_STORAGE_KEY)).toBeNull();
  });

  it('keeps the column choice when the view is reset', async () => {
    const stored = JSON.stringify({ hidden: ['status'] });
    window.localStorage.setItem(COLUMN_VISIBILITY_STORAGE_KEY, stored);
    const { user, currentLocation } = renderModule({ search: '?status=Active' });
    await findRows();
    expect(headers()).not.toContain('Status');
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    await waitFor(() => expect(currentLocation()?.search).toBe(''));
    expect(headers()).not.toContain('Status');
    expect(window.localStorage.getItem(COLUMN_VISIBILITY_STORAGE_KEY)).toBe(stored);
  });

  it('ignores stored values it does not understand', async () => {
    window.localStorage.setItem(COLUMN_VISIBILITY_STORAGE_KEY, '{"hidden":"everything"');
    const first = renderModule();
    await findRows();
    expect(headers()).toHaveLength(8);
    first.unmount();

    // The name, selection and actions columns cannot be hidden, whatever storage says.
    window.localStorage.setItem(
      COLUMN_VISIBILITY_STORAGE_KEY,
      JSON.stringify({ hidden: ['token', 'actions', 'select', 'createdBy'] }),
    );
    renderModule();
    await findRows();
    expect(headers()).toEqual([
      '',
      'API token',
      'Modules',
      'Date created',
      'Last access',
      'Status',
      'Actions',
    ]);
  });
});
