import { expect, test, type Locator, type Page } from '@playwright/test';
import { dataRows, openGrid, rowByName, waitForRows } from './support/app';

// The hygiene strip and "Duplicate token" (issue 8) in the production build on the browser's mock API.

function strip(page: Page): Locator {
  return page.getByRole('list', { name: 'Token hygiene' });
}

function counter(page: Page, label: string): Locator {
  return strip(page).getByRole('link', { name: new RegExp(`^${label.replace(/[+]/g, '\\+')}: \\d+$`) });
}

async function countOf(page: Page, label: string): Promise<number> {
  const link = counter(page, label);
  await expect(link).toBeVisible();
  // "Active: 1,234" read as text; the separator depends on the browser's locale.
  const text = (await link.textContent()) ?? '';
  return Number(text.match(/(\d[\d,.\s\u00a0\u202f]*)$/)?.[1]?.replace(/\D/g, '') ?? NaN);
}

test.describe('hygiene strip', () => {
  test('"Never used" shows only tokens that were never used, and says it is selected', async ({ page }) => {
    await openGrid(page);
    const neverUsed = await countOf(page, 'Never used');
    expect(neverUsed).toBeGreaterThan(0);
    await expect(counter(page, 'Never used')).not.toHaveAttribute('aria-current', 'true');

    await counter(page, 'Never used').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lastAccess')).toBe('never');
    await waitForRows(page);
    await expect(counter(page, 'Never used')).toHaveAttribute('aria-current', 'true');
    await expect(
      page.getByText(`${neverUsed} ${neverUsed === 1 ? 'row' : 'rows'}`, { exact: true }),
    ).toBeVisible();

    // Every Last access cell says "Never used" (column 6, after the checkbox).
    const rows = dataRows(page);
    await expect(rows).toHaveCount(Math.min(neverUsed, 10));
    const cells = rows.locator('td:nth-child(6)');
    for (const cell of await cells.all()) {
      await expect(cell).toHaveText('Never used');
      await expect(cell.locator('time')).toHaveCount(0);
    }

    // Back returns to the unfiltered grid like any other filter change.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.has('lastAccess')).toBe(false);
    await expect(counter(page, 'Never used')).not.toHaveAttribute('aria-current', 'true');
  });
});

test.describe('Duplicate token', () => {
  test('duplicate a token from the row menu and find the copy in the grid', async ({ page }) => {
    await openGrid(page);
    const activeBefore = await countOf(page, 'Active');
    const original = (await dataRows(page).first().getByRole('link').first().textContent())?.trim() ?? '';
    expect(original).not.toBe('');

    await page.getByRole('button', { name: `Actions for ${original}` }).click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();

    const wizard = page.getByRole('dialog', { name: 'Add API token' });
    const name = wizard.getByRole('textbox', { name: 'API token name' });
    await expect(name).toHaveValue(`${original} (copy)`);
    await expect(page).toHaveURL(/\/settings\/api-tokens\/new\?from=TKN-/);

    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByRole('checkbox', { checked: true }).first()).toBeVisible();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByRole('button', { name: 'Add', exact: true })).toBeVisible();
    await wizard.getByRole('button', { name: 'Add', exact: true }).click();

    // The copy's own secret, shown once.
    const secret = wizard.getByRole('textbox', { name: 'API token' });
    await expect(secret).toHaveValue(/^idt:TKN-\d{4}-\d{4}:/);
    await wizard.getByRole('button', { name: 'Close' }).last().click();
    // Not copied: the summary asks before the secret is gone for good.
    await page.getByRole('alertdialog').getByRole('button', { name: 'Close anyway' }).click();
    await expect(wizard).toBeHidden();

    // Newest first: the copy leads the grid, and the counters already count it.
    await waitForRows(page);
    await expect(rowByName(page, `${original} (copy)`)).toBeVisible();
    await expect(dataRows(page).first().getByRole('link').first()).toHaveText(`${original} (copy)`);
    await expect(rowByName(page, original)).toBeVisible();
    await expect(counter(page, 'Active')).toHaveAccessibleName(`Active: ${activeBefore + 1}`);
  });
});
