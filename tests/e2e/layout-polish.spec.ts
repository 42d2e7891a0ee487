import { expect, test, type Locator, type Page } from '@playwright/test';
import { dataRows, detailTab, fillWizard, GRID, openGrid, pickRowAction, rowByName } from './support/app';
import { settle, type ColorScheme } from './support/axe';
import { box, keepScreenshot, overlaps, type Box } from './support/layout';

// The page's finish at a phone's 360 px and a desktop's 1440 px, light and dark (issue 22, Layout): hints that close
// on click and never sit over the controls, no jump after a delete, the hygiene strip as wide as the grid's card,
// names that keep to their column, IDs that never break, and the audit trail's pager on one line.

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1440, height: 900 },
] as const;
const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];
test.describe.configure({ timeout: 90_000 });

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

      test('names keep to their column, IDs never break, the audit pager stays on one line', async ({
        page,
      }, testInfo) => {
        await openGrid(page);
        const rows = dataRows(page);
        // Every ID in the grid is one line high, at every width.
        const ids = page.getByRole('table', { name: 'API tokens' }).getByText(/^(TKN|USR|MOD)-\d{4}-\d{4}$/);
        expect(await ids.count()).toBeGreaterThan(10);
        for (const id of await ids.all()) await expectOneLine(id, `ID ${await id.textContent()}`);
        // A name takes two lines at most; a short one (as on a desktop) just one.
        for (const link of await rows.getByRole('link').all()) {
          const name = ((await link.textContent()) ?? '').trim();
          const { height, line } = await link.evaluate((element) => ({
            height: element.getBoundingClientRect().height,
            line: parseFloat(getComputedStyle(element).lineHeight),
          }));
          expect(height, `"${name}" takes at most two lines`).toBeLessThan(line * 2.5);
          if (!phone && name.length <= 28) await expectOneLine(link, `"${name}"`);
        }
        await keepScreenshot(page, testInfo, `${label}-grid-names`);

        // A long name: clamped in the grid and in the detail header, whole in the link's and heading's name.
        const longName =
          'Quarterly reconciliation exporter for the European subsidiaries, finance operations and audit';
        const first = rows.first();
        const oldName = ((await first.getByRole('link').first().textContent()) ?? '').trim();
        await first.getByRole('button', { name: `Actions for ${oldName}` }).click();
        await page.getByRole('menuitem', { name: 'Edit' }).click();
        const edit = page.getByRole('dialog', { name: 'Edit API token' });
        await edit.getByRole('textbox', { name: 'API token name' }).fill(longName);
        await edit.getByRole('button', { name: 'Save' }).click();
        await expect(edit).toBeHidden();
        const link = page.getByRole('link', { name: longName, exact: true });
        await expect(link).toBeVisible();
        const clamp = await link.evaluate((element) => ({
          height: element.getBoundingClientRect().height,
          line: parseFloat(getComputedStyle(element).lineHeight),
        }));
        expect(clamp.height, 'the long name is clamped to two lines').toBeLessThan(clamp.line * 2.5);
        await expect(link).toHaveAttribute('title', longName);

        await link.click();
        const heading = page.getByRole('heading', { level: 1, name: longName });
        await expect(heading).toBeVisible();
        const headingBox = await box(heading);
        const editButton = page.getByRole('button', { name: 'Edit', exact: true });
        const editBox = await box(editButton);
        if (!phone) {
          // Edit stays on the name's row.
          expect(editBox.y, 'Edit beside the name').toBeLessThan(headingBox.y + headingBox.height);
        }
        if (phone) {
          // The tab row is wider than the phone and scrolls sideways; the edge with tabs out of sight shows it:
          // covers that scroll with the tabs (local) over edge shadows that stay (scroll).
          const strip = await page.getByRole('tablist').evaluate((list) => {
            const scroller = list.parentElement as HTMLElement;
            const style = getComputedStyle(scroller);
            return {
              overflows: scroller.scrollWidth > scroller.clientWidth,
              attachment: style.backgroundAttachment,
              layers: style.backgroundImage.split('linear-gradient').length - 1,
            };
          });
          expect(strip.overflows, 'the tab row scrolls sideways on a phone').toBe(true);
          expect(strip.attachment).toMatch(/^local, local, scroll, scroll/);
          expect(strip.layers).toBe(4);
        }
        const headingLines = await heading.evaluate(
          (element) =>
            element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight),
        );
        expect(headingLines, 'the heading takes two lines at most').toBeLessThan(2.5);
        await expectOneLine(page.getByText(/^TKN-\d{4}-\d{4}$/).first(), 'the header’s ID');
        await keepScreenshot(page, testInfo, `${label}-detail-long-name`);

        // The audit trail: IDs on one line; Previous, the page box and Next share one line.
        await detailTab(page, 'Audit trail').click();
        const panel = page.getByRole('tabpanel', { name: 'Audit trail' });
        const pager = panel.getByRole('navigation', { name: 'Audit trail pages' });
        await expect(pager).toBeVisible();
        for (const id of await panel.getByText(/^(AUD|USR)-\d{4}-\d{4}/).all())
          await expectOneLine(id, `audit ID ${await id.textContent()}`);
        const middles = await Promise.all(
          [
            pager.getByRole('button', { name: 'Previous' }),
            pager.getByRole('textbox', { name: /Page number/ }),
            pager.getByRole('button', { name: 'Next' }),
          ].map(async (control) => {
            const found = await box(control);
            return Math.round(found.y + found.height / 2);
          }),
        );
        expect(new Set(middles).size, `pager controls centred at ${middles.join(', ')}`).toBe(1);
        await pager.scrollIntoViewIfNeeded();
        await settle(page);
        await keepScreenshot(page, testInfo, `${label}-audit-trail`);

        // A confirmation names the token by its ID, which stays whole.
        await page.getByRole('button', { name: 'More actions' }).click();
        await page.getByRole('menuitem', { name: 'Disable' }).click();
        const dialog = page.getByRole('alertdialog', { name: 'Disable API token?' });
        const dialogId = dialog.getByText(/^TKN-\d{4}-\d{4}$/);
        await expect(dialogId).toBeVisible();
        await expectOneLine(dialogId, 'the dialog’s ID');
        await settle(page);
        await keepScreenshot(page, testInfo, `${label}-disable-dialog`);
      });

      test('a failed check says so in its line: the Retry in it makes no line taller', async ({
        page,
      }, testInfo) => {
        // Every list request fails: the wizard's same-name check among them.
        await page.goto(`${GRID}/new?scenario=fail:list:500`);
        const dialog = page.getByRole('dialog', { name: 'Add API token' });
        await dialog.getByRole('textbox', { name: 'API token name' }).fill('Nightly export');
        const retry = dialog.getByRole('button', { name: 'Retry' });
        await expect(retry).toBeVisible({ timeout: 20_000 });
        const text = dialog.getByText(/^Could not check whether another token has this name/);
        const lines = await text.evaluate((element) => {
          const lineHeight = parseFloat(getComputedStyle(element).lineHeight);
          return element.getBoundingClientRect().height / lineHeight;
        });
        expect(Math.abs(lines - Math.round(lines)), `${lines} lines`).toBeLessThan(0.02);
        await keepScreenshot(page, testInfo, `${label}-name-check-failed`);
      });

      test('the wizard’s Close keeps its place when the wizard opens a second time', async ({ page }) => {
        // The second time, the button's own stylesheet is loaded after the dialog's and won a tie.
        await openGrid(page);
        for (const time of ['first', 'second']) {
          await page.getByRole('link', { name: 'Add', exact: true }).click();
          const close = page
            .getByRole('dialog', { name: 'Add API token' })
            .getByRole('button', { name: 'Close' });
          await expect(close, `Close, the ${time} time`).toHaveCSS('padding-left', '0px');
          await page.goBack();
          await expect(page.getByRole('dialog')).toBeHidden();
        }
      });

      test('the notice of a restored draft gives its words the width, and Start over its own size', async ({
        page,
      }, testInfo) => {
        await openGrid(page);
        await page.getByRole('link', { name: 'Add', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Add API token' });
        await dialog.getByRole('textbox', { name: 'API token name' }).fill('Nightly export');
        await page.goBack();
        await expect(dialog).toBeHidden();
        await page.getByRole('link', { name: 'Add', exact: true }).click();
        const startOver = dialog.getByRole('button', { name: 'Start over' });
        await expect(startOver).toBeVisible();
        const notice = startOver.locator('xpath=..');
        const words = notice.getByText(/^What you typed before you left this form is back/);
        const [noticeBox, wordsBox, buttonBox] = [await box(notice), await box(words), await box(startOver)];
        expect(buttonBox.height, 'Start over as tall as a button, not as the words').toBeLessThan(40);
        expect(wordsBox.width, 'the words take most of the notice').toBeGreaterThan(noticeBox.width * 0.6);
        await keepScreenshot(page, testInfo, `${label}-draft-restored`);
      });

      test('an error panel keeps the Trace ID beside its copy button', async ({ page }, testInfo) => {
        await page.goto(`${GRID}?scenario=fail:list:500`);
        // Transient failures are retried with backoff before the error shows.
        await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 20_000 });
        const id = page.locator('code').filter({ hasText: /^00-/ });
        const copy = page.getByRole('button', { name: 'Copy Trace ID' });
        // The button comes in a chunk of its own: measured once it is there.
        await expect(copy).toBeVisible();
        const idRight = await id.evaluate((code) =>
          Math.max(...[...code.getClientRects()].map((line) => line.right)),
        );
        const copyBox = await box(copy);
        const idLines = await box(id.locator('xpath=..'));
        // On a phone the ID wraps in its own column; the button stays to its right, not on a line of its own.
        expect(copyBox.x, 'the copy button right of the ID').toBeGreaterThanOrEqual(idRight);
        const middle = copyBox.y + copyBox.height / 2;
        expect(middle, 'the copy button beside the ID').toBeGreaterThan(idLines.y);
        expect(middle, 'the copy button beside the ID').toBeLessThan(idLines.y + idLines.height);
        await keepScreenshot(page, testInfo, `${label}-error-panel`);
      });
    });
  }
}

