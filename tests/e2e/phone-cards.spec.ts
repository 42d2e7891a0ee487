import { expect, test, type Locator, type Page } from '@playwright/test';
import { pseudoText } from '../../src/lib/pseudo-locale';
import { activeRowNames, dataRows, fillWizard, grid, GRID, notice, openGrid, rowByName } from './support/app';
import { expectNoAxeViolations, settle, type ColorScheme } from './support/axe';
import {
  awaitSettledLayout,
  buttonRows,
  expectInViewport,
  expectNoSideScroll,
  keepScreenshot,
  twoFrames,
} from './support/layout';

// On a phone the grid's rows are drawn as cards: the page never scrolls sideways, and neither does the grid. The
// cards are the table's own rows, so they keep its information, actions and order for keyboards and screen readers.

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1440, height: 900 };
const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];
// axe runs in each test; on a busy two-core machine that takes longer than the default budget.
test.describe.configure({ timeout: 120_000 });

function tableRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'API tokens table' });
}

/** Neither the page nor the grid's own scroll area is wider than what it shows. */
async function expectNothingScrollsSideways(page: Page, where: string): Promise<void> {
  await expectNoSideScroll(page, where);
  const region = await tableRegion(page).evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(
    region.scrollWidth,
    `${where}: the grid is ${region.scrollWidth}px wide in ${region.clientWidth}px`,
  ).toBeLessThanOrEqual(region.clientWidth);
}

