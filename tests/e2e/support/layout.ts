import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

// Layout checks for narrow and wide screens.

export type Box = { x: number; y: number; width: number; height: number };

/** Whether two boxes share any area (touching edges do not count). */
export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The element's box on the page; fails when it has none (not rendered). */
export async function box(target: Locator): Promise<Box> {
  const found = await target.boundingBox();
  expect(found, 'element has a box').not.toBeNull();
  return found!;
}

/** The page itself never scrolls sideways; wide content (the grid) scrolls inside its own container. */
export async function expectNoSideScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(
    scrollWidth,
    `${where}: the page is ${scrollWidth}px wide in a ${clientWidth}px window`,
  ).toBeLessThanOrEqual(clientWidth);
}

/** The element lies entirely inside the window (after scrolling it into view, as a user would). */
export async function expectInViewport(page: Page, target: Locator, what: string): Promise<void> {
  await expect(target, what).toBeVisible();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const size = page.viewportSize();
  expect(box, `${what} has no box`).not.toBeNull();
  expect(size).not.toBeNull();
  if (!box || !size) return;
  const at = `${what} at x ${Math.round(box.x)}–${Math.round(box.x + box.width)}, y ${Math.round(box.y)}–${Math.round(box.y + box.height)} in ${size.width}×${size.height}`;
  expect(box.x, at).toBeGreaterThanOrEqual(0);
  expect(box.y, at).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, at).toBeLessThanOrEqual(size.width + 0.5);
  expect(box.y + box.height, at).toBeLessThanOrEqual(size.height + 0.5);
}

/**
 * On how many lines `text` is drawn inside `element`: 1 when whole, more when the browser broke it (e.g. at a
 * hyphen), 0 when no single text node of the element holds it.
 */
export function linesOfText(element: Locator, text: string): Promise<number> {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = (node.textContent ?? '').indexOf(wanted);
      if (start < 0) continue;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }
    return 0;
  }, text);
}

/** Waits until the browser has drawn two more frames: what a render or a resize set off is on screen. */
export async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Saves a screenshot of the window as a test artifact and attaches it to the report. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** How a group's buttons stand: how many share each row, top to bottom, and each row's buttons' left edges and widths. */
export async function buttonRows(
  group: Locator,
): Promise<{ counts: number[]; lefts: number[][]; widths: number[][] }> {
  const boxes = await group
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().toJSON() as DOMRect));
  const tops = [...new Set(boxes.map((box) => Math.round(box.top)))].sort((a, b) => a - b);
  const rows = tops.map((top) => boxes.filter((box) => Math.round(box.top) === top));
  return {
    counts: rows.map((row) => row.length),
    lefts: rows.map((row) => row.map((box) => Math.round(box.left))),
    widths: rows.map((row) => row.map((box) => Math.round(box.width))),
  };
}

/**
 * Waits until what `measure` reads of the page is the same two frames running. A new window size reaches the
 * layout, and what the page's script does about it, a frame or more late on a busy machine: measuring at once can
 * catch the page halfway. A page that never settles fails here.
 */
export async function awaitSettledLayout(page: Page, measure: () => Promise<unknown>, what: string) {
  let last = JSON.stringify(await measure());
  await expect
    .poll(
      async () => {
        await twoFrames(page);
        const now = JSON.stringify(await measure());
        const same = now === last;
        last = now;
        return same;
      },
      { message: `${what}: the layout settles` },
    )
    .toBe(true);
}
