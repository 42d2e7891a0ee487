// One order and grouping for a token's actions wherever they are offered (issue 22, Layout): what changes the
// token, then its state, then Delete, alone and last; the detail page leaves out its main button's action.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderModule } from '../../support/render-module';
import { findRowMenuButton, firstPageTokens } from './action-helpers';

const SEPARATOR = '—';

/** The open menu as the user meets it: item names in order, a dash for each separator. */
async function menuLayout() {
  const menu = await screen.findByRole('menu');
  await within(menu).findAllByRole('menuitem');
  return Array.from(menu.querySelectorAll('[role="menuitem"], [role="separator"]')).map((element) =>
    element.getAttribute('role') === 'separator' ? SEPARATOR : element.textContent,
  );
}

const ACTIVE_MENU = ['Edit', 'Duplicate', 'Rotate…', SEPARATOR, 'Disable', SEPARATOR, 'Delete'];
const DISABLED_MENU = ['Edit', 'Duplicate', 'Rotate…', SEPARATOR, 'Enable', SEPARATOR, 'Delete'];

describe('token menus: one order and grouping', () => {
  it('groups the row menu: change, state, then Delete last and apart', async () => {
    const active = firstPageTokens().find((token) => token.status === 'Active')!;
    const disabled = firstPageTokens().find((token) => token.status === 'Disabled')!;
    expect(active && disabled).toBeTruthy();
    const { user } = renderModule();

    await user.click(await findRowMenuButton(active.name));
    expect(await menuLayout()).toEqual(ACTIVE_MENU);
    const deleteItem = screen.getByRole('menuitem', { name: 'Delete' });
    await user.keyboard('{Escape}');

    await user.click(await findRowMenuButton(disabled.name));
    expect(await menuLayout()).toEqual(DISABLED_MENU);
    expect(deleteItem).not.toBeInTheDocument();
  });

  it('offers the detail page’s menu in the same order, without the main button’s action', async () => {
    const active = firstPageTokens().find((token) => token.status === 'Active')!;
    const first = renderModule({ path: `/${active.id}/general` });
    await screen.findByRole('heading', { level: 1, name: active.name });
    await first.user.click(screen.getByRole('button', { name: 'More actions' }));
    // Edit is the page's main button.
    expect(await menuLayout()).toEqual(ACTIVE_MENU.filter((item) => item !== 'Edit'));
    first.unmount();

    const disabled = firstPageTokens().find((token) => token.status === 'Disabled')!;
    const second = renderModule({ path: `/${disabled.id}/general` });
    await screen.findByRole('heading', { level: 1, name: disabled.name });
    await second.user.click(screen.getByRole('button', { name: 'More actions' }));
    // Enable is the page's main button; its group goes with it.
    expect(await menuLayout()).toEqual(['Edit', 'Duplicate', 'Rotate…', SEPARATOR, 'Delete']);
  });
});
