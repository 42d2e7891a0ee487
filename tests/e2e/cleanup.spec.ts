import { expect, test } from '@playwright/test';
import { GRID, dataRows, openGrid } from './support/app';
import { expectNoAxeViolations, settle, type ColorScheme } from './support/axe';
import { expectInViewport, expectNoSideScroll, keepScreenshot } from './support/layout';

// Cleaning up and reading a token's state at a glance, at a phone's and a desktop's width, light and dark:
// "Select all N matching" with its bulk confirmation, and a disabled token's page (banner, Enable first).

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1440, height: 900 },
] as const;
const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];
test.describe.configure({ timeout: 150_000 });

for (const viewport of VIEWPORTS) {
  for (const colorScheme of SCHEMES) {
    const label = `${viewport.width}px-${colorScheme}`;

    test.describe(`cleanup at ${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test('select all matching, then a bulk delete that lists status and last access', async ({
        page,
      }, testInfo) => {
        await openGrid(page, '?status=Active');
        const bar = page.getByRole('region', { name: 'Selected tokens' });
        await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
        await expect(bar.getByText('10 selected')).toBeVisible();
        const selectAll = bar.getByRole('button', { name: /^Select all \d+ matching tokens$/ });
        await expectInViewport(page, selectAll, 'Select all matching');
        const total = Number(((await selectAll.textContent()) ?? '').match(/\d+/)?.[0]);
        expect(total).toBeGreaterThan(10);
        await keepScreenshot(page, testInfo, `${label}-select-page`);
        await selectAll.click();
        await expect(bar.getByText(`All ${total} matching tokens selected`)).toBeVisible();
        await expectNoSideScroll(page, 'all matching selected');
        await settle(page);
        await keepScreenshot(page, testInfo, `${label}-select-all-matching`);
        await expectNoAxeViolations(page, `all matching selected ${label}`, { schemes: [colorScheme] });

        await bar.getByRole('button', { name: 'Delete' }).click();
        const dialog = page.getByRole('alertdialog', { name: `Delete ${total} tokens?` });
        await expect(dialog).toBeVisible();
        await expect(dialog).toContainText(`${total} of these tokens are still active.`);
        const items = dialog.getByRole('list', { name: 'Tokens this applies to' }).getByRole('listitem');
        await expect(items).toHaveCount(total);
        await expect(items.first()).toContainText('Active');
        await expect(items.first()).toContainText(/Last used|Never used/);
        await settle(page);
        await expectInViewport(page, dialog.getByRole('button', { name: 'Cancel' }), 'Cancel');
        await expectInViewport(
          page,
          dialog.getByRole('button', { name: `Delete ${total} tokens` }),
          'Delete',
        );
        await keepScreenshot(page, testInfo, `${label}-bulk-delete-all-matching`);
        await expectNoAxeViolations(page, `bulk delete ${label}`, { schemes: [colorScheme] });
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await expect(dialog).toBeHidden();
        await expect(bar.getByText(`All ${total} matching tokens selected`)).toBeVisible();
        // Back where the admin was, though the button was disabled while the tokens were read.
        await expect(bar.getByRole('button', { name: 'Delete' })).toBeFocused();
      });

      test('a disabled token: banner, Enable as the main action, last access at a glance', async ({
        page,
      }, testInfo) => {
        await openGrid(page, '?status=Disabled');
        await keepScreenshot(page, testInfo, `${label}-grid-disabled`);
        await dataRows(page).first().getByRole('link').first().click();
        // The page's header (the detail page sits inside the host's main, so it is no banner landmark).
        const header = page.locator('header').filter({ has: page.getByRole('heading', { level: 1 }) });
        await expect(page.getByText('This token is disabled.')).toBeVisible();
        const enable = header.getByRole('button', { name: 'Enable', exact: true });
        await expectInViewport(page, enable, 'Enable');
        await expect(header.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
        const summary = page.getByRole('region', { name: 'Summary' });
        await expect(summary).toContainText(/ago|Never used/);
        await expectNoSideScroll(page, 'disabled token page');
        await settle(page);
        await keepScreenshot(page, testInfo, `${label}-disabled-token`);
        await expectNoAxeViolations(page, `disabled token ${label}`, { schemes: [colorScheme] });

        await enable.click();
        const dialog = page.getByRole('alertdialog', { name: 'Enable API token?' });
        await dialog.getByRole('button', { name: 'Enable token' }).click();
        await expect(page.getByText('This token is disabled.')).toBeHidden();
        await expect(header.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();
        await keepScreenshot(page, testInfo, `${label}-enabled-token`);
        expect(new URL(page.url()).pathname.startsWith(GRID)).toBe(true);
      });
    });
  }
}

test('a bulk action done leaves focus in the grid, not at the top of the page', async ({ page }) => {
  await openGrid(page, '?status=Active');
  const rows = dataRows(page);
  for (const row of [rows.nth(0), rows.nth(1)]) await row.getByRole('checkbox').check();
  const bar = page.getByRole('region', { name: 'Selected tokens' });
  await bar.getByRole('button', { name: 'Disable' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: 'Disable 2 tokens?' });
  await dialog.getByRole('button', { name: 'Disable 2 tokens' }).focus();
  await page.keyboard.press('Enter');
  await expect(bar).toBeHidden();
  // The bar went with its buttons: the table's region holds focus, so the next Tab stays in the grid.
  await expect(page.getByRole('region', { name: 'API tokens table' })).toBeFocused();
});
