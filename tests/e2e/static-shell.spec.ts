import { expect, test, type Locator, type Page, type Route } from '@playwright/test';
import { dataRows, GRID, waitForRows } from './support/app';
import { HELD_ANSWERS, releaseHeldAnswersUntil } from './support/clock';
import { keepScreenshot, twoFrames } from './support/layout';

// The built index.html carries the page's shell (scripts/static-shell.ts): the portal's frame and the grid's
// heading, toolbar and column headers are on screen before any script has run, and React takes over without
// moving anything.

/** The app's entry script: held, the page shows only what the HTML brought. */
const ENTRY_SCRIPT = /\/assets\/index-[\w-]+\.js$/;

/** Holds the entry script's response until `release` is called. */
async function holdEntryScript(page: Page): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(ENTRY_SCRIPT, async (route: Route) => {
    await released;
    await route.continue();
  });
  return { release };
}

declare global {
  interface Window {
    __layoutShifts: { value: number; at: number; sources: string[] }[];
  }
}

/** Records every layout shift from the first paint on, before any of the page's scripts run. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        window.__layoutShifts.push({
          value: entry.value,
          at: entry.startTime,
          // Enough to find the element: its tag, text or the label of the nearest labelled ancestor, and the move.
          sources: (entry.sources ?? []).map((source) => {
            const node = source.node;
            const rect = (r: DOMRectReadOnly) =>
              `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
            const move = `${rect(source.previousRect)} -> ${rect(source.currentRect)}`;
            if (!(node instanceof Element)) return `? ${move}`;
            const labelled = node.closest('[aria-label],th,button,a');
            const label = labelled?.getAttribute('aria-label') ?? labelled?.textContent?.slice(0, 40) ?? '';
            return `${node.tagName} ${node.textContent?.slice(0, 40) ?? ''} in "${label}" ${move}`;
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the parts above the rows are: the frame, the heading, the toolbar and controls, the table's header row,
 * and each column header.
 */
async function geometry(page: Page, { phone = false } = {}): Promise<Record<string, Box>> {
  const parts: Record<string, Locator> = {
    banner: page.getByRole('banner').first(),
    // A phone's frame has no side navigation.
    ...(phone ? {} : { navigation: page.getByRole('navigation', { name: 'Settings sections' }) }),
    heading: page.getByRole('heading', { name: 'API tokens', level: 1 }),
    add: page.getByRole('link', { name: 'Add', exact: true }),
    toolbar: page.getByRole('group', { name: 'Grid view' }),
    status: page.getByRole('group', { name: 'Status', exact: true }),
    search: page.getByRole('textbox', { name: 'Search by name or ID' }),
    table: page.getByRole('table', { name: 'API tokens' }),
    headerRow: page.getByRole('row').first(),
  };
  const headers = page.getByRole('columnheader');
  const count = await headers.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) parts[`column ${i + 1}`] = headers.nth(i);
  const boxes: Record<string, Box> = {};
  for (const [name, locator] of Object.entries(parts)) {
    const box = await locator.boundingBox();
    expect(box, `${name} has no box`).not.toBeNull();
    boxes[name] = box!;
  }
  return boxes;
}

/**
 * What must not change. Everything keeps its place and size, except that the navigation and the table grow
 * downwards (rows come in below). The columns are sized by the column model, never by the rows, so every column
 * header keeps its place and width too.
 */
function placed(boxes: Record<string, Box>): Record<string, number[]> {
  return Object.fromEntries(
    Object.entries(boxes).map(([name, box]) => {
      const keys: (keyof Box)[] =
        name === 'navigation' || name === 'table' ? ['x', 'y', 'width'] : ['x', 'y', 'width', 'height'];
      return [name, keys.map((key) => Math.round(box[key]))];
    }),
  );
}

/** Each column header's left edge and width, to a hundredth of a pixel. */
async function columnEdges(page: Page): Promise<string[]> {
  return page
    .getByRole('table')
    .getByRole('columnheader')
    .evaluateAll((headers) =>
      headers.map((header) => {
        const { x, width } = header.getBoundingClientRect();
        return `${header.getAttribute('aria-sort') ?? ''}${x.toFixed(2)} +${width.toFixed(2)}`;
      }),
    );
}

