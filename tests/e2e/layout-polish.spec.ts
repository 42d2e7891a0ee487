import { expect, test, type Locator, type Page } from '@playwright/test';
import { dataRows, detailTab, openGrid, rowByName } from './support/app';
import { settle, type ColorScheme } from './support/axe';
import { keepScreenshot } from './support/layout';

// The page's finish at a phone's 360 px and a desktop's 1440 px, light and dark (issue 22, Layout): hints that close
// on click and never sit over the controls, no jump after a delete, the hygiene strip as wide as the grid's card,
// names that keep to their column, IDs that never break, and the audit trail's pager on one line.

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1440, height: 900 },
] as const;
const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];
test.describe.configure({ timeout: 90_000 });

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(target: Locator): Promise<Box> {
  const found = await target.boundingBox();
  expect(found, 'element has a box').not.toBeNull();
  return found!;
}

/** Every visible tooltip's box. */
async function tooltipBoxes(page: Page): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const tooltip of await page.getByRole('tooltip').all()) {
    if (await tooltip.isVisible()) boxes.push(await box(tooltip));
  }
  return boxes;
}

/** A single line of text: the element is no taller than its own line height (plus rounding). */
async function expectOneLine(target: Locator, what: string): Promise<void> {
  const { height, lineHeight } = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    const line =
      style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.4 : parseFloat(style.lineHeight);
    return { height: element.getBoundingClientRect().height, lineHeight: line };
  });
  expect(height, `${what} is ${height}px tall, one line is ${lineHeight}px`).toBeLessThan(lineHeight * 1.5);
}

for (const viewport of VIEWPORTS) {
  for (const colorScheme of SCHEMES) {
    const label = `${viewport.width}px-${colorScheme}`;
    const phone = viewport.width < 600;

    test.describe(`finish at ${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme, hasTouch: phone });

      test('hygiene strip: as wide as the grid card; a hint closes on click and covers no control', async ({
        page,
      }, testInfo) => {
        await openGrid(page);
        const strip = page.getByRole('list', { name: 'Token hygiene' });
        const card = page.getByRole('region', { name: 'API tokens table' }).locator('xpath=..');
        const counters = strip.getByRole('link');
        await expect(counters).toHaveCount(4);
        await expect(counters.first()).toHaveAccessibleName(/^Active: \d+$/);
        await settle(page);

        // The strip's outer counters line up with the card's edges.
        const stripBox = await box(strip);
        const cardBox = await box(card);
        const first = await box(counters.first());
        const last = await box(counters.last());
        expect(Math.abs(first.x - cardBox.x), 'left edges').toBeLessThanOrEqual(1);
        expect(
          Math.abs(last.x + last.width - (cardBox.x + cardBox.width)),
          'right edges',
        ).toBeLessThanOrEqual(1);
        expect(Math.abs(stripBox.width - cardBox.width), 'widths').toBeLessThanOrEqual(1);

        const controls = phone
          ? [
              page.getByRole('button', { name: 'Sort', exact: true }),
              page.getByRole('button', { name: 'Filter', exact: true }),
            ]
          : await page.getByRole('group', { name: 'Grid view' }).getByRole('button').all();
        expect(controls.length).toBeGreaterThan(1);
        const controlBoxes = await Promise.all(controls.map(box));

        const active = counters.first();
        if (phone) {
          await active.tap();
        } else {
          await active.hover();
          // A resting mouse brings the hint.
          await expect(page.getByRole('tooltip')).toBeVisible();
          await active.click();
        }
        await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('Active');
        await expect(active).toHaveAttribute('aria-current', 'true');
        await settle(page);
        // Well past the hint's opening delay: nothing lingers.
        await page.waitForTimeout(600);
        const tips = await tooltipBoxes(page);
        expect(tips, 'no hint after the click').toHaveLength(0);
        for (const tip of tips)
          for (const control of controlBoxes) expect(overlaps(tip, control)).toBe(false);
        await keepScreenshot(page, testInfo, `${label}-hygiene-after-click`);
      });

      test('deleting a row keeps the page where it was', async ({ page }, testInfo) => {
        await openGrid(page);
        const rows = dataRows(page);
        await expect(rows).toHaveCount(10);

        /** Deletes the row from its menu, scrolled to `scrollTo`; the page must not move. */
        const deleteAt = async (index: number, scrollTo: 'end' | 'row' | number, what: string) => {
          const row = rows.nth(index);
          const name = ((await row.getByRole('link').first().textContent()) ?? '').trim();
          const top = await row.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
          await page.evaluate(
            ([to, rowTop]) => {
              window.scrollTo(
                0,
                to === 'end'
                  ? document.documentElement.scrollHeight
                  : to === 'row'
                    ? rowTop - 120
                    : Number(to),
              );
            },
            [scrollTo, top] as const,
          );
          await settle(page);
          const before = await page.evaluate(() => window.scrollY);
          await expect(row.getByRole('button', { name: `Actions for ${name}` })).toBeInViewport();

          await row.getByRole('button', { name: `Actions for ${name}` }).click();
          await page.getByRole('menuitem', { name: 'Delete' }).click();
          const dialog = page.getByRole('alertdialog', { name: 'Delete API token?' });
          await dialog.getByRole('button', { name: 'Delete token' }).click();
          await expect(dialog).toBeHidden();
          await expect(rowByName(page, name)).toHaveCount(0);
          // The next page's first row has moved up: the page is full again.
          await expect(rows).toHaveCount(10);
          // Focus went back to the table, without moving the page.
          await expect(page.getByRole('region', { name: 'API tokens table' })).toBeFocused();
          await settle(page);
          const after = await page.evaluate(() => window.scrollY);
          expect(
            Math.abs(after - before),
            `${what}: scrolled from ${before} to ${after}`,
          ).toBeLessThanOrEqual(4);
          return before;
        };

        // Scrolled to the end: the row's absence must not shorten the page while the next row is on its way.
        const atEnd = await deleteAt(phone ? 9 : 7, 'end', 'at the end');
        expect(atEnd, 'the page is scrolled down').toBeGreaterThan(100);
        await keepScreenshot(page, testInfo, `${label}-after-delete`);
        // Scrolled to a row further up: focusing the table (taller than the window) must not scroll it.
        await deleteAt(2, phone ? 'row' : 24, 'further up');
      });
    });
  }
}