for (const colorScheme of SCHEMES) {
  test.describe(`phone cards, ${colorScheme}`, () => {
    test.use({ viewport: PHONE, colorScheme });

    test('no sideways scroll; a card shows its status and its actions', async ({ page }, testInfo) => {
      await openGrid(page);
      await expectNothingScrollsSideways(page, 'grid');
      await keepScreenshot(page, testInfo, `360px-${colorScheme}-cards`);

      const card = dataRows(page).first();
      const name = ((await card.getByRole('link').first().textContent()) ?? '').trim();
      await expectInViewport(page, card, 'first card');
      await expectInViewport(page, card.getByRole('checkbox', { name: `Select ${name}` }), 'checkbox');
      await expectInViewport(page, card.getByText(/^(Active|Disabled)$/), 'status');
      // Every cell of the card lies inside the window: none is cut off or pushed out to the right.
      const cells = card.getByRole('cell');
      await expect(cells).toHaveCount(8);
      for (let i = 0; i < 8; i++) await expectInViewport(page, cells.nth(i), `cell ${i + 1} of the card`);

      // The keyboard meets the card's controls in the table's order: select, name, menu.
      await card.getByRole('checkbox').focus();
      await page.keyboard.press('Tab');
      await expect(card.getByRole('link', { name })).toBeFocused();
      await page.keyboard.press('Tab');
      const menuButton = card.getByRole('button', { name: `Actions for ${name}` });
      await expect(menuButton).toBeFocused();
      await expectInViewport(page, menuButton, 'row menu button');
      await page.keyboard.press('Enter');
      const menu = page.getByRole('menu');
      await settle(page);
      await expectInViewport(page, menu, 'row menu');
      await expect(menu.getByRole('menuitem', { name: 'Edit' })).toBeVisible();
      await expectNothingScrollsSideways(page, 'row menu open');
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await expect(menuButton).toBeFocused();

      await expectNoAxeViolations(page, `cards ${colorScheme}`, { schemes: [colorScheme] });
    });

    test('bulk-disable from the cards', async ({ page }, testInfo) => {
      await openGrid(page);
      const names = await activeRowNames(page, 2);
      for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}` }).check();

      const bar = page.getByRole('region', { name: 'Selected tokens' });
      await expect(bar).toBeVisible();
      await expectNothingScrollsSideways(page, 'selection bar');
      await settle(page);
      await keepScreenshot(page, testInfo, `360px-${colorScheme}-cards-selected`);
      await expectNoAxeViolations(page, `cards selected ${colorScheme}`, { schemes: [colorScheme] });

      // Down the list, at its last card (screenfuls below), the bar and its actions are still at hand.
      const far = dataRows(page).last();
      await far.evaluate((card) => card.scrollIntoView({ block: 'end' }));
      await expectInViewport(page, far, 'the last card');
      const disable = bar.getByRole('button', { name: 'Disable' });
      // Where it is, without scrolling to it.
      const stays = await disable.boundingBox();
      expect(stays, 'Disable has a box').not.toBeNull();
      expect(stays!.y, 'Disable in the window, scrolled down').toBeGreaterThanOrEqual(0);
      expect(stays!.y + stays!.height, 'Disable in the window, scrolled down').toBeLessThanOrEqual(
        PHONE.height,
      );
      await keepScreenshot(page, testInfo, `360px-${colorScheme}-cards-selected-scrolled`);
      await disable.click();
      const dialog = page.getByRole('alertdialog', { name: 'Disable 2 tokens?' });
      await dialog.getByRole('button', { name: 'Disable 2 tokens' }).click();
      await expect(dialog).toBeHidden();
      await expect(notice(page, '2 tokens disabled')).toBeVisible();
      for (const name of names)
        await expect(rowByName(page, name).getByText('Disabled', { exact: true })).toBeVisible();
      await expect(bar).toBeHidden();
    });
  });
}

test.describe('phone cards keep the table', () => {
  test('a card reads like its row in the desktop table: same cells, same order', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openGrid(page);
    const wide = await grid(page).ariaSnapshot();

    await page.setViewportSize(PHONE);
    // The cards are laid out: the first row's name and menu share a line.
    await expect
      .poll(async () => {
        const row = dataRows(page).first();
        const link = await row.getByRole('link').first().boundingBox();
        const menu = await row.getByRole('button', { name: /^Actions for / }).boundingBox();
        return !!link && !!menu && Math.abs(link.y - menu.y) < 40;
      })
      .toBe(true);
    await expectNothingScrollsSideways(page, 'after resizing');
    expect(await grid(page).ariaSnapshot()).toBe(wide);
    // Still a table, with its column headers.
    await expect(grid(page).getByRole('columnheader')).toHaveCount(8);
    await expect(dataRows(page).first().getByRole('cell')).toHaveCount(8);
  });

  for (const colorScheme of SCHEMES) {
    test(`the desktop table is unchanged, ${colorScheme}`, async ({ page }, testInfo) => {
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme });
      await openGrid(page);
      await expectNothingScrollsSideways(page, 'desktop grid');
      // One row is one line: the name and the status are side by side.
      const row = dataRows(page).first();
      const link = (await row.getByRole('link').first().boundingBox())!;
      const status = (await row.getByText(/^(Active|Disabled)$/).boundingBox())!;
      expect(status.x).toBeGreaterThan(link.x + link.width);
      await keepScreenshot(page, testInfo, `1440px-${colorScheme}-table`);
    });
  }
});

test.describe('the token just added', () => {
  /** Adds a token through the wizard and closes its summary; the grid then lights its row up. */
  async function addToken(page: Page, name: string) {
    const wizard = await fillWizard(page, name);
    await wizard.getByRole('button', { name: 'Add', exact: true }).click();
    await wizard.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Close anyway' }).click();
  }

  /** The row's and its cells' backgrounds at the highlight's start, with every animation held there. */
  async function colorsAtStart(row: Locator) {
    return row.evaluate((tr) => {
      for (const animation of document.getAnimations()) {
        animation.pause();
        animation.currentTime = 0;
      }
      const cells = [...tr.querySelectorAll('td')].map((td) => getComputedStyle(td).backgroundColor);
      return { row: getComputedStyle(tr).backgroundColor, cells: [...new Set(cells)] };
    });
  }

  const CLEAR = 'rgba(0, 0, 0, 0)';

  test('lights up as one card on a phone, not cell by cell', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openGrid(page);
    const surface = await dataRows(page)
      .first()
      .evaluate((tr) => getComputedStyle(tr).backgroundColor);
    await addToken(page, 'E2E lit card');
    const row = rowByName(page, 'E2E lit card');
    await expect(row).toBeVisible();
    const colors = await colorsAtStart(row);
    expect(colors.cells).toEqual([CLEAR]);
    expect(colors.row).not.toBe(surface);
    expect(colors.row).not.toBe(CLEAR);
  });

  test('lights up as one row in the desktop table', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openGrid(page);
    await addToken(page, 'E2E lit row');
    const row = rowByName(page, 'E2E lit row');
    await expect(row).toBeVisible();
    const colors = await colorsAtStart(row);
    expect(colors.cells).toHaveLength(1);
    expect(colors.cells[0]).not.toBe(CLEAR);
  });
});

// Between a phone and a wide window: cards (two to a row from 720 px of module) until the table fits its card in
// every shipped language, then the table. Nothing scrolls sideways at any of these widths, in English or German.
const SWEEP = [360, 375, 384, 412, 480, 600, 768, 820, 900, 1024, 1100, 1180, 1280, 1440, 1920];
for (const { locale, region, hygiene, toolbarName } of [
  { locale: 'en-US', region: 'API tokens table', hygiene: 'Token hygiene', toolbarName: 'Grid view' },
  {
    locale: 'de-DE',
    region: 'Tabelle der API-Tokens',
    hygiene: 'Token-Hygiene',
    toolbarName: 'Tabellenansicht',
  },
] as const) {
  test.describe(`from phone to desktop, ${locale}`, () => {
    test.use({ locale });

    test('cards, then two to a row, then the table; nothing scrolls sideways; the counters four or two a row', async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width: 1024, height: 800 });
      await page.goto(GRID);
      const table = page.getByRole('region', { name: region });
      await expect(table).not.toHaveAttribute('aria-busy', 'true');
      const cards = table.getByRole('row').filter({ has: page.getByRole('link') });
      await expect(cards.first()).toBeVisible();
      // The hygiene counts are read apart from the rows, and may come after them: their four counters are awaited.
      await expect(page.getByRole('list', { name: hygiene }).getByRole('listitem')).toHaveCount(4);
      const toolbar = page.getByRole('group', { name: toolbarName });
      for (const width of SWEEP) {
        await page.setViewportSize({ width, height: 800 });
        await awaitSettledLayout(
          page,
          async () => [
            await cards.first().evaluate((row) => getComputedStyle(row).display),
            await cards.nth(1).boundingBox(),
            await page.getByRole('list', { name: hygiene }).boundingBox(),
            await buttonRows(toolbar),
          ],
          `${width} px`,
        );
        await expectNoSideScroll(page, `${width} px`);
        const overflow = await table.evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(overflow, `at ${width} px the grid scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        const moduleWidth = await table.evaluate(
          (element) => element.closest('[data-api-tokens-admin]')?.getBoundingClientRect().width ?? 0,
        );
        const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
        if (!first || !second) throw new Error(`the first two rows have boxes at ${width} px`);
        const sideBySide = Math.abs(first.y - second.y) < 1 && second.x > first.x;
        const display = await cards.first().evaluate((row) => getComputedStyle(row).display);
        if (moduleWidth >= 960) {
          expect(display, `a table row at ${width} px (module ${moduleWidth}px)`).toBe('table-row');
        } else {
          expect(display, `a card at ${width} px (module ${moduleWidth}px)`).toBe('grid');
          expect(sideBySide, `two cards to a row at ${width} px (module ${moduleWidth}px)`).toBe(
            moduleWidth >= 720,
          );
        }
        // The hygiene counters: one row of four, or two rows of two; never three over one.
        const counterTops = await page
          .getByRole('list', { name: hygiene })
          .getByRole('listitem')
          .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
        const perRow = [...new Set(counterTops)].map((top) => counterTops.filter((t) => t === top).length);
        expect(perRow, `counters a row at ${width} px`).toEqual(moduleWidth >= 684 ? [4] : [2, 2]);
        // The toolbar's six buttons: one row, or rows of three or two; never one left alone, none past the edge.
        // On a phone, two even columns whatever the labels' lengths.
        const boxes = await toolbar
          .getByRole('button')
          .evaluateAll((buttons) =>
            buttons.map((button) => button.getBoundingClientRect().toJSON() as DOMRect),
          );
        const edge = await toolbar.evaluate((group) => group.parentElement!.getBoundingClientRect().right);
        const rows = await buttonRows(toolbar);
        expect(boxes).toHaveLength(6);
        expect([[6], [3, 3], [2, 2, 2]], `toolbar buttons a row at ${width} px`).toContainEqual(rows.counts);
        expect(Math.max(...boxes.map((box) => box.right)), `toolbar at ${width} px`).toBeLessThanOrEqual(
          edge + 0.5,
        );
        if (moduleWidth < 440) {
          expect(rows.counts, `toolbar buttons a row at ${width} px`).toEqual([2, 2, 2]);
          const [left, right] = rows.lefts[0]!;
          expect(rows.lefts, `toolbar columns at ${width} px`).toEqual([
            [left, right],
            [left, right],
            [left, right],
          ]);
          const [columnWidth] = rows.widths[0]!;
          expect(rows.widths.flat(), `toolbar buttons' widths at ${width} px`).toEqual(
            Array(6).fill(columnWidth),
          );
        }
        if (moduleWidth < 960) {
          // Above the cards the sort buttons take one line, however many and however long their words.
          const sortTops = await table
            .getByRole('columnheader')
            .getByRole('button')
            .evaluateAll((buttons) =>
              buttons.map((button) => Math.round(button.getBoundingClientRect().top)),
            );
          expect(sortTops.length).toBeGreaterThan(3);
          expect(new Set(sortTops).size, `lines of sort buttons at ${width} px`).toBe(1);
        }
        if (width === 1024) await keepScreenshot(page, testInfo, `${locale}-cards-1024`);
      }
    });
  });
}