test.describe('the page shell in the built HTML', () => {
  test('is there before any script runs: frame, heading, toolbar and column headers', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(GRID);
      await expect(page.getByRole('banner').getByText('Mock API')).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Settings sections' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
      const table = page.getByRole('table', { name: 'API tokens' });
      await expect(table).toBeVisible();
      for (const column of ['API token', 'Status', 'Date created', 'Last access']) {
        await expect(table.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
      }
      await expect(page.getByRole('group', { name: 'Status', exact: true })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Search by name or ID' })).toBeVisible();
      // Only a placeholder where the rows will be.
      await expect(table.getByRole('row')).toHaveCount(1);
    } finally {
      await context.close();
    }
  });

  test('is styled by the page itself: no stylesheet request stands before its first paint', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
    });
    try {
      await page.goto(GRID);
      // The frame's own look (the styles inside the page, allowed by the response's nonce), not the browser's.
      const heading = page.getByRole('heading', { name: 'API tokens', level: 1 });
      await expect(heading).toBeVisible();
      expect(await heading.evaluate((el) => getComputedStyle(el).fontSize)).not.toBe('32px');
      expect(await page.evaluate(() => document.querySelectorAll('link[rel="stylesheet"]').length)).toBe(0);
      expect(stylesheets).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // On a phone too, where the row count stands on a line of its own under the toolbar's buttons.
  for (const { colorScheme, phone } of [
    { colorScheme: 'light', phone: false },
    { colorScheme: 'dark', phone: false },
    { colorScheme: 'light', phone: true },
  ] as const) {
    const where = `${colorScheme}${phone ? ', on a phone' : ''}`;
    test(`React takes over with nothing moving (layout shift 0), ${where}`, async ({ page }, testInfo) => {
      if (phone) await page.setViewportSize({ width: 375, height: 740 });
      await page.emulateMedia({ colorScheme });
      await recordLayoutShifts(page);
      const entry = await holdEntryScript(page);
      await page.goto(GRID, { waitUntil: 'commit' });

      // The shell alone, as the HTML drew it.
      await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
      await expect(page.getByRole('columnheader', { name: 'API token' })).toBeVisible();
      await expect(dataRows(page)).toHaveCount(0);
      const background = await page
        .locator('[data-api-tokens-admin]')
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor);
      // The theme follows the system from the first paint: no light flash in dark mode.
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(18, 19, 24)' : 'rgb(244, 245, 247)');
      await keepScreenshot(page, testInfo, `shell-${where}`);
      const before = await geometry(page, { phone });
      // From here on, React's doing. A machine busy enough can paint the HTML half parsed first (the Add link's icon
      // before its word once); that is the browser drawing the page as it reads it, not the takeover.
      const shellDrawn = await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
          ),
      );

      entry.release();
      // Generous: the machine may be busy, and the mock worker starts before the first request.
      await expect(dataRows(page).first()).toBeVisible({ timeout: 30_000 });
      await waitForRows(page);
      await keepScreenshot(page, testInfo, `rows-${where}`);
      const after = await geometry(page, { phone });

      // Nothing above the rows moved or changed its size when React replaced the shell.
      expect(placed(after)).toEqual(placed(before));
      const shifts = await page.evaluate(
        (since) => window.__layoutShifts.filter((shift) => shift.at >= since).map((shift) => shift.sources),
        shellDrawn,
      );
      expect(shifts).toEqual([]);
    });
  }

  // The rows must not move the columns the app drew while they were loading: in a language with longer words
  // too, beside a host's sidebar (the narrower paddings) and where the table is short of room and scrolls.
  for (const locale of ['en-US', 'en-XA']) {
    test(`the columns stand still when the rows come in (${locale})`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      // The rows' answer is held on the page's clock however slowly the app starts and the measuring goes; then the
      // clock jumps ahead and they come.
      await page.clock.install();
      try {
        for (const width of [1024, 1280, 1440, 1920]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${GRID}?scenario=${HELD_ANSWERS}`);
          await expect(page.locator('[data-static-shell]')).toHaveCount(0);
          const table = page.getByRole('table');
          // In either language: a data row is one with a link to its token.
          const rows = table.getByRole('row').filter({ has: page.getByRole('link') });
          await expect(table.getByRole('columnheader')).toHaveCount(8);
          const loading = await columnEdges(page);
          await expect(rows, 'measured before the rows came').toHaveCount(0);
          await releaseHeldAnswersUntil(page, () => expect(rows.first()).toBeVisible({ timeout: 1000 }));
          // The rows past the first screenful are drawn after the first paint.
          await twoFrames(page);
          expect(await columnEdges(page), `columns at ${width} px`).toEqual(loading);
        }
      } finally {
        await context.close();
      }
    });
  }

  test('what is done on the shell before React takes over is kept: a status picked, a search typed, the focus', async ({
    page,
  }) => {
    const entry = await holdEntryScript(page);
    await page.goto(GRID, { waitUntil: 'commit' });
    const disabled = page
      .getByRole('group', { name: 'Status', exact: true })
      .getByRole('radio', { name: 'Disabled' });
    const search = page.getByRole('textbox', { name: 'Search by name or ID' });
    // On the shell: plain HTML, no script of the app has run yet.
    await expect(search).toBeVisible();
    expect(await page.evaluate(() => document.querySelector('[data-static-shell]') !== null)).toBe(true);
    await disabled.check();
    await search.fill('de');
    await expect(search).toBeFocused();

    entry.release();
    // The app's own view of them: in its address, and the rows it asked for.
    await expect(page).toHaveURL(/[?&]status=Disabled(&|$)/, { timeout: 30_000 });
    await expect(page).toHaveURL(/[?&]q=de(&|$)/);
    expect(await page.evaluate(() => document.querySelector('[data-static-shell]'))).toBeNull();
    await waitForRows(page);
    await expect(disabled).toBeChecked();
    await expect(search).toHaveValue('de');
    await expect(search).toBeFocused();
    const statuses = await dataRows(page)
      .getByRole('cell')
      .filter({ hasText: /^(Active|Disabled)$/ })
      .allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['Disabled']));
  });

  test("a click on the shell's menu button opens that menu once the app is there", async ({ page }) => {
    const entry = await holdEntryScript(page);
    await page.goto(GRID, { waitUntil: 'commit' });
    const columns = page.getByRole('button', { name: 'Columns' });
    await expect(columns).toBeVisible();
    await columns.click();
    entry.release();
    await expect(page.getByRole('menu')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('menuitemcheckbox', { name: 'Status' })).toBeVisible();
  });

  test("a token's page never shows the grid's shell, only the frame", async ({ page }) => {
    // A token's address, as a user would follow it.
    await page.goto(GRID);
    await expect(dataRows(page).first()).toBeVisible({ timeout: 30_000 });
    const link = dataRows(page).first().getByRole('link').first();
    const name = ((await link.textContent()) ?? '').trim();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/settings\/api-tokens\/TKN-/);

    const entry = await holdEntryScript(page);
    await page.goto(href!, { waitUntil: 'commit' });
    await expect(page.getByRole('navigation', { name: 'Settings sections' })).toBeVisible();
    await expect(page.getByRole('banner').getByText('Mock API')).toBeVisible();
    // The grid's parts are in the HTML, but not shown.
    await expect(page.locator('h1', { hasText: 'API tokens' })).toBeAttached();
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeHidden();
    await expect(page.getByRole('table', { name: 'API tokens' })).toBeHidden();

    entry.release();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('table', { name: 'API tokens' })).toHaveCount(0);
  });

  test('an address with a view of its own shows the frame only, never the default view the shell was drawn for', async ({
    page,
  }) => {
    const entry = await holdEntryScript(page);
    await page.goto(`${GRID}?status=Disabled`, { waitUntil: 'commit' });
    await expect(page.getByRole('navigation', { name: 'Settings sections' })).toBeVisible();
    await expect(page.locator('h1', { hasText: 'API tokens' })).toBeAttached();
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeHidden();
    // The shell's status is "All": it must not be seen, nor picked.
    await expect(page.getByRole('radio', { name: 'All' })).toBeHidden();

    entry.release();
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('radio', { name: 'Disabled' })).toBeChecked();
    await waitForRows(page);
  });

  test("the Add dialog's address shows the grid's shell", async ({ page }) => {
    const entry = await holdEntryScript(page);
    await page.goto(`${GRID}/new`, { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
    entry.release();
    await expect(page.getByRole('dialog')).toBeVisible({ timeout: 30_000 });
  });
});
