// The address shows the view on screen: values the grid does not take are replaced by those it falls back to.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderModule } from '../../support/render-module';
import { findRows } from './grid-helpers';

describe('tokens grid: the address and the view', () => {
  it('replaces values it does not take with the view it shows', async () => {
    const { currentLocation } = renderModule({
      search: '?page=0&size=7&sort=bogus&status=disabled&lastAccess=soon&module=MOD-1756,x',
    });
    await findRows();
    // Lower-case `disabled` is read as Disabled; the rest falls back to the default, which the address omits.
    await waitFor(() => expect(currentLocation()?.search).toBe('?status=Disabled&module=MOD-1756'));
    expect(screen.getByRole('radio', { name: 'Disabled' })).toBeChecked();
  });

  it('cuts a search past its length as the search box does', async () => {
    const long = 'a'.repeat(120);
    const { currentLocation } = renderModule({ search: `?q=${long}` });
    await waitFor(() => expect(currentLocation()?.search).toBe(`?q=${'a'.repeat(100)}`));
    expect(screen.getByRole('textbox', { name: 'Search by name or ID' })).toHaveValue('a'.repeat(100));
  });

  it('leaves an address it takes as it is, parameters of its host and their order too', async () => {
    const { currentLocation } = renderModule({ search: '?tab=keys&size=25&status=Active' });
    await findRows();
    expect(screen.getByRole('radio', { name: 'Active' })).toBeChecked();
    // The rows come after the first render's effects, where a replace would have been sent.
    expect(currentLocation()?.search).toBe('?tab=keys&size=25&status=Active');
  });

  it('takes a page past the last that can be as past the end: the last page of rows', async () => {
    const { currentLocation } = renderModule({ search: '?page=1000001' });
    await findRows();
    await waitFor(() => expect(currentLocation()?.search).toBe('?page=6'));
    // The pager's range, and the status that reads it out.
    expect(screen.getAllByText('51–60 of 60 rows').length).toBeGreaterThan(0);
  });
});
