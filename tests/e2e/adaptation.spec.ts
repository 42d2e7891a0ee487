import { expect, test, type Locator, type Page } from '@playwright/test';
import { dataRows, detailTab, fillWizard, GRID, openGrid } from './support/app';
import { linesOfText, overlaps, type Box } from './support/layout';

// The page as people who adapt it meet it: a high-contrast theme (Windows' forced colours), the keyboard on a
// page with parts that stick to the window's top, and the smallest phone in German.

test.describe.configure({ timeout: 90_000 });

/** What the control looks like on its own: no pointer over it, no focus ring, no transition half done. */
async function look(page: Page, control: Locator): Promise<Buffer> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return control.screenshot({ animations: 'disabled' });
}

/**
 * The share of pixels that differ between two screenshots of one control (0 to 1), decoded by the browser in a blank
 * page of its own (the app's policy allows no data: images).
 */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(
      async ({ first, second }) => {
        const pixels = async (base64: string) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height).data;
        };
        const [x, y] = [await pixels(first), await pixels(second)];
        if (x.length !== y.length) return 1;
        let differing = 0;
        for (let i = 0; i < x.length; i += 4)
          if ([0, 1, 2].some((channel) => Math.abs(x[i + channel]! - y[i + channel]!) > 48)) differing++;
        return differing / (x.length / 4);
      },
      { first: a.toString('base64'), second: b.toString('base64') },
    );
  } finally {
    await scratch.close();
  }
}

test.describe('forced colours', () => {
  test.use({ colorScheme: 'light' });
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  });

  test('a ticked checkbox, the chosen status and the chosen radio look chosen', async ({ page }) => {
    await openGrid(page);
    const row = dataRows(page).first();
    const rowBox = row.getByRole('checkbox');
    const before = await look(page, rowBox);
    await rowBox.check();
    await expect(page.getByRole('region', { name: 'Selected tokens' })).toBeVisible();
    const ticked = await look(page, rowBox);
    expect(
      await differingShare(page, before, ticked),
      'a ticked checkbox looks as an empty one',
    ).toBeGreaterThan(0.4);
    await rowBox.uncheck();

    const disabled = page.getByRole('radio', { name: 'Disabled', exact: true });
    // The label's text box, where the choice is drawn (the input itself is an invisible layer over it).
    const disabledLook = disabled.locator('xpath=following-sibling::*[1]');
    const notChosen = await look(page, disabledLook);
    await disabled.check();
    await expect(page).toHaveURL(/status=Disabled/);
    const chosen = await look(page, disabledLook);
    expect(
      await differingShare(page, notChosen, chosen),
      'the chosen status looks as the others',
    ).toBeGreaterThan(0.4);

    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Filters' });
    const creators = panel.getByRole('group', { name: 'Created by' });
    const anyone = creators.getByRole('radio').first();
    const someone = creators.getByRole('radio').nth(1);
    await expect(anyone).toBeChecked();
    const unchecked = await look(page, someone);
    await someone.check();
    const checked = await look(page, someone);
    expect(
      await differingShare(page, unchecked, checked),
      'a chosen creator looks as one not chosen',
    ).toBeGreaterThan(0.4);
  });

  test('a dialog has an edge against the page, and the chosen tab and steps look chosen', async ({
    page,
  }) => {
    await openGrid(page);
    // The counters' hint, drawn over the page as a dialog is, needs an edge of its own.
    await page.getByRole('list', { name: 'Token hygiene' }).getByRole('link').first().hover();
    const hint = page.getByRole('tooltip');
    await expect(hint).toBeVisible();
    expect(
      await darkEdgeShare(page, await withMargin(page, hint, 3), 3),
      'the hint has no edge',
    ).toBeGreaterThan(0.9);
    await page.mouse.move(0, 0);
    await expect(hint).toBeHidden();
    const wizard = await fillWizard(page, 'Forced colours');
    await page.mouse.move(0, 0);
    // The shadow that sets the dialog off the page is gone in forced colours; a line all round it must take its
    // place (the page under it is mostly light, so without one the edge is mostly light too).
    expect(
      await darkEdgeShare(page, await withMargin(page, wizard, 3), 3),
      'the dialog has no edge',
    ).toBeGreaterThan(0.9);

    const steps = wizard.getByRole('list', { name: 'Steps' });
    const done = steps.getByRole('listitem').nth(0);
    const upcoming = steps.getByRole('listitem').nth(3);
    // The markers only (the first child of each step), each as wide as the other.
    const marker = (step: Locator) => step.locator('[aria-hidden="true"]').first();
    expect(
      await differingShare(page, await look(page, marker(upcoming)), await look(page, marker(done))),
      'a step done looks as one to come',
    ).toBeGreaterThan(0.3);
    const current = steps.getByRole('listitem').nth(2);
    expect(
      await darkEdgeShare(page, await withMargin(page, marker(current), 4), 4),
      // Round, the ring leaves the box's sides towards their ends.
      'the current step has no ring',
    ).toBeGreaterThan(0.5);
    expect(
      await darkEdgeShare(page, await withMargin(page, marker(upcoming), 4), 4),
      'a step to come has a ring',
    ).toBeLessThan(0.1);
    await wizard.getByRole('button', { name: 'Close' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: /^Discard/ })
      .click();

    await dataRows(page).first().getByRole('link').first().click();
    const tab = detailTab(page, 'Modules');
    await expect(detailTab(page, 'General')).toHaveAttribute('aria-selected', 'true');
    // The strip under the label, where the chosen tab's bar is drawn.
    const underline = async () => {
      const box = (await tab.boundingBox())!;
      await page.mouse.move(0, 0);
      return page.screenshot({
        animations: 'disabled',
        clip: { x: box.x + box.width / 2 - 8, y: box.y + box.height - 3, width: 16, height: 3 },
      });
    };
    const before = await underline();
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(
      await differingShare(page, before, await underline()),
      'the chosen tab has no bar',
    ).toBeGreaterThan(0.9);
  });
});

