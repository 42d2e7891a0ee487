import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { PSEUDO_LETTER, pseudoText } from '../../src/lib/pseudo-locale';
import { GRID, notice } from './support/app';
import { buttonRows, expectNoSideScroll, keepScreenshot, twoFrames } from './support/layout';
import { expectTextFits } from './support/text-fit';

// Every screen of the built app in the pseudo-locale en-XA (the browser's language): the page's own words
// accented and about 40 % longer, as a longer language would make them. At 1440 px and at 360 px, no piece of
// that text may be cut off (by its box, or by the window's edge) or drawn over other text. A string no catalogue
// reaches would show up here as plain English; the German tests (language.spec.ts and the integration tests)
// catch those by word.

test.use({ locale: 'en-XA' });
// Many screens, each measured at two widths.
test.describe.configure({ timeout: 180_000 });

/** The pseudo form of an English message: how the page names things in en-XA. */
const t = (english: string) => pseudoText(english);
/** The same for a message with data in it (a name, a count), which stays as it is. */
const withData = (english: string, ...data: string[]) => pseudoText(english, data);

const WIDTHS = [
  [1440, 900],
  [360, 740],
] as const;

/** Measures the page as it is now at both widths (back at 1440 px after), keeping a screenshot of each. */
async function fits(page: Page, testInfo: TestInfo, where: string) {
  for (const [width, height] of WIDTHS) {
    await page.setViewportSize({ width, height });
    // Layout settles after a resize (container queries, a popover finding its place).
    await twoFrames(page);
    await keepScreenshot(page, testInfo, `pseudo-${where.replace(/\W+/g, '-')}-${width}`);
    await expectNoSideScroll(page, `${where} at ${width} px`);
    await expectTextFits(page, `${where} at ${width} px`, PSEUDO_LETTER);
  }
  await page.setViewportSize({ width: WIDTHS[0][0], height: WIDTHS[0][1] });
}

async function openGrid(page: Page) {
  await page.goto(GRID);
  await expect(page.getByRole('heading', { level: 1, name: t('API tokens') })).toBeVisible();
  await expect(rowMenus(page).first()).toBeVisible();
  await expect(page.getByRole('region', { name: t('API tokens table') })).not.toHaveAttribute(
    'aria-busy',
    'true',
  );
}

function rowMenus(page: Page): Locator {
  // "[Ȧƈŧīǿƞş ƒǿř " and the token's name: the accented words, up to where the name starts.
  const start = t('Actions for x').slice(0, '[Actions for '.length);
  return page
    .getByRole('table', { name: t('API tokens') })
    .getByRole('button', { name: new RegExp(`^${start.replace(/[[\]]/g, '\\$&')}`) });
}

async function firstName(page: Page): Promise<string> {
  const link = page
    .getByRole('table', { name: t('API tokens') })
    .getByRole('link')
    .first();
  return (await link.getAttribute('title')) ?? '';
}

async function openRowMenu(page: Page) {
  const name = await firstName(page);
  await page.getByRole('button', { name: withData(`Actions for ${name}`, name) }).click();
  return page.getByRole('menu');
}

test('the grid, its toolbar panels and menus, a selection', async ({ page }, testInfo) => {
  await openGrid(page);
  await fits(page, testInfo, 'grid');
  // At 1440 px the table fits its card, longer headers and all: its row menus are in sight without scrolling.
  const table = page.getByRole('region', { name: t('API tokens table') });
  const { scrollWidth, clientWidth } = await table.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth, 'the table is wider than its card').toBeLessThanOrEqual(clientWidth);

  // On a phone the toolbar's buttons stand in two even columns, longer words or not.
  await page.setViewportSize({ width: 360, height: 740 });
  await twoFrames(page);
  const toolbar = await buttonRows(page.getByRole('group', { name: t('Grid view') }));
  expect(toolbar.counts).toEqual([2, 2, 2]);
  expect(new Set(toolbar.widths.flat()).size, 'one width for every button').toBe(1);
  expect(new Set(toolbar.lefts.map((lefts) => lefts.join())).size, 'columns under each other').toBe(1);
  await page.setViewportSize({ width: WIDTHS[0][0], height: WIDTHS[0][1] });

  await page.getByRole('button', { name: t('Filter') }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await fits(page, testInfo, 'filter panel');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: t('Columns') }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await fits(page, testInfo, 'columns menu');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: t('Sort') }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await fits(page, testInfo, 'sort menu');
  await page.keyboard.press('Escape');

  const menu = await openRowMenu(page);
  await expect(menu.getByRole('menuitem', { name: t('Delete') })).toBeVisible();
  await fits(page, testInfo, 'row menu');
  await page.keyboard.press('Escape');

  await page.getByRole('checkbox', { name: t('Select all on this page') }).check();
  await expect(page.getByRole('button', { name: t('Clear selection') })).toBeVisible();
  await fits(page, testInfo, 'selection');
});

test('searching: no match, and a leaked token value', async ({ page }, testInfo) => {
  await openGrid(page);
  const search = page.getByRole('textbox', { name: t('Search by name or ID') });
  await search.fill('no token is called this');
  await expect(rowMenus(page)).toHaveCount(0);
  await fits(page, testInfo, 'no match');

  await search.fill('idt:TKN-0548-7270:Zq9LeakedSecretPartFromA1Ticket0123456789');
  await expect(page.getByRole('region', { name: t('A full API token value was recognised') })).toBeVisible();
  await expect(rowMenus(page)).toHaveCount(1);
  await fits(page, testInfo, 'leak notice');
});

