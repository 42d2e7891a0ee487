import { expect, test, type Locator, type Page } from '@playwright/test';
import { MockDb } from '../../mocks/db/store';
import { GRID, holdGridExtras } from './support/app';
import { box } from './support/layout';

// What lines up on the screens, measured in Chromium: counts across the hygiene counters, the gaps between the
// detail page's tabs, the summary's values, the pager's range, the Activity's date fields, a dialog's buttons on a
// phone, a notification's close button as a target big enough to hit, and the grid's dates and names on one line
// each at a laptop's width.

test.describe.configure({ timeout: 90_000 });

/** The extent of an element's text, without its padding or any unseen part (a tab's bold copy of its label). */
async function textBox(target: Locator) {
  return target.evaluate((element) => {
    // The text nodes alone: a range holding an element measures that element's whole box.
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const first = walker.nextNode();
    let last = first;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node;
    const range = document.createRange();
    range.setStart(first!, 0);
    range.setEnd(last!, last!.textContent?.length ?? 0);
    const { left, right, top } = range.getBoundingClientRect();
    return { left, right, top };
  });
}

/**
 * The grid with its rows and its hygiene counters, in whatever language the page speaks. The counters come after
 * the rows, in place of a placeholder of the same size; the specs here measure the counters themselves.
 */
async function openGrid(page: Page) {
  await page.goto(GRID);
  await expect(firstRowLink(page)).toBeVisible();
  await expect(page.getByRole('list', { name: /^Token[- ]hygiene$/i })).toBeVisible();
}

const firstRowLink = (page: Page) =>
  page.getByRole('table').getByRole('row').nth(1).getByRole('link').first();

async function openFirstToken(page: Page, tab: string) {
  await openGrid(page);
  await firstRowLink(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

test.describe('in German', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });

  for (const width of [414, 1024]) {
    test(`the hygiene counts share their line when one label takes two, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openGrid(page);
      const counters = page.getByRole('list', { name: 'Token-Hygiene' }).getByRole('listitem');
      await expect(counters).toHaveCount(4);
      const idle = counters.filter({ hasText: 'Seit 90+ Tagen ungenutzt' });
      const never = counters.filter({ hasText: 'Nie verwendet' });
      // The case at hand: the idle counter's label on two lines, its neighbour's on one.
      expect((await box(idle)).height).toBeGreaterThan(70);
      const countOf = (counter: Locator) => counter.getByText(/^\d+$/);
      await expect(countOf(idle)).toBeVisible();
      const [idleCount, neverCount] = [await box(countOf(idle)), await box(countOf(never))];
      expect(Math.abs(idleCount.y - neverCount.y), 'the counts stand on one line').toBeLessThanOrEqual(1);
    });
  }

  // Before the counters' code is in, a placeholder stands in their place with their labels: where one takes two
  // lines, it takes them there too, and nothing below moves when the counts come.
  for (const width of [390, 1024]) {
    test(`the hygiene counters take their placeholder's place without moving what is below, ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      // The grid's extras bring the counters: held, the placeholder stays for as long as the measuring takes.
      const extras = await holdGridExtras(page);
      await page.goto(GRID);
      await expect(firstRowLink(page)).toBeVisible();
      const placeholder = page.locator('ul[aria-hidden="true"]');
      await expect(placeholder).toBeVisible();
      const table = page.getByRole('table');
      // Each counter's dot: the first span in its label.
      const dots = (list: Locator) =>
        list
          .getByRole('listitem', { includeHidden: true })
          .evaluateAll((items) =>
            items.map((item) => getComputedStyle(item.querySelector('span span')!).backgroundColor),
          );
      const before = {
        strip: await box(placeholder),
        table: await box(table),
        dots: await dots(placeholder),
      };

      extras.release();
      const counters = page.getByRole('list', { name: 'Token-Hygiene' }).getByRole('listitem');
      await expect(counters.getByText(/^\d+$/)).toHaveCount(4);
      await expect(placeholder).toHaveCount(0);
      const after = {
        strip: await box(page.getByRole('list', { name: 'Token-Hygiene' })),
        table: await box(table),
      };
      const at = (b: { x: number; y: number; width: number; height: number }) =>
        [b.x, b.y, b.width, b.height].map(Math.round);
      expect(at(after.strip), 'the counters where their placeholder was').toEqual(at(before.strip));
      expect(at(after.table), 'the table where it was').toEqual(at(before.table));
      expect(
        await dots(page.getByRole('list', { name: 'Token-Hygiene' })),
        'the dots in their tones',
      ).toEqual(before.dots);
    });
  }

  test('on a phone, the pager’s range starts under its label when it takes a line of its own', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openGrid(page);
    const pager = page.getByRole('navigation', { name: 'Seitennavigation' });
    const label = pager.getByText('Zeilen pro Seite', { exact: true });
    const range = pager.getByText(/^1–10 von \d+ Zeilen$/);
    const [labelBox, rangeBox] = [await box(label), await box(range)];
    expect(rangeBox.y, 'the range on a line of its own').toBeGreaterThan(labelBox.y + labelBox.height);
    expect(Math.abs(rangeBox.x - labelBox.x)).toBeLessThanOrEqual(1);
  });

  test('on a phone, “select all matching” under the selection’s count starts where the count does', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openGrid(page);
    await page.getByRole('checkbox').first().check();
    const bar = page.getByRole('region', { name: 'Ausgewählte API-Tokens' });
    const count = await textBox(bar.getByText(/^\d+ ausgewählt$/));
    const all = await textBox(bar.getByRole('button', { name: /^Alle \d+ passenden API-Tokens auswählen$/ }));
    expect(all.top, 'under the count').toBeGreaterThan(count.top);
    expect(Math.abs(all.left - count.left)).toBeLessThanOrEqual(1);
  });

  test('the detail page’s tabs stand evenly apart, 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openFirstToken(page, 'Aktivität');
    await expectEvenTabs(page);
  });
});

