import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { settle } from './support/axe';
import { linesOfText, twoFrames } from './support/layout';

// The token detail page in the production build on the browser's mock API: opened from the grid,
// tabs by mouse and keyboard, history and reload, copying the endpoint.

const GRID = '/settings/api-tokens';

function dataRows(page: Page): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('button', { name: /^Actions for / }) });
}

/** Opens the first token of the grid (at `search`) by its name link; returns its name and ID. */
async function openFirstToken(page: Page, search = '') {
  await page.goto(`${GRID}${search}`);
  const link = dataRows(page).first().getByRole('link').first();
  await expect(link).toBeVisible();
  const name = ((await link.textContent()) ?? '').trim();
  const id = ((await link.getAttribute('href')) ?? '').split('/').pop() ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return { name, id };
}

function tab(page: Page, name: string): Locator {
  return page.getByRole('tablist', { name: 'API token sections' }).getByRole('tab', { name });
}

test.describe('token detail', () => {
  test('opens from the grid and switches tabs by mouse, keyboard and history', async ({ page }) => {
    const { id } = await openFirstToken(page);
    await expect(page).toHaveURL(new RegExp(`${GRID}/${id}/general$`));
    await expect(tab(page, 'General')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('API endpoint')).toBeVisible();

    await tab(page, 'Modules').click();
    await expect(page).toHaveURL(new RegExp(`/${id}/modules$`));
    await expect(page.getByRole('list', { name: 'Modules this token can access' })).toBeVisible();

    await tab(page, 'Details').click();
    await expect(page).toHaveURL(new RegExp(`/${id}/details$`));
    await expect(page.getByText('Created by')).toBeVisible();

    // Arrow keys move to the next tab and follow it.
    await expect(tab(page, 'Details')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`/${id}/audit-trail$`));
    await expect(tab(page, 'Audit trail')).toBeFocused();
    await expect(tab(page, 'Audit trail')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(new RegExp(`/${id}/details$`));
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(new RegExp(`/${id}/general$`));
    await expect(tab(page, 'General')).toBeFocused();

    // Back and forward walk through the tabs chosen: the keys' three moves are one entry, so Back returns to the
    // tab they started from (Details), and then to the one chosen before it.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${id}/details$`));
    await expect(tab(page, 'Details')).toHaveAttribute('aria-selected', 'true');
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${id}/modules$`));
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`/${id}/details$`));
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`/${id}/general$`));
  });

  test('choosing a tab moves none of them; a focused tab shows its whole focus ring', async ({ page }) => {
    await openFirstToken(page);
    const names = ['General', 'Modules', 'Details', 'Audit trail', 'Activity'];
    const tabs = page.getByRole('tablist', { name: 'API token sections' }).getByRole('tab');
    const edges = () => tabs.evaluateAll((all) => all.map((one) => one.getBoundingClientRect().x.toFixed(1)));
    const first = await edges();
    for (const name of names) {
      await tab(page, name).click();
      await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
      expect(await edges(), `the tabs with ${name} chosen`).toEqual(first);
    }
    // The ring sits inside the tab: the tab row scrolls sideways on a phone and clips what lies outside it.
    await page.keyboard.press('ArrowLeft');
    await expect(tab(page, 'Audit trail')).toBeFocused();
    const ring = await tab(page, 'Audit trail').evaluate((element) => {
      const style = getComputedStyle(element);
      return { width: parseFloat(style.outlineWidth), offset: parseFloat(style.outlineOffset) };
    });
    expect(ring.width, 'a focus ring').toBeGreaterThan(0);
    expect(ring.width + ring.offset, 'the ring inside the tab').toBeLessThanOrEqual(0);
  });

  test('each tab’s heading is larger than the labels in its card, the same on every tab', async ({
    page,
  }) => {
    await openFirstToken(page);
    const fontSize = (locator: Locator) =>
      locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const headingSizes: number[] = [];
    // Each tab's card, its heading and a label inside it that the heading must not be mistaken for.
    const labels: [string, (card: Locator) => Locator][] = [
      ['General', (card) => card.getByText('Name', { exact: true })],
      ['Details', (card) => card.getByText('Token ID', { exact: true })],
      ['Modules', (card) => card.getByRole('listitem').first().getByText(/\S/).first()],
      ['Activity', (card) => card.getByText(/^What was done with this token/)],
    ];
    for (const [name, labelIn] of labels) {
      await tab(page, name).click();
      const card = page.getByRole('tabpanel').getByRole('region');
      const heading = card.getByRole('heading', { level: 2 });
      await expect(heading).toBeVisible();
      const size = await fontSize(heading);
      headingSizes.push(size);
      expect(size, `${name}: the heading above its labels`).toBeGreaterThan(await fontSize(labelIn(card)));
    }
    expect(new Set(headingSizes).size, 'one heading size on every tab').toBe(1);
  });

  test('a long name keeps its status beside its last words or under it, never apart', async ({ page }) => {
    await openFirstToken(page);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit API token' });
    const long = 'Billing robot for monthly reports and reconciliation';
    await dialog.getByRole('textbox', { name: 'API token name' }).fill(long);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    const heading = page.getByRole('heading', { level: 1, name: long });
    // The status beside the heading, in the same row.
    const badge = heading.locator('xpath=..').getByText(/^(Active|Disabled)$/);
    for (const width of [360, 1024, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      await twoFrames(page);
      const name = await heading.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const box = element.getBoundingClientRect();
        return {
          left: box.left,
          bottom: box.bottom,
          width: box.width,
          lastRight: Math.max(...lines.map((r) => r.right)),
        };
      });
      const status = (await badge.boundingBox())!;
      if (status.y >= name.bottom - 1) {
        expect(Math.abs(status.x - name.left), `under the name at ${width} px, at its start`).toBeLessThan(1);
      } else {
        expect(status.x - name.lastRight, `beside the name's end at ${width} px`).toBeLessThan(16);
      }
      // The name has the row to itself: a phone's row less the back link and the avatar.
      if (width === 360) expect(name.width, 'the name’s width on a phone').toBeGreaterThan(200);
    }
  });

  test('reloading on the Audit trail tab lands on it again', async ({ page }) => {
    const { id, name } = await openFirstToken(page);
    await tab(page, 'Audit trail').click();
    await expect(page.getByRole('list', { name: 'Audit trail' })).toBeVisible();

    await page.reload();
    await expect(page).toHaveURL(new RegExp(`/${id}/audit-trail$`));
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(tab(page, 'Audit trail')).toHaveAttribute('aria-selected', 'true');
    const records = page.getByRole('list', { name: 'Audit trail' });
    await expect(records.getByRole('listitem').first()).toContainText('Created');

    const toggle = records.getByRole('button', { name: 'Show JSON' }).first();
    await toggle.click();
    await expect(records.getByRole('button', { name: 'Hide JSON' }).first()).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(records.getByLabel(/^Audit record AUD-.* as JSON$/).first()).toContainText(
      `"objectType": "ApiToken"`,
    );
  });

  test('copies the API endpoint', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openFirstToken(page);
    await page.getByRole('button', { name: 'Copy API endpoint' }).click();
    await expect(page.getByText('Copied to clipboard.').first()).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${new URL(baseURL ?? page.url()).origin}/public/v1/`);
  });

  test('goes back to the grid with the view it was opened from', async ({ page }) => {
    await openFirstToken(page, '?status=Disabled');
    await page.getByRole('link', { name: 'Back to API tokens' }).click();
    await expect(page).toHaveURL(/\/settings\/api-tokens\?(.*&)?status=Disabled/);
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
  });

  test('the not-found page keeps the token’s ID on one line at every width', async ({ page }) => {
    await page.goto(`${GRID}/TKN-0000-9999/general`);
    const body = page.getByText(/^No API token with ID/);
    await expect(body).toBeVisible();
    // Wherever the sentence wraps, it does not wrap inside "TKN-0000-9999" (a browser may break at its hyphens).
    for (let width = 300; width <= 480; width += 4) {
      await page.setViewportSize({ width, height: 800 });
      expect(await linesOfText(body, 'TKN-0000-9999'), `the ID's lines at ${width} px`).toBe(1);
    }
  });

  test('says so for a token that does not exist', async ({ page }) => {
    await page.goto(`${GRID}/TKN-0000-9999/general`);
    await expect(page.getByRole('heading', { name: 'Token not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to API tokens' }).last().click();
    await expect(page).toHaveURL(new RegExp(`${GRID}$`));
  });

  test('has no axe violations on any tab, with a record’s JSON open', async ({ page }) => {
    test.setTimeout(90_000);
    await openFirstToken(page);
    for (const name of ['General', 'Modules', 'Details', 'Audit trail']) {
      await tab(page, name).click();
      await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
      if (name === 'Audit trail') {
        await page.getByRole('button', { name: 'Show JSON' }).first().click();
        await expect(page.getByLabel(/^Audit record AUD-.* as JSON$/).first()).toBeVisible();
      } else {
        await expect(page.getByRole('tabpanel')).not.toBeEmpty();
      }
      // Dark colours are checked where the page has the most of them: the fields and the JSON view.
      const schemes =
        name === 'General' || name === 'Audit trail' ? (['light', 'dark'] as const) : (['light'] as const);
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        // The buttons' colours ease into the new scheme: judged halfway, a primary button fails its contrast.
        await settle(page);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const found = violations.map(
          (v) => `${name} (${colorScheme}): ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(found).toEqual([]);
      }
    }
  });
});

test.describe('back from a token to the grid', () => {
  test('the grid is where it was scrolled, not at the top', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${GRID}?size=50`);
    await expect(dataRows(page)).toHaveCount(50);
    // Scrolled down to a row far below the first screen, as a user looking for it would be.
    const row = dataRows(page).nth(35);
    await row.scrollIntoViewIfNeeded();
    // The scroll event is dispatched with the next frame.
    await twoFrames(page);
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(1000);

    const link = row.getByRole('link').first();
    const name = ((await link.textContent()) ?? '').trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    await page.goBack();
    await expect(dataRows(page)).toHaveCount(50);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expect(row.getByRole('link', { name })).toBeInViewport();
  });
});