/**
 * The share of a picture's edge, all round it, drawn dark: `margin` px of the page around an element, where a line
 * setting it off from what is around it shows. The corners (rounded) are left out; light scheme only.
 */
async function darkEdgeShare(page: Page, picture: Buffer, margin: number): Promise<number> {
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(
      async ({ base64, margin }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const { width, height } = image;
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, width, height).data;
        const dark = (x: number, y: number) => {
          const i = (y * width + x) * 4;
          return data[i]! + data[i + 1]! + data[i + 2]! < 3 * 128;
        };
        // Along each side, whether any pixel of the margin across it (outside the element) is dark.
        const across = (at: (step: number, depth: number) => [number, number], length: number) => {
          let hits = 0;
          let seen = 0;
          for (let step = Math.round(length * 0.1); step < length * 0.9; step++) {
            seen++;
            for (let depth = 0; depth < margin; depth++) {
              if (dark(...at(step, depth))) {
                hits++;
                break;
              }
            }
          }
          return [hits, seen] as const;
        };
        const sides = [
          across((x, d) => [x, d], width),
          across((x, d) => [x, height - 1 - d], width),
          across((y, d) => [d, y], height),
          across((y, d) => [width - 1 - d, y], height),
        ];
        return sides.reduce((sum, [hits]) => sum + hits, 0) / sides.reduce((sum, [, seen]) => sum + seen, 0);
      },
      { base64: picture.toString('base64'), margin },
    );
  } finally {
    await scratch.close();
  }
}

/** A picture of the element with `margin` px of the page around it. */
async function withMargin(page: Page, element: Locator, margin: number): Promise<Buffer> {
  const box = (await element.boundingBox())!;
  return page.screenshot({
    animations: 'disabled',
    clip: {
      x: box.x - margin,
      y: box.y - margin,
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    },
  });
}

/**
 * The parts of the grid that stick to the window's top (the column headers' row, the selection bar over cards),
 * but for the one holding the focus.
 */
async function stickyBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('th, section')]
      .filter(
        (element) =>
          getComputedStyle(element).position === 'sticky' && !element.contains(document.activeElement),
      )
      .map((element) => element.getBoundingClientRect().toJSON() as Box),
  );
}

/**
 * Tabs down through the rows to the pager and back up, and at each stop checks that the focused control is in the
 * window and not under anything stuck to its top (WCAG 2.4.11).
 */
