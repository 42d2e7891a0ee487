import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import { findRows } from './grid-helpers';

// Moving between the module's pages: the link the user followed goes with the page it was on, so the new page's
// heading takes focus rather than leaving it on nothing (the document). The page the user arrived on keeps it.

const gridHeading = () => screen.getByRole('heading', { name: 'API tokens', level: 1 });

describe('focus when moving between pages', () => {
  it("opening a token focuses its page's heading; back to the grid focuses the grid's; the first page takes none", async () => {
    const { user } = renderModule();
    await findRows();
    // Where the user arrived: nothing is taken from the browser.
    expect(gridHeading()).not.toHaveFocus();

    const [row] = await findRows();
    const link = within(row as HTMLElement).getAllByRole('link')[0] as HTMLElement;
    const name = link.textContent ?? '';
    link.focus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name, level: 1 });
    await waitFor(() => expect(heading).toHaveFocus());

    await user.click(screen.getByRole('link', { name: 'Back to API tokens' }));
    await findRows();
    await waitFor(() => expect(gridHeading()).toHaveFocus());
  });

  it('after deleting a token from its page, the grid it returns to has focus on its heading', async () => {
    const token = mockBackend.db.listTokens().find((t) => t.status === 'Disabled');
    if (!token?.id || !token.name) throw new Error('seed');
    const { user } = renderModule({ path: `/${token.id}` });
    expect(await screen.findByRole('heading', { name: token.name, level: 1 })).not.toHaveFocus();
    await user.click(await screen.findByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete API token?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    await findRows();
    await waitFor(() => expect(gridHeading()).toHaveFocus());
  });
});