// The date columns' headers: on one line wherever the table has room for them, in English and in German, and never
// at the cost of the table outgrowing its card (it scrolled sideways at 1180-1200 px before).
const HEADERS = [
  { locale: 'en-US', region: 'API tokens table', dates: ['Date created', 'Last access'] },
  { locale: 'de-DE', region: 'Tabelle der API-Tokens', dates: ['Erstellt am', 'Letzter Zugriff'] },
] as const;

/** How many lines a header's words take (its text, not its sort icon). */
async function headerLines(header: Locator): Promise<number> {
  return header.evaluate((element) => {
    const tops = new Set<number>();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top / 4));
    }
    return tops.size;
  });
}

for (const { locale, region, dates } of HEADERS) {
  test.describe(`date headers, ${locale}`, () => {
    test.use({ locale });

    test('one line from 1320 px; the table within its card from 1180 px', async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 1600, height: 900 });
      await page.goto(GRID);
      const table = page.getByRole('region', { name: region });
      await expect(table).not.toHaveAttribute('aria-busy', 'true');
      await expect(table.getByRole('link').first()).toBeVisible();
      for (const width of [1180, 1280, 1320, 1440, 1600, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await table.evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(overflow, `at ${width} px the table scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        if (width < 1320) continue;
        for (const name of dates) {
          const header = page.getByRole('columnheader', { name });
          expect(await headerLines(header), `"${name}" on one line at ${width} px`).toBe(1);
        }
        if (width === 1440) await keepScreenshot(page, testInfo, `${locale}-date-headers-${width}`);
      }
    });
  });
}

test('Rotate: a name of one unbroken string wraps inside the dialog, on a phone and a desktop', async ({
  page,
}) => {
  const name = `Sync${'N'.repeat(196)}`;
  await openGrid(page);
  const wizard = await fillWizard(page, name);
  await wizard.getByRole('button', { name: 'Add', exact: true }).click();
  await wizard.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Close anyway' }).click();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await pickRowAction(page, name, 'Rotate…');
    const dialog = page.getByRole('dialog', { name: 'Rotate API token' });
    await expect(dialog.getByRole('textbox', { name: 'API token name' })).toHaveValue(name);
    const intro = dialog.getByText(/A new API token is created/);
    const [dialogBox, introBox] = [await box(dialog), await box(intro)];
    expect(
      introBox.x + introBox.width,
      `${viewport.width} px: the text ends inside the dialog`,
    ).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
    // What scrolls sideways in the dialog, but for the fields (a long value scrolls inside its box) and the
    // visually hidden texts (a 1 px box that clips its words).
    const sideways = await dialog.evaluate((element) =>
      [element, ...element.querySelectorAll('*')]
        .filter((inner) => !inner.matches('input, textarea') && inner.clientWidth > 1)
        .filter((inner) => inner.scrollLeft > 0 || inner.scrollWidth > inner.clientWidth + 1)
        .filter((inner) => getComputedStyle(inner).overflowX !== 'visible')
        .map((inner) => inner.className),
    );
    expect(sideways, `${viewport.width} px: nothing in the dialog scrolls sideways`).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  }
});
