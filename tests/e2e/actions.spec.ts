import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  activeRowNames,
  dataRows,
  notice,
  notificationItem,
  openGrid,
  pickRowAction,
  rowByName,
} from './support/app';
import { box, overlaps } from './support/layout';

// Enable, disable and delete in the production build on the browser's mock API. The mock's data
// lives in the page, so each test starts from the seeded account and stays inside the app (no reloads).

test.describe('token actions', () => {
  test('disable from the grid, see it on its page, enable it from the page', async ({ page }) => {
    await openGrid(page);
    const [name = ''] = await activeRowNames(page, 1);
    const row = rowByName(page, name);

    await row.getByRole('button', { name: `Actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Disable API token?' });
    await expect(dialog).toContainText(`“${name}”`);
    await expect(dialog).toContainText('Integrations using it get errors until it is enabled again.');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    // Its status line, kept in place for what a write without an answer may have to say, takes no room yet.
    expect((await box(dialog.getByRole('status').locator('..'))).height).toBe(0);
    await dialog.getByRole('button', { name: 'Disable token' }).click();

    await expect(dialog).toBeHidden();
    await expect(notice(page, `API token “${name}” disabled.`)).toBeVisible();
    await expect(row.getByText('Disabled', { exact: true })).toBeVisible();

    await row.getByRole('link', { name, exact: true }).click();
    const heading = page.getByRole('heading', { name, level: 1 });
    await expect(heading).toBeVisible();
    const header = heading.locator('..');
    await expect(header.getByText('Disabled', { exact: true })).toBeVisible();

    // Disabled: the page says so and Enable is its main action.
    await expect(page.getByText('This token is disabled.')).toBeVisible();
    await page.getByRole('button', { name: 'More actions' }).click();
    await expect(page.getByRole('menuitem', { name: 'Disable' })).toHaveCount(0);
    await expect(page.getByRole('menuitem', { name: 'Edit' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Enable', exact: true }).click();
    const enable = page.getByRole('alertdialog', { name: 'Enable API token?' });
    await enable.getByRole('button', { name: 'Enable token' }).click();
    await expect(enable).toBeHidden();
    await expect(notice(page, `API token “${name}” enabled.`)).toBeVisible();
    await expect(header.getByText('Active', { exact: true })).toBeVisible();
  });

  test('delete a token from the row menu', async ({ page }) => {
    await openGrid(page);
    const total = page.getByText(/^\d+ rows$/).first();
    const before = Number((await total.textContent())?.split(' ')[0]);
    const name = (await dataRows(page).nth(1).getByRole('link').first().textContent())?.trim() ?? '';

    await pickRowAction(page, name, 'Delete');
    const dialog = page.getByRole('alertdialog', { name: 'Delete API token?' });
    await expect(dialog).toContainText('This cannot be undone');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Delete token' }).click();

    await expect(dialog).toBeHidden();
    await expect(notice(page, `API token “${name}” deleted.`)).toBeVisible();
    await expect(rowByName(page, name)).toHaveCount(0);
    await expect(total).toHaveText(`${before - 1} rows`);
  });

  test('bulk-disable three tokens', async ({ page }) => {
    await openGrid(page);
    const names = await activeRowNames(page, 3);
    for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}` }).check();

    const bar = page.getByRole('region', { name: 'Selected tokens' });
    await bar.getByRole('button', { name: 'Disable' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Disable 3 tokens?' });
    const list = dialog.getByRole('list', { name: 'Tokens this applies to' });
    for (const name of names) await expect(list).toContainText(name);
    await dialog.getByRole('button', { name: 'Disable 3 tokens' }).click();

    await expect(dialog).toBeHidden();
    await expect(notice(page, '3 tokens disabled')).toBeVisible();
    for (const name of names)
      await expect(rowByName(page, name).getByText('Disabled', { exact: true })).toBeVisible();
    await expect(bar).toBeHidden();
  });

  test('a bulk run that partly fails says how it went in the dialog, which stays open', async ({ page }) => {
    await openGrid(page);
    const names = await activeRowNames(page, 3);
    // Another client deletes one of them meanwhile (the mock answers the page's own requests).
    const goneId = (
      await rowByName(page, names[1] ?? '')
        .getByText(/^TKN-\d{4}-\d{4}$/)
        .first()
        .textContent()
    )?.trim();
    expect(goneId).toMatch(/^TKN-/);
    const status = await page.evaluate(
      async (id) =>
        (
          await fetch(`/public/v1/accounts/api-tokens/${id}`, {
            method: 'DELETE',
            headers: { Authorization: 'Bearer idt:TKN-0000-0001:another-client' },
          })
        ).status,
      goneId,
    );
    expect(status).toBe(204);

    await (await askToDisableSelected(page, names)).getByRole('button', { name: 'Disable 3 tokens' }).click();
    const result = page.getByRole('alertdialog', { name: '1 token could not be disabled' });
    await expect(result).toBeVisible();
    // Its status line, a live region, says it to a screen reader, whose focus stays on the dialog's buttons (the
    // failure's Copy button has a status of its own).
    await expect(result.getByRole('status').filter({ hasText: 'could not be disabled' })).toHaveText(
      /^1 token could not be disabled\. 2 tokens disabled\./,
    );
    await result.getByRole('button', { name: 'Close' }).click();
    for (const name of [names[0], names[2]])
      await expect(rowByName(page, name ?? '').getByText('Disabled', { exact: true })).toBeVisible();
  });

  test('a notification still showing when a dialog opens moves above it, covering none of its buttons', async ({
    page,
  }) => {
    // A short window: the bulk confirmation reaches down to where notifications show when no dialog is open.
    await page.setViewportSize({ width: 1280, height: 420 });
    await openGrid(page);
    const [disabled = '', ...names] = await activeRowNames(page, 4);
    await pickRowAction(page, disabled, 'Disable');
    await page
      .getByRole('alertdialog', { name: 'Disable API token?' })
      .getByRole('button', { name: 'Disable token' })
      .click();
    const message = `API token “${disabled}” disabled.`;
    await expect(notificationItem(page, message)).toBeVisible();

    const dialog = await askToDisableSelected(page, names);
    // Found by its element: the open dialog hides the rest of the page from the accessibility tree.
    const notification = page.locator('li').filter({ hasText: message });
    await expect(notification).toBeVisible();
    const notificationBox = await box(notification);
    const buttons = await dialog.getByRole('button').all();
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      expect(
        overlaps(await box(button), notificationBox),
        `the notification covers ${await button.textContent()}`,
      ).toBe(false);
    }
    // Closed, the dialog leaves the notification where it is seen without one: in its region, at the foot.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(notificationItem(page, message)).toBeVisible();
  });
});

/** Selects the rows of `names` and presses the selection's Disable: the confirmation, shown. */
async function askToDisableSelected(page: Page, names: string[]): Promise<Locator> {
  for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page
    .getByRole('region', { name: 'Selected tokens' })
    .getByRole('button', { name: 'Disable' })
    .click();
  const dialog = page.getByRole('alertdialog', { name: `Disable ${names.length} tokens?` });
  await expect(dialog).toBeVisible();
  return dialog;
}
