import { expect, test } from '@playwright/test';
import { dataRows, detailTab, GRID, openGrid, waitForRows } from './support/app';
import { expectNoAxeViolations, settle, type ColorScheme } from './support/axe';
import { expectInViewport, expectNoSideScroll, keepScreenshot } from './support/layout';

// From a 360 px phone to a 1440 px desktop, in light and dark: the page never scrolls sideways, every
// action stays reachable, dialogs fit the window, and axe (colour contrast included) finds nothing. Screenshots
// of every screen are kept as test artifacts.

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1440, height: 900 },
] as const;
const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];
// Each test runs axe several times; on a busy two-core machine that takes longer than the default budget.
test.describe.configure({ timeout: 150_000 });

for (const viewport of VIEWPORTS) {
  for (const colorScheme of SCHEMES) {
    const label = `${viewport.width}px-${colorScheme}`;

    test.describe(`layout at ${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test('grid: no sideways scroll, Add, Filter, row menu and paging reachable', async ({
        page,
      }, testInfo) => {
        await openGrid(page);
        await expectNoSideScroll(page, 'grid');
        await keepScreenshot(page, testInfo, `${label}-grid`);
        await expectNoAxeViolations(page, `grid ${label}`, { schemes: [colorScheme] });

        await expectInViewport(page, page.getByRole('link', { name: 'Add', exact: true }), 'Add');

        const filter = page.getByRole('button', { name: 'Filter', exact: true });
        await expectInViewport(page, filter, 'Filter');
        await filter.click();
        const panel = page.getByRole('dialog', { name: 'Filters' });
        await settle(page);
        await expectInViewport(page, panel, 'filter panel');
        await expectInViewport(page, panel.getByRole('button', { name: 'Apply filters' }), 'Apply filters');
        await expectNoSideScroll(page, 'filter panel open');
        await keepScreenshot(page, testInfo, `${label}-grid-filter-panel`);
        await page.keyboard.press('Escape');
        await expect(panel).toBeHidden();

        const name = ((await dataRows(page).first().getByRole('link').first().textContent()) ?? '').trim();
        const rowMenu = page.getByRole('button', { name: `Actions for ${name}` });
        await expectInViewport(page, rowMenu, 'row menu button');
        await rowMenu.click();
        const menu = page.getByRole('menu');
        await settle(page);
        await expectInViewport(page, menu, 'row menu');
        await expectNoSideScroll(page, 'row menu open');
        await keepScreenshot(page, testInfo, `${label}-grid-row-menu`);
        await page.keyboard.press('Escape');
        await expect(menu).toBeHidden();

        const next = page
          .getByRole('navigation', { name: 'Pagination' })
          .getByRole('button', { name: 'Next' });
        await expectInViewport(page, next, 'Next page');
        await next.click();
        await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
        await waitForRows(page);
        // Previous, the page box and Next share one line at every width (on a phone the arrows stand alone).
        const pager = page.getByRole('navigation', { name: 'Pagination' });
        const middles = await Promise.all(
          [
            pager.getByRole('button', { name: 'Previous' }),
            pager.getByRole('textbox', { name: /Page number/ }),
            next,
          ].map(async (control) => {
            const box = (await control.boundingBox())!;
            return Math.round(box.y + box.height / 2);
          }),
        );
        expect(new Set(middles).size, `pager controls centred at ${middles.join(', ')}`).toBe(1);
        await expectInViewport(page, page.getByRole('combobox', { name: 'Rows per page' }), 'Rows per page');
        await expectNoSideScroll(page, 'grid page 2');
        await keepScreenshot(page, testInfo, `${label}-grid-page-2`);
      });

      test('detail: every tab fits, the actions are reachable', async ({ page }, testInfo) => {
        await openGrid(page);
        const link = dataRows(page).first().getByRole('link').first();
        const name = ((await link.textContent()) ?? '').trim();
        await link.click();
        await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
        await expectInViewport(page, page.getByRole('button', { name: 'Edit', exact: true }), 'Edit');
        await expectInViewport(page, page.getByRole('button', { name: 'More actions' }), 'More actions');

        for (const tab of ['General', 'Modules', 'Details', 'Audit trail', 'Activity']) {
          await detailTab(page, tab).click();
          await expect(detailTab(page, tab)).toHaveAttribute('aria-selected', 'true');
          await expectInViewport(page, detailTab(page, tab), `${tab} tab`);
          if (tab === 'Audit trail') {
            await page.getByRole('button', { name: 'Show JSON' }).first().click();
            await expect(page.getByLabel(/^Audit record AUD-.* as JSON$/).first()).toBeVisible();
          }
          await expectNoSideScroll(page, `detail ${tab}`);
          const file = tab.toLowerCase().replace(/\s+/g, '-');
          await keepScreenshot(page, testInfo, `${label}-detail-${file}`);
          await expectNoAxeViolations(page, `detail ${tab} ${label}`, { schemes: [colorScheme] });
        }

        await page.getByRole('button', { name: 'More actions' }).click();
        await settle(page);
        await expectInViewport(page, page.getByRole('menu'), 'detail actions menu');
        await expectNoSideScroll(page, 'detail actions menu');
      });

      test('Add wizard and Edit dialog fit the window on every step', async ({ page }, testInfo) => {
        await openGrid(page);
        await page.getByRole('link', { name: 'Add', exact: true }).click();
        const wizard = page.getByRole('dialog', { name: 'Add API token' });

        const check = async (step: string) => {
          await settle(page);
          await expectInViewport(page, wizard, `wizard (${step})`);
          await expectNoSideScroll(page, `wizard ${step}`);
          await keepScreenshot(page, testInfo, `${label}-wizard-${step}`);
          await expectNoAxeViolations(page, `wizard ${step} ${label}`, { schemes: [colorScheme] });
        };

        await expect(wizard.getByRole('textbox', { name: 'API token name' })).toBeVisible();
        await wizard.getByRole('button', { name: 'Next' }).click();
        await expect(wizard.getByText('Enter a name for the API token.')).toBeVisible();
        await check('general');
        await expectInViewport(page, wizard.getByRole('button', { name: 'Next' }), 'Next');

        await wizard
          .getByRole('textbox', { name: 'API token name' })
          .fill('A layout robot with a rather long name to wrap');
        await wizard.getByRole('button', { name: 'Next' }).click();
        await expect(wizard.getByRole('checkbox', { name: 'Billing' })).toBeVisible();
        await check('modules');
        await wizard.getByRole('checkbox', { name: 'Billing' }).check();
        await expectInViewport(page, wizard.getByRole('button', { name: 'Next' }), 'Next');
        await wizard.getByRole('button', { name: 'Next' }).click();

        await expect(wizard.getByRole('region', { name: 'General' })).toBeVisible();
        await check('overview');
        const add = wizard.getByRole('button', { name: 'Add', exact: true });
        await expectInViewport(page, add, 'Add');
        await add.click();

        await expect(wizard.getByRole('heading', { name: /API token added/ })).toBeVisible();
        await check('summary');
        await expectInViewport(
          page,
          wizard.getByRole('button', { name: 'Copy API token' }),
          'Copy API token',
        );
        await wizard.getByRole('button', { name: 'Close', exact: true }).last().click();
        // Not copied: Close asks first.
        await page.getByRole('alertdialog').getByRole('button', { name: 'Close anyway' }).click();
        await expect(wizard).toBeHidden();

        // The Edit dialog, from the row menu of the token just added.
        await page.goto(GRID);
        await waitForRows(page);
        const name = ((await dataRows(page).first().getByRole('link').first().textContent()) ?? '').trim();
        await page.getByRole('button', { name: `Actions for ${name}` }).click();
        await page.getByRole('menuitem', { name: 'Edit' }).click();
        const edit = page.getByRole('dialog', { name: 'Edit API token' });
        await expect(edit.getByRole('textbox', { name: 'API token name' })).toHaveValue(name);
        await settle(page);
        await expectInViewport(page, edit, 'Edit dialog');
        await expectInViewport(page, edit.getByRole('button', { name: 'Save' }), 'Save');
        await expectNoSideScroll(page, 'Edit dialog');
        await keepScreenshot(page, testInfo, `${label}-edit-general`);
        await expectNoAxeViolations(page, `edit ${label}`, { schemes: [colorScheme] });

        await edit
          .getByRole('list', { name: 'Steps' })
          .getByRole('button', { name: /Modules/ })
          .click();
        await expect(edit.getByRole('button', { name: 'Select none' })).toBeVisible();
        await settle(page);
        await expectInViewport(page, edit, 'Edit dialog (modules)');
        await expectNoSideScroll(page, 'Edit dialog modules');
        await keepScreenshot(page, testInfo, `${label}-edit-modules`);
      });
    });
  }
}
