import { expect, test, type Page } from '@playwright/test';
import { dataRows, detailTab, GRID, notice, openGrid, rowByName, waitForRows } from './support/app';
import {
  arrowTo,
  expectAllButtonsNamed,
  expectFocusTrapped,
  expectFocusVisible,
  tabTo,
} from './support/keyboard';

// Every flow works with the keyboard alone. After page.goto the test never touches the mouse: it only
// presses keys, and reads the page to know where focus is.

function search(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

test('keyboard only: filter, open a token, switch tabs, go back, create, disable, enable and delete', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openGrid(page);
  await expectAllButtonsNamed(page, 'grid');

  // Filter by status: Tab reaches the checked radio, an arrow key picks the next one.
  await tabTo(page, page.getByRole('radio', { name: 'All' }));
  await expectFocusVisible(page, 'status filter');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Active' })).toBeChecked();
  await expect.poll(() => search(page).get('status')).toBe('Active');
  await waitForRows(page);

  // Search for a word of the first Active token's name.
  const firstName = ((await dataRows(page).first().getByRole('link').first().textContent()) ?? '').trim();
  const word = firstName.split(/\s+/)[0] ?? firstName;
  const searchBox = page.getByRole('textbox', { name: 'Search by name or ID' });
  await tabTo(page, searchBox);
  await expectFocusVisible(page, 'search box');
  await page.keyboard.type(word);
  await expect.poll(() => search(page).get('q')).toBe(word);
  await waitForRows(page);
  const gridUrl = page.url();

  // Open the first match.
  const link = dataRows(page).first().getByRole('link').first();
  const name = ((await link.textContent()) ?? '').trim();
  await tabTo(page, link);
  await expectFocusVisible(page, 'token link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectAllButtonsNamed(page, 'detail');

  // Tabs follow the arrow keys (WAI-ARIA tabs, automatic activation).
  await tabTo(page, detailTab(page, 'General'));
  await expectFocusVisible(page, 'General tab');
  await page.keyboard.press('ArrowRight');
  await expect(detailTab(page, 'Modules')).toBeFocused();
  await expect(detailTab(page, 'Modules')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\/modules$/);
  await page.keyboard.press('ArrowRight');
  await expect(detailTab(page, 'Details')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(detailTab(page, 'Activity')).toBeFocused();
  await expect(page).toHaveURL(/\/activity$/);
  await expectFocusVisible(page, 'Activity tab');
  await page.keyboard.press('ArrowLeft');
  await expect(detailTab(page, 'Audit trail')).toBeFocused();
  await expect(page).toHaveURL(/\/audit-trail$/);

  // Back to the grid, same view.
  await tabTo(page, page.getByRole('link', { name: 'Back to API tokens' }).first(), { backwards: true });
  await expectFocusVisible(page, 'back link');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.url()).toBe(gridUrl);
  await waitForRows(page);

  // Create a token through the whole wizard.
  const addLink = page.getByRole('link', { name: 'Add', exact: true });
  await tabTo(page, addLink, { backwards: true });
  await expectFocusVisible(page, 'Add link');
  await page.keyboard.press('Enter');
  const wizard = page.getByRole('dialog', { name: 'Add API token' });
  await expect(wizard).toBeVisible();
  await expectFocusTrapped(page, wizard);
  await expectAllButtonsNamed(page, 'wizard');

  const newName = `Keyboard robot ${Date.now().toString(36)}`;
  await tabTo(page, wizard.getByRole('textbox', { name: 'API token name' }));
  await expectFocusVisible(page, 'name field');
  await page.keyboard.type(newName);
  await tabTo(page, wizard.getByRole('button', { name: 'Next' }));
  await expectFocusVisible(page, 'Next');
  await page.keyboard.press('Enter');

  const billing = wizard.getByRole('checkbox', { name: 'Billing' });
  await tabTo(page, billing);
  await expectFocusVisible(page, 'module checkbox');
  await page.keyboard.press('Space');
  await expect(billing).toBeChecked();
  await tabTo(page, wizard.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  await expect(wizard.getByRole('region', { name: 'General' })).toContainText(newName);
  await tabTo(page, wizard.getByRole('button', { name: 'Add', exact: true }));
  await expectFocusVisible(page, 'Add button');
  await page.keyboard.press('Enter');

  await expect(wizard.getByRole('heading', { name: /API token added/ })).toBeVisible();
  await expect(wizard.getByRole('textbox', { name: 'API token' })).toHaveValue(/^idt:TKN-/);
  await expectFocusTrapped(page, wizard);
  await tabTo(page, wizard.getByRole('button', { name: 'Close', exact: true }).last());
  await expectFocusVisible(page, 'Close');
  await page.keyboard.press('Enter');
  // Not copied: Close asks first, with the way back focused; the next Tab reaches "Close anyway".
  const confirm = page.getByRole('alertdialog', { name: 'Close without copying the API token?' });
  await expect(confirm.getByRole('button', { name: 'Back to the summary' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Close anyway' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(wizard).toBeHidden();
  // Focus goes back to what opened the wizard.
  await expect(addLink).toBeFocused();

  // Clear the search, show every status: the new token is the newest, so it heads the first page.
  await tabTo(page, searchBox);
  await page.keyboard.press('Escape');
  await expect(searchBox).toHaveValue('');
  await expect.poll(() => search(page).has('q')).toBe(false);
  await tabTo(page, page.getByRole('radio', { name: 'Active' }), { backwards: true });
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
  await expect.poll(() => search(page).has('status')).toBe(false);
  await waitForRows(page);
  await expect(dataRows(page).first().getByRole('link', { name: newName, exact: true })).toBeVisible();
  const row = rowByName(page, newName);
  const trigger = row.getByRole('button', { name: `Actions for ${newName}` });

  // Disable: first cancel with Escape (focus returns to the row menu button), then confirm.
  await tabTo(page, trigger);
  await expectFocusVisible(page, 'row menu button');
  await page.keyboard.press('Enter');
  // The row's first open, whose menu is drawn by that key press: its first item has focus, as on any later open.
  await expect(page.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
  const disableItem = page.getByRole('menuitem', { name: 'Disable' });
  await arrowTo(page, disableItem);
  await expectFocusVisible(page, 'menu item');
  await page.keyboard.press('Enter');
  const disable = page.getByRole('alertdialog', { name: 'Disable API token?' });
  await expect(disable.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectFocusVisible(page, 'Cancel in confirmation');
  await expectFocusTrapped(page, disable, 6);
  await page.keyboard.press('Escape');
  await expect(disable).toBeHidden();
  await expect(trigger).toBeFocused();

  await page.keyboard.press('Enter');
  await arrowTo(page, disableItem);
  await page.keyboard.press('Enter');
  await tabTo(page, disable.getByRole('button', { name: 'Disable token' }));
  await expectFocusVisible(page, 'Disable token');
  await page.keyboard.press('Enter');
  await expect(disable).toBeHidden();
  await expect(notice(page, `API token “${newName}” disabled.`)).toBeVisible();
  await expect(row.getByText('Disabled', { exact: true })).toBeVisible();
  await expect(trigger).toBeFocused();

  // Enable.
  await page.keyboard.press('Enter');
  await arrowTo(page, page.getByRole('menuitem', { name: 'Enable' }));
  await page.keyboard.press('Enter');
  const enable = page.getByRole('alertdialog', { name: 'Enable API token?' });
  await tabTo(page, enable.getByRole('button', { name: 'Enable token' }));
  await page.keyboard.press('Enter');
  await expect(enable).toBeHidden();
  await expect(notice(page, `API token “${newName}” enabled.`)).toBeVisible();
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  await expect(trigger).toBeFocused();

  // Delete.
  await page.keyboard.press('Enter');
  await arrowTo(page, page.getByRole('menuitem', { name: 'Delete' }));
  await page.keyboard.press('Enter');
  const remove = page.getByRole('alertdialog', { name: 'Delete API token?' });
  await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAllButtonsNamed(page, 'delete confirmation');
  await tabTo(page, remove.getByRole('button', { name: 'Delete token' }));
  await page.keyboard.press('Enter');
  await expect(remove).toBeHidden();
  await expect(notice(page, `API token “${newName}” deleted.`)).toBeVisible();
  await expect(row).toHaveCount(0);
  // Its menu button went with the row; focus stays in the grid rather than falling to the page body.
  await expect(page.getByRole('region', { name: 'API tokens table' })).toBeFocused();
  await expectFocusVisible(page, 'table after delete');
});

test('keyboard only: the Edit dialog traps focus and gives it back to the row menu button', async ({
  page,
}) => {
  await openGrid(page, `?status=Active`);
  const name = ((await dataRows(page).first().getByRole('link').first().textContent()) ?? '').trim();
  const trigger = rowByName(page, name).getByRole('button', { name: `Actions for ${name}` });
  await tabTo(page, trigger);
  await page.keyboard.press('Enter');
  await arrowTo(page, page.getByRole('menuitem', { name: 'Edit' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Edit API token' });
  await expect(dialog.getByRole('textbox', { name: 'API token name' })).toHaveValue(name);
  await expectAllButtonsNamed(page, 'edit dialog');
  await expectFocusTrapped(page, dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await expectFocusVisible(page, 'row menu button after Edit');
});

test('keyboard only: Tab in an open menu closes it and moves on as it would from the menu button', async ({
  page,
}) => {
  await openGrid(page, `?status=Active`);
  const name = ((await dataRows(page).first().getByRole('link').first().textContent()) ?? '').trim();
  const trigger = rowByName(page, name).getByRole('button', { name: `Actions for ${name}` });
  const focused = () => page.evaluateHandle(() => document.activeElement);
  const stillFocused = (element: Awaited<ReturnType<typeof focused>>) =>
    page.evaluate((el) => el === document.activeElement, element);

  for (const [key, back] of [
    ['Tab', 'Shift+Tab'],
    ['Shift+Tab', 'Tab'],
  ] as const) {
    // Where the key leads from the button itself, with no menu open.
    await tabTo(page, trigger);
    await page.keyboard.press(key);
    const next = await focused();
    expect(await stillFocused(await trigger.elementHandle())).toBe(false);
    await page.keyboard.press(back);
    await expect(trigger).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
    await page.keyboard.press(key);
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect.poll(() => stillFocused(next)).toBe(true);
    await expectFocusVisible(page, `after ${key} in the menu`);
  }
});

test('keyboard only: the filter panel opens from its button and gives focus back on Escape', async ({
  page,
}) => {
  await page.goto(GRID);
  await waitForRows(page);
  const filter = page.getByRole('button', { name: 'Filter', exact: true });
  await tabTo(page, filter);
  await expectFocusVisible(page, 'Filter button');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Filters' });
  await expect(panel).toBeVisible();
  await expectAllButtonsNamed(page, 'filter panel');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(filter).toBeFocused();
});

test('keyboard only: typing straight after Escape clears the search keeps every keystroke', async ({
  page,
}) => {
  await openGrid(page, '?status=Active&q=Slack');
  const searchBox = page.getByRole('textbox', { name: 'Search by name or ID' });
  await tabTo(page, page.getByRole('radio', { name: 'Active' }));
  await page.keyboard.press('ArrowLeft');
  await tabTo(page, searchBox);
  await page.keyboard.press('Escape');
  await page.keyboard.type('Billing export robot');
  await expect(searchBox).toHaveValue('Billing export robot');
  await expect.poll(() => search(page).get('q')).toBe('Billing export robot');
  await expect(searchBox).toHaveValue('Billing export robot');
});