async function expectEvenTabs(page: Page) {
  const tabs = await page.getByRole('tablist', { name: /./ }).getByRole('tab').all();
  expect(tabs.length).toBe(5);
  const texts: { left: number; right: number; top: number }[] = [];
  for (const tab of tabs) texts.push(await textBox(tab));
  const gaps = texts.slice(1).map((text, i) => text.left - texts[i]!.right);
  // Each tab is as wide as its label in bold (so selecting one moves none): the gaps differ by what bold adds to
  // the labels beside them. Centred, that is half of it on each side, under 8 px here; with the labels at their
  // tabs' start, the whole of it fell after each label (11–13 px apart).
  expect(
    Math.max(...gaps) - Math.min(...gaps),
    `gaps between the tabs' labels: ${gaps.map(Math.round).join(', ')}`,
  ).toBeLessThan(8);
}

test('the detail page’s tabs stand evenly apart, and the summary’s values start on one line, 1280 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFirstToken(page, 'General');
  await expectEvenTabs(page);
  const summary = page.getByRole('region', { name: 'Summary' });
  const values = summary.getByRole('definition');
  await expect(values.nth(1)).toContainText(/\d|Never/);
  const [account, lastAccess] = [await box(values.nth(0)), await box(values.nth(1))];
  expect(Math.abs(account.y - lastAccess.y), 'the values right under their terms').toBeLessThanOrEqual(1);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the Activity’s From and To are as wide as each other', async ({ page }) => {
    // A token with requests on record: one never used has no date range to pick.
    const used = new MockDb().listAuditRecords().find((record) => record.actor.id.startsWith('TKN-'));
    await page.goto(`${GRID}/${used!.actor.id}/activity`);
    const range = page.getByRole('group', { name: 'Date range' });
    const [from, to] = [await box(range.getByLabel('From')), await box(range.getByLabel('To'))];
    expect(Math.abs(from.width - to.width)).toBeLessThanOrEqual(1);
  });

  test('a confirmation’s buttons fill their line, and a notification’s close button is big enough to hit', async ({
    page,
  }) => {
    await openGrid(page);
    const row = page.getByRole('table').getByRole('row').filter({ hasText: 'Active' }).first();
    await row.getByRole('button', { name: /^Actions for / }).click();
    await page.getByRole('menuitem', { name: 'Disable' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Disable API token?' });
    const cancel = await box(confirm.getByRole('button', { name: 'Cancel' }));
    const disable = await box(confirm.getByRole('button', { name: 'Disable token' }));
    const dialog = await box(confirm);
    // Within the footer's padding (16 px each side on a phone), the two buttons and the gap between them.
    expect(cancel.x - dialog.x).toBeLessThanOrEqual(18);
    expect(dialog.x + dialog.width - (disable.x + disable.width)).toBeLessThanOrEqual(18);
    await confirm.getByRole('button', { name: 'Disable token' }).click();
    const close = page.getByRole('region', { name: 'Notifications (F8)' }).getByRole('button', {
      name: 'Dismiss notification',
    });
    const closeBox = await box(close.first());
    expect(closeBox.width).toBeGreaterThanOrEqual(24);
    expect(closeBox.height).toBeGreaterThanOrEqual(24);
  });
});

test('a laptop’s window beside the portal’s sidebar (1280 px): each date on one line, and the names too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openGrid(page);
  const table = page.getByRole('table');
  const lines = await table.locator('tbody td').evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const label = cell.getAttribute('data-label') ?? '';
      if (!['Date created', 'Last access', 'API token'].includes(label)) return [];
      // The date's line (or "Never used"), and the name in its link; a line of text is one client rect.
      const walker = document.createTreeWalker(cell.querySelector('a') ?? cell, NodeFilter.SHOW_TEXT);
      const text = walker.nextNode();
      if (!text?.textContent?.trim()) return [];
      const range = document.createRange();
      range.selectNodeContents(text);
      return [{ label, text: text.textContent, lines: range.getClientRects().length }];
    }),
  );
  expect(lines.length).toBeGreaterThanOrEqual(30);
  expect(lines.filter((line) => line.lines !== 1)).toEqual([]);
});
