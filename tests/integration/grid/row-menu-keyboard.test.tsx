import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderModule } from '../../support/render-module';
import { findRowMenuButton, firstPageTokens } from '../actions/action-helpers';

async function expectFirstItemFocused() {
  const menu = await screen.findByRole('menu');
  const [first] = await within(menu).findAllByRole('menuitem');
  await waitFor(() => expect(first).toHaveFocus());
  expect(first).toHaveAccessibleName('Edit');
}

describe('a row menu opened from the keyboard', () => {
  // A row's menu is drawn only once it is first opened, so each row's first open is the one at stake.
  it.each([
    ['Enter', '{Enter}'],
    ['Space', ' '],
    ['ArrowDown', '{ArrowDown}'],
  ])('focuses its first item on its first open, as later, with %s', async (_, key) => {
    const token = firstPageTokens().find((t) => t.status === 'Active')!;
    const { user } = renderModule();
    const button = await findRowMenuButton(token.name);
    act(() => button.focus());

    await user.keyboard(key);
    await expectFirstItemFocused();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    const again = await findRowMenuButton(token.name);
    await waitFor(() => expect(again).toHaveFocus());
    await user.keyboard(key);
    await expectFirstItemFocused();
  });
});

describe('Tab in an open row menu', () => {
  it.each([
    ['Tab', '{Tab}', '{Shift>}{Tab}{/Shift}'],
    ['Shift+Tab', '{Shift>}{Tab}{/Shift}', '{Tab}'],
  ])('%s closes the menu and moves focus on as it would from the menu button', async (_, tab, back) => {
    const token = firstPageTokens().find((t) => t.status === 'Active')!;
    const { user } = renderModule();
    const button = await findRowMenuButton(token.name);
    // Where the key leads from the button itself, with no menu open.
    act(() => button.focus());
    await user.keyboard(tab);
    const next = document.activeElement;
    expect(next).not.toBe(button);
    expect(next).not.toBe(document.body);
    await user.keyboard(back);
    expect(button).toHaveFocus();

    await user.keyboard('{Enter}');
    await expectFirstItemFocused();
    await user.keyboard(tab);
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    // A closing menu hands focus back after a task (Radix's focus scope); it must not take it back from there.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(next).toHaveFocus();
  });
});