// The toolbar at every width from a phone to a desktop, in English, German and the longer en-XA: the six buttons in
// one row with the row count at its end, or in even columns of three or two (each button as wide as the others,
// each column's under the one above), the count at the end beside them or on a line of its own under them. Never a
// button alone on a row, a row of four over two, or the count under part of the buttons.
const TOOLBAR_WIDTHS = Array.from({ length: 31 }, (_, step) => 320 + step * 32);
for (const { locale, toolbarName, count } of [
  { locale: 'en-US', toolbarName: 'Grid view', count: '60 rows' },
  { locale: 'de-DE', toolbarName: 'Tabellenansicht', count: '60 Zeilen' },
  { locale: 'en-XA', toolbarName: pseudoText('Grid view'), count: pseudoText('60 rows', ['60']) },
] as const) {
  test.describe(`the toolbar at every width, ${locale}`, () => {
    test.use({ locale });

    test('one row, or even columns of three or two; the count at their end or under them', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(GRID);
      const toolbar = page.getByRole('group', { name: toolbarName });
      const total = page.getByText(count, { exact: true });
      await expect(total).toBeVisible();
      // What is wrong with the toolbar's arrangement as laid out now; nothing once it is right.
      const problems = async (): Promise<string[]> => {
        const rows = await buttonRows(toolbar);
        const buttons = await toolbar
          .getByRole('button')
          .evaluateAll((all) => all.map((button) => button.getBoundingClientRect().toJSON() as DOMRect));
        const block = {
          left: Math.min(...buttons.map((box) => box.left)),
          right: Math.max(...buttons.map((box) => box.right)),
          top: Math.min(...buttons.map((box) => box.top)),
          bottom: Math.max(...buttons.map((box) => box.bottom)),
        };
        const bar = await toolbar.evaluate((group) => {
          const box = group.parentElement!.getBoundingClientRect();
          return { left: box.left, right: box.right };
        });
        const found: string[] = [];
        if (!/^\[(6|3,3|2,2,2)\]$/.test(JSON.stringify(rows.counts)))
          found.push(`buttons a row: ${JSON.stringify(rows.counts)}`);
        if (block.right > bar.right + 0.5) found.push("buttons past the toolbar's end");
        if (rows.counts.length > 1) {
          if (new Set(rows.widths.flat()).size !== 1)
            found.push(`button widths: ${rows.widths.flat().join()}`);
          if (new Set(rows.lefts.map((lefts) => lefts.join())).size !== 1)
            found.push('columns not under each other');
        }
        const box = (await total.boundingBox())!;
        const middle = box.y + box.height / 2;
        const beside = box.x >= block.right && middle > block.top && middle < block.bottom;
        const under = box.y >= block.bottom - 0.5 && Math.abs(box.x - bar.left) < 1;
        if (!beside && !under) found.push('the count neither beside the buttons nor under them');
        if (beside && Math.abs(box.x + box.width - bar.right) >= 0.5)
          found.push("the count not at the toolbar's end");
        if (rows.counts.length === 1 && !beside) found.push('the count not beside one row of buttons');
        return found;
      };
      for (const width of TOOLBAR_WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        // A new window size can reach the page's layout a frame or more late on a busy machine, the buttons' rows
        // before their widths: the whole arrangement is awaited, and one that never gets right fails with what
        // is wrong with it.
        await expect.poll(problems, { message: `the toolbar at ${width} px` }).toEqual([]);
      }
    });
  });
}

