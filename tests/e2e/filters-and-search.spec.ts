import { expect, test } from '@playwright/test';
import { dataRows, GRID, openGrid, waitForRows } from './support/app';
import { expectNoAxeViolations, settle, type ColorScheme } from './support/axe';
import { expectNoSideScroll, keepScreenshot } from './support/layout';

// Filters that say what they do, and a search without matches that names itself: on a 360 px phone and a
// 1440 px desktop, in light and dark, with screenshots kept as test artifacts.

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1440, height: 900 },
] as const;
const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];
test.describe.configure({ timeout: 120_000 });

for (const viewport of VIEWPORTS) {
  for (const colorScheme of SCHEMES) {
    const label = `${viewport.width}px-${colorScheme}`;

    test.describe(`filters and search at ${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test('two modules make one chip that says "or", counted once by the Filter button', async ({
        page,
      }, testInfo) => {
        await page.goto(`${GRID}?module=MOD-2131&module=MOD-2219&lastAccess=90d-or-never`);
        await waitForRows(page);
        const applied = page.getByRole('list', { name: 'Applied filters' });
        await expect(applied.getByRole('listitem')).toHaveText([
          'Modules: Billing or Catalog',
          'Last access: Not used in the last 90 days, or never',
        ]);
        await expect(page.getByRole('button', { name: 'Filter, 2 filters applied' })).toHaveText(
          'Filter (2)',
        );
        await settle(page);
        await expectNoSideScroll(page, 'module chip');
        await keepScreenshot(page, testInfo, `${label}-module-chip`);
        await expectNoAxeViolations(page, `module chip ${label}`, { schemes: [colorScheme] });

        await page.getByRole('button', { name: 'Filter, 2 filters applied' }).click();
        const panel = page.getByRole('dialog', { name: 'Filters' });
        await expect(panel.getByText('Shows tokens with any of the chosen modules.')).toBeVisible();
        await settle(page);
        await keepScreenshot(page, testInfo, `${label}-filter-panel`);
        await page.keyboard.press('Escape');

        await applied.getByRole('button', { name: 'Remove filter Modules: Billing or Catalog' }).click();
        await expect(applied.getByRole('listitem')).toHaveCount(1);
        await expect(page.getByRole('button', { name: 'Filter, 1 filter applied' })).toBeVisible();
      });

      test('a search without matches names the search and clears only it', async ({ page }, testInfo) => {
        await openGrid(page, '?sort=name');
        await page.getByRole('textbox', { name: 'Search by name or ID' }).fill('zqxjvwk');
        const heading = page.getByRole('heading', { name: 'No API tokens match “zqxjvwk”' });
        await expect(heading).toBeVisible();
        await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
        await settle(page);
        await expectNoSideScroll(page, 'no search match');
        await keepScreenshot(page, testInfo, `${label}-no-search-match`);
        await expectNoAxeViolations(page, `no search match ${label}`, { schemes: [colorScheme] });

        // The message's own button (the search box's clear button has the same name and no text).
        await page.getByRole('button', { name: 'Clear search' }).filter({ hasText: 'Clear search' }).click();
        await waitForRows(page);
        await expect(dataRows(page).first()).toBeVisible();
        await expect.poll(() => new URL(page.url()).search).toBe('?sort=name');
      });
    });
  }
}
