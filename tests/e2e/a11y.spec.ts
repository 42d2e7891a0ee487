import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { HELD_ANSWERS, releaseHeldAnswers, releaseHeldAnswersUntil } from './support/clock';
import {
  activeRowNames,
  dataRows,
  detailTab,
  GRID,
  notice,
  openGrid,
  pickRowAction,
  rowByName,
} from './support/app';

// Zero axe violations on every screen and state, on the production build with the browser's mock API.
// The main states are checked in both colour schemes, so contrast holds in light and dark.

const BOTH = ['light', 'dark'] as const;
// Each test runs axe several times; on a busy two-core machine that takes longer than the default budget.
test.describe.configure({ timeout: 150_000 });

test('"Skip to content" moves focus to the content, so the next Tab starts there', async ({ page }) => {
  await openGrid(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Add' })).toBeFocused();
});

test.describe('accessibility: grid', () => {
  test('loaded, filter panel open, row menu open, rows selected', async ({ page }) => {
    await openGrid(page);
    await expectNoAxeViolations(page, 'grid loaded', { schemes: BOTH });

    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Filters' })).toBeVisible();
    await expectNoAxeViolations(page, 'filter panel open', { schemes: BOTH });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'Filters' })).toBeHidden();

    const [name = ''] = await activeRowNames(page, 1);
    await rowByName(page, name)
      .getByRole('button', { name: `Actions for ${name}` })
      .click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectNoAxeViolations(page, 'row menu open', { schemes: BOTH });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();

    const names = await activeRowNames(page, 2);
    for (const n of names) await page.getByRole('checkbox', { name: `Select ${n}` }).check();
    await expect(page.getByRole('region', { name: 'Selected tokens' })).toBeVisible();
    await expectNoAxeViolations(page, 'rows selected', { schemes: BOTH });
  });

  // The answers of the refresh and of the next page are held on the page's clock while axe looks, however long it
  // takes: a 20 s latency on the real clock once ran out before axe was done on a busy machine.
  test('while the counts refresh', async ({ page }) => {
    await page.clock.install();
    await page.goto(`${GRID}?scenario=${HELD_ANSWERS}`);
    const counters = page.getByRole('list', { name: 'Token hygiene' }).getByRole('link');
    await releaseHeldAnswersUntil(page, () =>
      expect(counters.filter({ hasText: /\d/ })).toHaveCount(4, { timeout: 1000 }),
    );
    const refreshing = page.locator('[data-refreshing]');
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(refreshing).toHaveCount(4);
    await expectNoAxeViolations(page, 'counts refreshing', { schemes: BOTH });
    await expect(refreshing, 'still refreshing when axe looked').toHaveCount(4);
    await releaseHeldAnswers(page);
    await expect(refreshing).toHaveCount(0);
  });

  test('while the next page loads', async ({ page }) => {
    await page.clock.install();
    await page.goto(`${GRID}?scenario=${HELD_ANSWERS}`);
    await releaseHeldAnswersUntil(page, () => expect(dataRows(page).first()).toBeVisible({ timeout: 1000 }));
    const table = page.getByRole('table', { name: 'API tokens' });
    // A page not seen yet, so no cached answer stands in for it: the old rows stay, marked busy.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(table).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(page, 'next page loading', { schemes: BOTH });
    await expect(table, 'still loading when axe looked').toHaveAttribute('aria-busy', 'true');
    await releaseHeldAnswers(page);
    await expect(table).not.toHaveAttribute('aria-busy');
  });

  test('empty account', async ({ page }) => {
    await page.goto(`${GRID}?scenario=empty`);
    await expect(page.getByRole('heading', { name: 'No API tokens yet' })).toBeVisible();
    await expectNoAxeViolations(page, 'grid empty', { schemes: BOTH });
  });

  test('no match for a search', async ({ page }) => {
    await openGrid(page);
    await page.getByRole('textbox', { name: 'Search by name or ID' }).fill('zqxjvwk');
    await expect(page.getByRole('heading', { name: 'No API tokens match “zqxjvwk”' })).toBeVisible();
    await expectNoAxeViolations(page, 'grid no match', { schemes: BOTH });
  });

  test('the list fails to load', async ({ page }) => {
    await page.goto(`${GRID}?scenario=fail:list:500`);
    // Transient failures are retried with backoff before the error shows.
    await expect(page.getByRole('alert').filter({ hasText: 'Could not load API tokens' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectNoAxeViolations(page, 'grid error', { schemes: BOTH });
  });
});

test.describe('accessibility: detail', () => {
  test('every tab, with an audit record’s JSON open', async ({ page }) => {
    await openGrid(page);
    const link = dataRows(page).first().getByRole('link').first();
    const name = ((await link.textContent()) ?? '').trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    for (const tab of ['General', 'Modules', 'Details', 'Audit trail']) {
      await detailTab(page, tab).click();
      await expect(detailTab(page, tab)).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel')).not.toBeEmpty();
      if (tab === 'Audit trail') {
        await expect(
          page.getByRole('list', { name: 'Audit trail' }).getByRole('listitem').first(),
        ).toBeVisible();
        await page.getByRole('button', { name: 'Show JSON' }).first().click();
        await expect(page.getByLabel(/^Audit record AUD-.* as JSON$/).first()).toBeVisible();
      }
      await expectNoAxeViolations(page, `detail ${tab}`, { schemes: BOTH });
    }

    await page.getByRole('button', { name: 'More actions' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectNoAxeViolations(page, 'detail actions menu', { schemes: BOTH });
  });

  test('a token that does not exist', async ({ page }) => {
    await page.goto(`${GRID}/TKN-0000-9999/general`);
    await expect(page.getByRole('heading', { name: 'Token not found' })).toBeVisible();
    await expectNoAxeViolations(page, 'detail not found', { schemes: BOTH });
  });
});

test.describe('accessibility: wizard and edit dialog', () => {
  test('each step of the Add wizard, with validation errors shown', async ({ page }) => {
    await openGrid(page);
    await page.getByRole('link', { name: 'Add', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Add API token' });
    await expect(wizard.getByRole('textbox', { name: 'API token name' })).toBeVisible();
    await expectNoAxeViolations(page, 'wizard general', { schemes: BOTH });

    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByText('Enter a name for the API token.')).toBeVisible();
    await expectNoAxeViolations(page, 'wizard general with errors', { schemes: BOTH });

    await wizard.getByRole('textbox', { name: 'API token name' }).fill('Accessible robot');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByRole('checkbox', { name: 'Billing' })).toBeVisible();
    await expectNoAxeViolations(page, 'wizard modules', { schemes: BOTH });

    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByText('Choose at least one module.')).toBeVisible();
    await expectNoAxeViolations(page, 'wizard modules with errors', { schemes: BOTH });

    await wizard.getByRole('searchbox', { name: 'Search modules' }).fill('zqxjvwk');
    await expect(wizard.getByText(/No module matches/)).toBeVisible();
    await expectNoAxeViolations(page, 'wizard modules no match');
    await wizard.getByRole('searchbox', { name: 'Search modules' }).fill('');

    await wizard.getByRole('checkbox', { name: 'Billing' }).check();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByRole('region', { name: 'General' })).toContainText('Accessible robot');
    await expectNoAxeViolations(page, 'wizard overview', { schemes: BOTH });

    await wizard.getByRole('button', { name: 'Add' }).click();
    await expect(wizard.getByRole('heading', { name: /API token added/ })).toBeVisible();
    await expectNoAxeViolations(page, 'wizard summary', { schemes: BOTH });
  });

  test('the wizard when adding fails', async ({ page }) => {
    await openGrid(page, '?scenario=fail:create:500');
    await page.getByRole('link', { name: 'Add', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Add API token' });
    await wizard.getByRole('textbox', { name: 'API token name' }).fill('Doomed robot');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('checkbox', { name: 'Billing' }).check();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(wizard.getByRole('alert').filter({ hasText: 'Could not add the API token' })).toBeVisible();
    await expectNoAxeViolations(page, 'wizard add failed', { schemes: BOTH });
  });

  test('the discard-changes confirmation', async ({ page }) => {
    await openGrid(page);
    await page.getByRole('link', { name: 'Add', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Add API token' })
      .getByRole('textbox', { name: 'API token name' })
      .fill('x');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog', { name: 'Discard changes?' })).toBeVisible();
    await expectNoAxeViolations(page, 'discard changes', { schemes: BOTH });
  });

  test('the Edit dialog, on both steps and with an error', async ({ page }) => {
    await openGrid(page);
    const name = ((await dataRows(page).first().getByRole('link').first().textContent()) ?? '').trim();
    await pickRowAction(page, name, 'Edit');
    const dialog = page.getByRole('dialog', { name: 'Edit API token' });
    await expect(dialog.getByRole('textbox', { name: 'API token name' })).toHaveValue(name);
    await expectNoAxeViolations(page, 'edit general', { schemes: BOTH });

    await dialog.getByRole('textbox', { name: 'API token name' }).fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Enter a name for the API token.')).toBeVisible();
    await expectNoAxeViolations(page, 'edit general with errors', { schemes: BOTH });

    await dialog
      .getByRole('list', { name: 'Steps' })
      .getByRole('button', { name: /Modules/ })
      .click();
    await expect(dialog.getByRole('button', { name: 'Select none' })).toBeVisible();
    await expectNoAxeViolations(page, 'edit modules', { schemes: BOTH });
  });
});

test.describe('accessibility: confirmations and messages', () => {
  test('disable and delete confirmations, the success toast', async ({ page }) => {
    await openGrid(page);
    const [name = ''] = await activeRowNames(page, 1);
    const trigger = rowByName(page, name).getByRole('button', { name: `Actions for ${name}` });

    await trigger.click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const remove = page.getByRole('alertdialog', { name: 'Delete API token?' });
    await expect(remove).toBeVisible();
    await expectNoAxeViolations(page, 'delete confirmation', { schemes: BOTH });
    await remove.getByRole('button', { name: 'Cancel' }).click();
    await expect(remove).toBeHidden();

    await trigger.click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    const disable = page.getByRole('alertdialog', { name: 'Disable API token?' });
    await expect(disable).toBeVisible();
    await expectNoAxeViolations(page, 'disable confirmation', { schemes: BOTH });
    await disable.getByRole('button', { name: 'Disable token' }).click();
    await expect(notice(page, `API token “${name}” disabled.`)).toBeVisible();
    await expectNoAxeViolations(page, 'success toast', { schemes: BOTH });
  });

  test('bulk confirmations', async ({ page }) => {
    await openGrid(page);
    const names = await activeRowNames(page, 3);
    for (const n of names) await page.getByRole('checkbox', { name: `Select ${n}` }).check();
    const bar = page.getByRole('region', { name: 'Selected tokens' });
    for (const [button, title] of [
      ['Disable', 'Disable 3 tokens?'],
      ['Delete', 'Delete 3 tokens?'],
    ] as const) {
      await bar.getByRole('button', { name: button }).click();
      const dialog = page.getByRole('alertdialog', { name: title });
      await expect(dialog).toBeVisible();
      await expectNoAxeViolations(page, `bulk ${button.toLowerCase()} confirmation`, { schemes: BOTH });
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();
    }
  });

  test('an action that fails and is rolled back', async ({ page }) => {
    await openGrid(page, '?scenario=fail:disable:500');
    const [name = ''] = await activeRowNames(page, 1);
    await pickRowAction(page, name, 'Disable');
    const dialog = page.getByRole('alertdialog', { name: 'Disable API token?' });
    await dialog.getByRole('button', { name: 'Disable token' }).click();
    // The failure is told inside the confirmation, which stays open to retry or cancel.
    await expect(dialog.getByRole('alert').filter({ hasText: `Could not disable “${name}”` })).toBeVisible();
    await expectNoAxeViolations(page, 'action error in its confirmation', { schemes: BOTH });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    // Rolled back: the row is Active again.
    await expect(rowByName(page, name).getByText('Active', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'grid after a rollback', { schemes: BOTH });
  });
});

test.describe('text spacing (WCAG 1.4.12)', () => {
  // The spacing a reader's own style sheet sets (a bookmarklet or an extension): it comes as an inline style,
  // which the page's policy would refuse from anyone else.
  test.use({ bypassCSP: true });
  const TEXT_SPACING =
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } ' +
    'p { margin-bottom: 2em !important }';

  for (const width of [1280, 390]) {
    test(`the grid with its header keeps every visible word whole at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 720 });
      await openGrid(page);
      await page.addStyleTag({ content: TEXT_SPACING });
      const clipped = await page.evaluate(() => {
        const found: string[] = [];
        for (const element of document.querySelectorAll<HTMLElement>(
          'button, a, h1, p, span, th, td, label',
        )) {
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          // Text for screen readers only is a 1 px box by design; the skip link waits above the page for focus.
          if (!element.textContent?.trim() || box.width <= 1 || box.height <= 1) continue;
          if (element.matches('a[href="#content"]')) continue;
          const cutY = style.overflowY !== 'visible' && element.scrollHeight > element.clientHeight + 1;
          const cutX =
            style.overflowX !== 'visible' &&
            style.textOverflow !== 'ellipsis' &&
            element.scrollWidth > element.clientWidth + 1;
          if (cutY || cutX || box.top < 0) found.push(element.textContent.trim().slice(0, 40));
        }
        return found;
      });
      expect(clipped).toEqual([]);
    });
  }
});