test('an empty account, a list that fails, a failed action, a toast, bulk confirmations', async ({
  page,
}, testInfo) => {
  await page.goto(`${GRID}?scenario=empty`);
  await expect(page.getByRole('heading', { name: t('No API tokens yet') })).toBeVisible();
  await fits(page, testInfo, 'empty account');

  await page.goto(`${GRID}?scenario=fail:list:500`);
  // Transient failures are retried with backoff before the error shows.
  await expect(page.getByRole('button', { name: t('Retry') })).toBeVisible({ timeout: 20_000 });
  await fits(page, testInfo, 'list failed');

  await page.goto(`${GRID}?scenario=fail:disable:500`);
  await expect(rowMenus(page).first()).toBeVisible();
  const active = page
    .getByRole('table', { name: t('API tokens') })
    .getByRole('row')
    .filter({ hasText: t('Active') });
  await active.first().getByRole('button').last().click();
  await page.getByRole('menuitem', { name: t('Disable') }).click();
  const confirm = page.getByRole('alertdialog', { name: t('Disable API token?') });
  await confirm.getByRole('button', { name: t('Disable token') }).click();
  await expect(confirm.getByRole('alert')).toBeVisible();
  await fits(page, testInfo, 'action failed');
  await confirm.getByRole('button', { name: t('Cancel') }).click();

  await openGrid(page);
  await active.first().getByRole('button').last().click();
  await page.getByRole('menuitem', { name: t('Disable') }).click();
  await confirm.getByRole('button', { name: t('Disable token') }).click();
  await expect(notice(page, PSEUDO_LETTER)).toBeVisible();
  await fits(page, testInfo, 'toast');

  for (const box of await page.getByRole('checkbox').all()) if (!(await box.isChecked())) await box.check();
  for (const button of ['Disable', 'Delete']) {
    await page
      .getByRole('region', { name: t('Selected tokens') })
      .getByRole('button', { name: t(button) })
      .click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await fits(page, testInfo, `bulk ${button} confirmation`);
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: t('Cancel') })
      .click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  }
});

test('the confirmations and dialogs of a token', async ({ page }, testInfo) => {
  await openGrid(page);
  for (const [item, dialogName] of [
    ['Disable', 'Disable API token?'],
    ['Delete', 'Delete API token?'],
  ] as const) {
    const menu = await openRowMenu(page);
    await menu.getByRole('menuitem', { name: t(item) }).click();
    await expect(page.getByRole('alertdialog', { name: t(dialogName) })).toBeVisible();
    await fits(page, testInfo, `${item} confirmation`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  }

  let menu = await openRowMenu(page);
  await menu.getByRole('menuitem', { name: t('Edit') }).click();
  const edit = page.getByRole('dialog', { name: t('Edit API token') });
  await expect(edit.getByRole('textbox').first()).toBeVisible();
  await edit.getByRole('textbox').first().fill('');
  await edit.getByRole('button', { name: t('Save') }).click();
  await expect(edit.getByRole('textbox').first()).toHaveAttribute('aria-invalid', 'true');
  await fits(page, testInfo, 'edit dialog with an error');
  await edit.getByRole('button', { name: t('Close') }).click();
  const discard = page.getByRole('alertdialog');
  if (await discard.isVisible()) await discard.getByRole('button').last().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  menu = await openRowMenu(page);
  await menu.getByRole('menuitem', { name: t('Rotate…') }).click();
  await expect(page.getByRole('dialog', { name: t('Rotate API token') })).toBeVisible();
  await fits(page, testInfo, 'rotate dialog');
});

test('the Add wizard, step by step to the new token', async ({ page }, testInfo) => {
  await openGrid(page);
  await page.getByRole('link', { name: t('Add'), exact: true }).click();
  const wizard = page.getByRole('dialog', { name: t('Add API token') });
  await wizard.getByRole('button', { name: t('Next') }).click();
  await expect(wizard.getByRole('textbox', { name: t('API token name') })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await fits(page, testInfo, 'wizard general with an error');

  await wizard.getByRole('textbox', { name: t('API token name') }).fill('Pseudo robot');
  await wizard.getByRole('button', { name: t('Next') }).click();
  await expect(wizard.getByRole('searchbox')).toBeVisible();
  await fits(page, testInfo, 'wizard modules');

  await wizard.getByRole('checkbox').first().check();
  await wizard.getByRole('button', { name: t('Next') }).click();
  await expect(wizard.getByRole('region', { name: t('General') })).toBeVisible();
  await fits(page, testInfo, 'wizard review');

  await wizard.getByRole('button', { name: t('Add'), exact: true }).click();
  await expect(wizard.getByRole('textbox', { name: t('API token') })).toBeVisible();
  await fits(page, testInfo, 'wizard summary');
});

test('a token’s page, every tab', async ({ page }, testInfo) => {
  await openGrid(page);
  await page
    .getByRole('table', { name: t('API tokens') })
    .getByRole('link')
    .first()
    .click();
  const tabs = page.getByRole('tablist', { name: t('API token sections') });
  await expect(tabs).toBeVisible();
  for (const tab of ['General', 'Modules', 'Details', 'Audit trail', 'Activity']) {
    await tabs.getByRole('tab', { name: t(tab) }).click();
    await expect(tabs.getByRole('tab', { name: t(tab) })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await fits(page, testInfo, `detail ${tab}`);
  }
  await page.getByRole('button', { name: t('More actions') }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await fits(page, testInfo, 'detail menu');
});