// The sort buttons' line is wider than a phone: it scrolls sideways, an edge with buttons out of sight casts a
// shadow, the sort in use is in sight when the page opens, and the select-all box stays put while the keyboard
// walks the buttons, each brought clear of it into sight, and the strip still for one in sight already.
for (const { locale, selectAll, sortInUse, region, hygiene } of [
  {
    locale: 'en-US',
    selectAll: 'Select all on this page',
    sortInUse: 'Date created',
    region: 'API tokens table',
    hygiene: 'Token hygiene',
  },
  {
    locale: 'de-DE',
    selectAll: 'Alle auf dieser Seite auswählen',
    sortInUse: 'Erstellt am',
    region: 'Tabelle der API-Tokens',
    hygiene: 'Token-Hygiene',
  },
] as const) {
  test.describe(`the sort buttons on a phone, ${locale}`, () => {
    test.use({ locale, viewport: { width: 375, height: 740 } });

    test('one line that scrolls sideways, the sort in use in sight, the select-all box in place', async ({
      page,
    }, testInfo) => {
      await page.goto(GRID);
      const table = page.getByRole('region', { name: region });
      await expect(table).not.toHaveAttribute('aria-busy', 'true');
      const headers = table.getByRole('columnheader');
      const checkbox = headers.getByRole('checkbox', { name: selectAll });
      const strip = table.getByRole('row').first();
      const style = await strip.evaluate((row) => {
        const computed = getComputedStyle(row);
        return {
          overflows: row.scrollWidth > row.clientWidth,
          attachment: computed.backgroundAttachment,
          layers: computed.backgroundImage.split('linear-gradient').length - 1,
        };
      });
      expect(style.overflows, 'the sort buttons are wider than a phone').toBe(true);
      // Covers that scroll with the buttons (local) over edge shadows that stay (scroll).
      expect(style.attachment).toMatch(/^local, local, scroll, scroll/);
      expect(style.layers).toBe(4);
      await keepScreenshot(page, testInfo, `${locale}-sort-strip`);

      const stripBox = (await strip.boundingBox())!;
      const boxAtStart = (await checkbox.boundingBox())!;
      /** The button lies wholly in the strip's visible part, right of the select-all box, which has not moved. */
      const expectInSight = async (button: Locator, what: string) => {
        const box = (await button.boundingBox())!;
        const check = (await checkbox.boundingBox())!;
        expect(Math.round(check.x), `the select-all box stays put (${what})`).toBe(Math.round(boxAtStart.x));
        expect(box.x, `${what} clear of the select-all box`).toBeGreaterThanOrEqual(check.x + check.width);
        expect(box.x + box.width, `${what} in sight`).toBeLessThanOrEqual(stripBox.x + stripBox.width + 0.5);
      };
      await expectInSight(headers.getByRole('button', { name: sortInUse, exact: true }), 'the sort in use');

      /** Whether the button lies wholly in the strip's visible part, clear of the select-all box. */
      const inSight = async (button: Locator) => {
        const box = (await button.boundingBox())!;
        const check = (await checkbox.boundingBox())!;
        return box.x >= check.x + check.width && box.x + box.width <= stripBox.x + stripBox.width + 0.5;
      };
      const scrolled = () => strip.evaluate((row) => row.scrollLeft);
      /** Moves focus with `key` onto `button`: in sight after, and the strip still if it was in sight before. */
      const walkTo = async (key: string, button: Locator) => {
        const what = `${await button.textContent()} focused with ${key}`;
        const wasInSight = await inSight(button);
        const before = await scrolled();
        await page.keyboard.press(key);
        await expect(button).toBeFocused();
        await twoFrames(page);
        await expectInSight(button, what);
        if (wasInSight) expect(await scrolled(), `${what}: the strip stays where it was`).toBe(before);
        return wasInSight;
      };

      // The strip follows the keyboard once the grid's extras are in, as its hygiene counts are.
      await expect(page.getByRole('list', { name: hygiene })).toBeVisible();
      await checkbox.focus();
      const buttons = await headers.getByRole('button').all();
      expect(buttons.length).toBeGreaterThan(3);
      const seenAlready: boolean[] = [];
      for (const button of buttons) seenAlready.push(await walkTo('Tab', button));
      // And back: the buttons passed on the way are still in sight, and the strip does not move for them.
      for (const button of buttons.slice(0, -1).reverse()) await walkTo('Shift+Tab', button);
      // Some buttons were in sight already and some were not, so both cases were walked through.
      expect(seenAlready).toContain(true);
      expect(seenAlready).toContain(false);
    });
  });
}

test.describe('a search without matches', () => {
  test.use({ viewport: PHONE });

  test('a long search without spaces wraps in "No API tokens match" instead of widening the page', async ({
    page,
  }) => {
    // As long as the search box takes, and no place to break: a pasted hash, say.
    const search = 'x'.repeat(100);
    await page.goto(`${GRID}?q=${search}`);
    const title = page.getByRole('heading', { name: `No API tokens match “${search}”` });
    await expect(title).toBeVisible();
    await expectNoSideScroll(page, 'no match for a long search');
    const card = await title.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const module = element.closest('[data-api-tokens-admin]')?.getBoundingClientRect();
      return {
        left: box.left,
        right: box.right,
        moduleLeft: module?.left ?? 0,
        moduleRight: module?.right ?? 0,
      };
    });
    expect(card.left).toBeGreaterThanOrEqual(card.moduleLeft);
    expect(card.right).toBeLessThanOrEqual(card.moduleRight);
  });
});