async function tabThroughRows(page: Page) {
  const next = page.getByRole('button', { name: 'Next' }).first();
  const seen: string[] = [];
  const check = async (key: string) => {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return {
        // The rows' own controls: a box around the whole table (its scroll region) is bigger than the window.
        inRow: !!element?.closest('tbody'),
        name: element?.getAttribute('aria-label') ?? element?.textContent ?? element?.tagName ?? '',
        at: element?.getBoundingClientRect().toJSON() as Box,
      };
    });
    if (!focused.inRow) return;
    const { name, at } = focused;
    const size = page.viewportSize()!;
    expect(at.y, `${name} is in the window`).toBeGreaterThanOrEqual(0);
    expect(at.y + at.height, `${name} is in the window`).toBeLessThanOrEqual(size.height + 0.5);
    for (const sticky of await stickyBoxes(page))
      expect(
        overlaps(at, sticky),
        `${name} is under the ${Math.round(sticky.height)} px stuck at the top`,
      ).toBe(false);
    seen.push(name);
  };
  for (let i = 0; i < 200 && !(await next.evaluate((el) => el === document.activeElement)); i++)
    await check('Tab');
  await expect(next).toBeFocused();
  for (let i = 0; i < 60; i++) await check('Shift+Tab');
  return seen;
}

test.describe('the keyboard and the selection bar over the cards', () => {
  test('on a phone with a selection, a card reached going back up is not under the selection bar', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openGrid(page);
    const first = dataRows(page).first().getByRole('checkbox');
    await first.check();
    await expect(page.getByRole('region', { name: 'Selected tokens' })).toBeVisible();
    await first.focus();
    const seen = await tabThroughRows(page);
    expect(seen.length).toBeGreaterThan(50);
  });
});

test('the select-all box, smaller than 24 px, keeps 12 px clear of other targets around its centre', async ({
  page,
}) => {
  // WCAG 2.5.8's spacing exception: a 24 px circle on the small target's centre meets no other target.
  for (const width of [1280, 1440, 1600]) {
    await page.setViewportSize({ width, height: 800 });
    await openGrid(page);
    const nearest = await page.evaluate(() => {
      const box = document.querySelector('thead input[type="checkbox"]')!.getBoundingClientRect();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      let found = { distance: Infinity, name: '' };
      for (const target of document.querySelectorAll('a, button, input, [tabindex="0"]')) {
        const other = target.getBoundingClientRect();
        if (target.matches('thead input[type="checkbox"]') || other.width === 0 || other.height === 0)
          continue;
        // Skip what holds the box (the table's scroll region).
        if (target.contains(document.querySelector('thead input[type="checkbox"]'))) continue;
        const distance = Math.hypot(
          Math.max(other.left - x, 0, x - other.right),
          Math.max(other.top - y, 0, y - other.bottom),
        );
        if (distance < found.distance) found = { distance, name: target.textContent?.trim() ?? '' };
      }
      return found;
    });
    expect(nearest.distance, `at ${width} px, "${nearest.name}"`).toBeGreaterThanOrEqual(12);
  }
});

test.describe('the smallest phone, in German', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });

  test("the Add wizard's steps keep their names whole at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${GRID}/new`);
    const steps = page.getByRole('list', { name: /Schritte/ });
    await expect(steps).toBeVisible();
    for (const name of ['Allgemein', 'Module', 'Überblick', 'Abschluss'])
      expect(await linesOfText(steps, name), `"${name}" on one line`).toBe(1);
  });
});

test.describe('right-to-left text in a page that runs from the left', () => {
  test('a name, a description and a search typed in Arabic or Hebrew run from the right', async ({
    page,
  }) => {
    const direction = (field: Locator) => field.evaluate((element) => getComputedStyle(element).direction);
    await openGrid(page);
    const search = page.getByRole('textbox', { name: 'Search by name or ID' });
    await search.fill('تقارير');
    await expect.poll(() => direction(search)).toBe('rtl');
    await search.fill('reports');
    await expect.poll(() => direction(search)).toBe('ltr');
    await search.fill('');

    await page.getByRole('link', { name: 'Add', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Add API token' });
    const name = wizard.getByRole('textbox', { name: 'API token name' });
    const description = wizard.getByRole('textbox', { name: 'Description' });
    // Empty, a field runs as the page does.
    await expect.poll(() => direction(name)).toBe('ltr');
    await name.fill('تقارير الفوترة 2');
    await description.fill('גיבוי לילי');
    await expect.poll(() => direction(name)).toBe('rtl');
    await expect.poll(() => direction(description)).toBe('rtl');
    // The page around them does not turn.
    await expect.poll(() => wizard.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  });
});
