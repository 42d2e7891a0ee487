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
