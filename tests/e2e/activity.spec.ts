import { expect, test, type Page } from '@playwright/test';
import { MOCK_REFERENCE_NOW } from '../../mocks/db/fixtures';
import { MockDb } from '../../mocks/db/store';
import { dataRows, detailTab, GRID, openGrid } from './support/app';
import { expectNoAxeViolations, type ColorScheme } from './support/axe';
import { HELD_ANSWERS, releaseHeldAnswers, releaseHeldAnswersUntil } from './support/clock';
import { expectNoSideScroll, keepScreenshot } from './support/layout';

// The Activity tab in the production build on the browser's mock API: from the grid to a busy token's requests,
// the summary above them, a date range, on a phone and a desktop, light and dark.

// The browser's mock seeds the same data as this one: the token that made the most requests.
const seed = new MockDb();
const busiest = (() => {
  const counts = new Map<string, number>();
  for (const r of seed.listAuditRecords()) {
    if (r.actor.id.startsWith('TKN-')) counts.set(r.actor.id, (counts.get(r.actor.id) ?? 0) + 1);
  }
  const [id] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return seed.getToken(id)!;
})();

// Seeded dates are relative to the reference date: a clock set just after it makes "the last 30 days" busy.
const NOW = new Date(Date.parse(MOCK_REFERENCE_NOW) + 60 * 60_000);

test.describe.configure({ timeout: 150_000 });

