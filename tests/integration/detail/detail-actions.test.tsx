import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import { seededToken } from './support';

const GRID_VIEW = '?status=Disabled&page=2';

/** Opens a token from a grid showing GRID_VIEW, as a user would: by its name link. */
async function openTokenFromGrid() {
  const rendered = renderModule({ path: '', search: GRID_VIEW });
  const link = await waitFor(() => {
    const found = screen
      .getAllByRole('link')
      .find((a) => /\/TKN-\d{4}-\d{4}$/.test(a.getAttribute('href') ?? ''));
    if (!found) throw new Error('no token link in the grid yet');
    return found;
  });
  const tokenId = (link.getAttribute('href') ?? '').split('/').pop() as string;
  const gridSearch = rendered.currentLocation()?.search;
  await rendered.user.click(link);
  const token = mockBackend.db.getToken(tokenId);
  await screen.findByRole('heading', { level: 1, name: token?.name });
  return { ...rendered, tokenId, gridSearch };
}

describe('token detail header actions', () => {
  it('goes back to the grid with the view it was opened from', async () => {
    const { user, currentLocation, gridSearch, tokenId } = await openTokenFromGrid();
    expect(gridSearch).toContain('status=Disabled');
    await waitFor(() =>
      expect(currentLocation()?.pathname).toBe(`/portal/settings/api-tokens/${tokenId}/general`),
    );

    // Moving between tabs keeps the way back.
    await user.click(screen.getByRole('tab', { name: 'Details' }));
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Back to API tokens' }));
    expect(currentLocation()?.pathname).toBe('/portal/settings/api-tokens');
    expect(currentLocation()?.search).toBe(gridSearch);
  });

  it('leads with Enable for a disabled token (Edit in the menu) and with Edit for an active one', async () => {
    const disabled = seededToken((t) => t.status === 'Disabled');
    const { user, unmount } = renderModule({ path: `/${disabled.id}/general` });
    await screen.findByRole('heading', { level: 1, name: disabled.name });
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Enable' })).toBeInTheDocument();
    expect(screen.getByText('This token is disabled.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    let menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Edit', 'Duplicate', 'Rotate…', 'Delete']);
    // Edit is still one click away, in the menu.
    await user.click(within(menu).getByRole('menuitem', { name: 'Edit' }));
    expect(
      await screen.findByRole('dialog', { name: /Edit API token/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.keyboard('{Escape}');
    unmount();

    const active = seededToken((t) => t.status === 'Active');
    const second = renderModule({ path: `/${active.id}/general` });
    await screen.findByRole('heading', { level: 1, name: active.name });
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).queryByRole('button', { name: 'Enable' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText('This token is disabled.')).not.toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: 'More actions' }));
    menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Duplicate', 'Rotate…', 'Disable', 'Delete']);
  });

  it('disables the token after confirmation and shows the new status', async () => {
    const token = seededToken((t) => t.status === 'Active');
    const { user } = renderModule({ path: `/${token.id}/general` });
    await screen.findByRole('heading', { level: 1, name: token.name });
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Disable' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(token.id);
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    await waitFor(() => expect(within(screen.getByRole('banner')).getByText('Disabled')).toBeInTheDocument());
    await waitFor(() => expect(mockBackend.db.getToken(token.id)?.status).toBe('Disabled'));
  });

  it('lands on the grid, with its view, after deleting the token', async () => {
    const { user, currentLocation, gridSearch, tokenId } = await openTokenFromGrid();
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    await waitFor(() => expect(currentLocation()?.pathname).toBe('/portal/settings/api-tokens'));
    expect(currentLocation()?.search).toBe(gridSearch);
    expect(mockBackend.db.getToken(tokenId)).toBeUndefined();
  });

  it('keeps Back after a delete off "Token not found", however many of the token’s tabs were visited', async () => {
    const { user, currentLocation, gridSearch, goBack } = await openTokenFromGrid();
    const tabs = screen.getByRole('tablist', { name: 'API token sections' });
    await user.click(within(tabs).getByRole('tab', { name: 'Modules' }));
    await user.click(within(tabs).getByRole('tab', { name: 'Activity' }));
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    await waitFor(() => expect(currentLocation()?.pathname).toBe('/portal/settings/api-tokens'));

    // Back reaches the Modules tab's entry, then General's: each is the grid again, with its view.
    for (let step = 0; step < 2; step++) {
      await goBack();
      await waitFor(() => expect(currentLocation()?.pathname).toBe('/portal/settings/api-tokens'));
      expect(currentLocation()?.search).toBe(gridSearch);
      await screen.findByRole('heading', { level: 1, name: 'API tokens' });
      expect(screen.queryByRole('heading', { name: 'Token not found' })).not.toBeInTheDocument();
    }
  });

  it('hands focus to "Token not found" when the token was deleted elsewhere and the refused action closes', async () => {
    const token = seededToken((t) => t.status === 'Active');
    const { user } = renderModule({ path: `/${token.id}/general` });
    await screen.findByRole('heading', { level: 1, name: token.name });
    mockBackend.db.deleteToken(token.id);
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Disable' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    // The 404 reads the token again, and the page under the dialog becomes "not found", More actions with it.
    const notFound = await screen.findByRole('heading', { level: 1, name: 'Token not found' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(notFound).toHaveFocus());
  });

  it('opens the Add wizard prefilled from the token on Duplicate', async () => {
    const token = seededToken();
    const { user, currentLocation } = renderModule({ path: `/${token.id}/general` });
    await screen.findByRole('heading', { level: 1, name: token.name });
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Duplicate' }));
    await waitFor(() => expect(currentLocation()?.pathname).toBe('/portal/settings/api-tokens/new'));
    expect(new URLSearchParams(currentLocation()?.search).get('from')).toBe(token.id);
  });

  it('returns to the token’s page, on its tab, when the Duplicate wizard closes without adding', async () => {
    const { user, currentLocation, gridSearch, tokenId } = await openTokenFromGrid();
    const name = mockBackend.db.getToken(tokenId)?.name;
    const tabs = screen.getByRole('tablist', { name: 'API token sections' });
    await user.click(within(tabs).getByRole('tab', { name: 'Modules' }));
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Duplicate' }));
    // The lazy wizard loads, then the token it copies: the form comes after both.
    await screen.findByRole('textbox', { name: 'API token name' }, { timeout: 10_000 });
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));

    await waitFor(() =>
      expect(currentLocation()?.pathname).toBe(`/portal/settings/api-tokens/${tokenId}/modules`),
    );
    await screen.findByRole('heading', { level: 1, name });
    // The page still knows the grid's view it was opened from.
    await user.click(screen.getByRole('link', { name: 'Back to API tokens' }));
    await waitFor(() => expect(currentLocation()?.pathname).toBe('/portal/settings/api-tokens'));
    expect(currentLocation()?.search).toBe(gridSearch);
  });

  it('opens the edit dialog from Edit', async () => {
    const token = seededToken();
    const { user } = renderModule({ path: `/${token.id}/general` });
    await screen.findByRole('heading', { level: 1, name: token.name });
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(await screen.findByRole('dialog', { name: /edit/i })).toBeInTheDocument();
  });
});