async function openBusiestActivity(page: Page) {
  await page.clock.setFixedTime(NOW);
  await openGrid(page, `?q=${encodeURIComponent(busiest.id)}`);
  const link = dataRows(page).first().getByRole('link', { name: busiest.name, exact: true });
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: busiest.name })).toBeVisible();
  await detailTab(page, 'Activity').click();
  await expect(page).toHaveURL(new RegExp(`/${busiest.id}/activity$`));
  const table = page.getByRole('table', { name: 'Requests made with this token' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const summary = page.getByRole('region', { name: 'Activity summary' });
  await expect(summary).toContainText(
    /Used \d+ times from at least \d+ IP addresses in at least \d+ countries/,
  );
  return { table, summary };
}

test('an admin opens a busy token from the grid and sees what it did, and from where', async ({ page }) => {
  const { table, summary } = await openBusiestActivity(page);
  await expect(summary).toContainText('Last seen');
  await expect(table.getByRole('row')).toHaveCount(11);
  const first = table.getByRole('row').nth(1).getByRole('cell');
  await expect(first.nth(3)).toHaveText(/IP address\s*(\d+\.\d+\.\d+\.\d+|[0-9a-f:]+)/);
  await expect(first.nth(4)).not.toHaveText(/^Location\s*—$/);

  // Reload keeps the tab; Next pages on.
  await page.reload();
  await expect(detailTab(page, 'Activity')).toHaveAttribute('aria-selected', 'true');
  const pager = page.getByRole('navigation', { name: 'Activity pages' });
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager).toContainText(/11–20 of \d+ requests/);
  await expect(page).toHaveURL(/\/activity\?page=2$/);

  // Back to the first page from the keyboard: Previous is then unavailable and keeps focus (a disabled button would
  // have dropped it to the page's top).
  const previous = pager.getByRole('button', { name: 'Previous' });
  await previous.focus();
  await page.keyboard.press('Enter');
  await expect(pager).toContainText(/1–10 of \d+ requests/);
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await expect(previous).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/activity$/);
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 360, height: 740 },
] as const) {
  for (const colorScheme of ['light', 'dark'] as readonly ColorScheme[]) {
    const label = `${viewport.width}px-${colorScheme}`;
    test.describe(`at ${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test('fits without sideways scrolling and has no axe violations', async ({ page }, testInfo) => {
        const { table } = await openBusiestActivity(page);
        await expectNoSideScroll(page, 'activity');
        const box = (await table.boundingBox())!;
        expect(box.x + box.width, 'the table stays inside the window').toBeLessThanOrEqual(viewport.width);
        await keepScreenshot(page, testInfo, `${label}-activity`);
        await table
          .getByRole('row')
          .nth(1)
          .evaluate((row) => row.scrollIntoView({ block: 'start' }));
        await keepScreenshot(page, testInfo, `${label}-activity-rows`);
        await expectNoAxeViolations(page, `activity ${label}`, { schemes: [colorScheme] });

        // The date fields: apart, and inside the group's card.
        const range = page.getByRole('group', { name: 'Date range' });
        const [from, to, group] = await Promise.all([
          range.getByLabel('From').boundingBox(),
          range.getByLabel('To').boundingBox(),
          range.boundingBox(),
        ]);
        const apart = from!.x + from!.width <= to!.x || from!.y + from!.height <= to!.y;
        expect(apart, `From ${JSON.stringify(from)} and To ${JSON.stringify(to)} do not touch`).toBe(true);
        for (const [name, field] of [
          ['From', from],
          ['To', to],
        ] as const)
          expect(field!.x + field!.width, `${name} inside the date range`).toBeLessThanOrEqual(
            group!.x + group!.width,
          );

        // A range with nothing in it.
        await range.getByLabel('From').fill('2020-01-01');
        await range.getByLabel('To').fill('2020-01-31');
        await range.getByRole('button', { name: 'Apply' }).click();
        await expect(page.getByText('No activity in this date range.')).toBeVisible();
        await expect(page).toHaveURL(/\/activity\?from=2020-01-01&to=2020-01-31$/);
        await expectNoSideScroll(page, 'activity, empty range');
        await keepScreenshot(page, testInfo, `${label}-activity-empty-range`);
        await expectNoAxeViolations(page, `activity empty range ${label}`, { schemes: [colorScheme] });
      });
    });
  }
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('each request reads in its columns: nothing runs into the next, IP addresses and IDs stay whole', async ({
    page,
  }) => {
    await page.clock.setFixedTime(NOW);
    await page.goto(`${GRID}/${busiest.id}/activity?size=50`);
    const table = page.getByRole('table', { name: 'Requests made with this token' });
    await expect(table.getByRole('row')).toHaveCount(51);
    const faults = await table.evaluate((element) => {
      const found: string[] = [];
      /** The lines a stretch of text takes: its boxes' distinct tops. */
      const lines = (range: Range) => new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const rows = [...element.querySelectorAll('tbody tr')];
      rows.forEach((row, r) => {
        const cells = [...row.querySelectorAll('td')];
        cells.forEach((cell, c) => {
          if (cell.scrollWidth > cell.clientWidth + 1) found.push(`row ${r + 1}, column ${c + 1} runs over`);
        });
        const ip = cells[3]?.lastElementChild;
        if (ip) {
          const range = document.createRange();
          range.selectNodeContents(ip);
          if (lines(range) > 1) found.push(`row ${r + 1}: ${ip.textContent} wraps`);
        }
        for (const cell of cells.slice(1, 3)) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node.textContent ?? '').matchAll(/[A-Z]{2,5}(?:-\d{4}){2,4}/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              if (lines(range) > 1) found.push(`row ${r + 1}: ${match[0]} breaks`);
            }
          }
        }
      });
      return found;
    });
    expect(faults).toEqual([]);
  });
});

test('the requests stay readable while their next page loads', async ({ page }) => {
  // The next page's answer is held on the page's clock while axe looks at the old page, marked busy.
  await page.clock.install({ time: NOW });
  await page.goto(`${GRID}/${busiest.id}/activity?scenario=${HELD_ANSWERS}`);
  const table = page.getByRole('table', { name: 'Requests made with this token' });
  await releaseHeldAnswersUntil(page, () =>
    expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 1000 }),
  );
  await page
    .getByRole('navigation', { name: 'Activity pages' })
    .getByRole('button', { name: 'Next' })
    .click();
  await expect(table).toHaveAttribute('aria-busy', 'true');
  await expectNoAxeViolations(page, 'activity, next page loading', { schemes: ['light'] });
  await expect(table, 'still loading when axe looked').toHaveAttribute('aria-busy', 'true');
  await releaseHeldAnswers(page);
  await expect(table).not.toHaveAttribute('aria-busy');
});
