import { expect, test, type Locator, type Page } from '@playwright/test';
import { twoFrames } from './support/layout';

// The tokens grid on the production build, against the mock service worker.

const START = '/settings/api-tokens';

function grid(page: Page): Locator {
  return page.getByRole('table', { name: 'API tokens' });
}

/** Token name links of the rows on screen, in order. */
async function names(page: Page): Promise<string[]> {
  return grid(page).locator('tbody a').allTextContents();
}

async function statuses(page: Page): Promise<string[]> {
  return (await grid(page).locator('tbody tr td:nth-child(7)').allTextContents()).map((s) => s.trim());
}

function search(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

async function waitForRows(page: Page) {
  await expect(grid(page).locator('tbody a').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'API tokens table' })).not.toHaveAttribute(
    'aria-busy',
    'true',
  );
}

test.describe('tokens grid', () => {
  test('an admin filters, searches, sorts, pages, opens a token and comes back to the same view', async ({
    page,
  }) => {
    await page.goto(START);
    await waitForRows(page);
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();

    // Filter to Disabled: one click.
    await page.getByRole('radio', { name: 'Disabled' }).click();
    await expect.poll(() => search(page).get('status')).toBe('Disabled');
    await waitForRows(page);
    await expect.poll(async () => (await statuses(page)).every((s) => s === 'Disabled')).toBe(true);

    // Search for a word of a disabled token's name.
    const word = ((await names(page))[0] ?? '').split(/\s+/)[0] ?? '';
    const box = page.getByRole('textbox', { name: 'Search by name or ID' });
    await box.fill(word);
    await expect.poll(() => search(page).get('q')).toBe(word);
    await waitForRows(page);
    await expect
      .poll(async () => (await names(page)).every((n) => n.toLowerCase().includes(word.toLowerCase())))
      .toBe(true);
    await box.press('Escape');
    await expect.poll(() => search(page).has('q')).toBe(false);

    // Sort by name.
    await grid(page).getByRole('button', { name: 'API token' }).click();
    await expect.poll(() => search(page).get('sort')).toBe('name');
    await expect(grid(page).getByRole('columnheader', { name: 'API token' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await waitForRows(page);
    const sorted = await names(page);
    const collator = new Intl.Collator('en', { sensitivity: 'accent', numeric: true });
    expect([...sorted].sort(collator.compare)).toEqual(sorted);

    // Next page (Disabled tokens fill more than one page of 10).
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => search(page).get('page')).toBe('2');
    await waitForRows(page);
    const pageTwo = await names(page);
    expect(pageTwo[0]).not.toBe(sorted[0]);
    const gridUrl = page.url();

    // Open a token, come back with the browser's Back button.
    const first = grid(page).locator('tbody a').first();
    const tokenName = (await first.textContent()) ?? '';
    await first.click();
    await expect(page.getByRole('heading', { name: tokenName })).toBeVisible();
    expect(page.url()).toMatch(/\/settings\/api-tokens\/TKN-\d{4}-\d{4}/);
    await page.goBack();
    await expect.poll(() => page.url()).toBe(gridUrl);
    await waitForRows(page);
    expect(await names(page)).toEqual(pageTwo);
    await expect(page.getByRole('radio', { name: 'Disabled' })).toBeChecked();

    // Open it again and come back with the page's own back link.
    await grid(page).locator('tbody a').first().click();
    await expect(page.getByRole('heading', { name: tokenName })).toBeVisible();
    await page.getByRole('link', { name: 'Back to API tokens' }).click();
    await expect.poll(() => page.url()).toBe(gridUrl);
    await waitForRows(page);
    expect(await names(page)).toEqual(pageTwo);
    await expect(page.getByRole('textbox', { name: /^Page number/ })).toHaveValue('2');

    // A reload restores the same view from the URL.
    await page.reload();
    await waitForRows(page);
    expect(await names(page)).toEqual(pageTwo);
  });

  test('the window’s title names the page: the grid, the Add dialog over it, a token', async ({ page }) => {
    await page.goto(START);
    await waitForRows(page);
    await expect(page).toHaveTitle('API tokens · SoftwareOne Marketplace');
    await page.getByRole('link', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Add API token' })).toBeVisible();
    await expect(page).toHaveTitle('Add API token · API tokens · SoftwareOne Marketplace');
    await page.goBack();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page).toHaveTitle('API tokens · SoftwareOne Marketplace');
    const link = page.getByRole('table', { name: 'API tokens' }).getByRole('link').first();
    const name = (await link.textContent())!;
    await link.click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(`${name} · API tokens · SoftwareOne Marketplace`);
    await page.goBack();
    await expect(page).toHaveTitle('API tokens · SoftwareOne Marketplace');
  });

  test('a search adds one history entry, not one per keystroke', async ({ page }) => {
    await page.goto(START);
    await waitForRows(page);
    await page.getByRole('radio', { name: 'Disabled' }).click();
    await expect.poll(() => search(page).get('status')).toBe('Disabled');
    const box = page.getByRole('textbox', { name: 'Search by name or ID' });
    await box.pressSequentially('in', { delay: 400 });
    await expect.poll(() => search(page).get('q')).toBe('in');
    await box.press('Backspace');
    await expect.poll(() => search(page).get('q')).toBe('i');
    // One Back undoes the search, whatever was typed: the view before it comes back, status filter and all.
    await page.goBack();
    await expect.poll(() => [...search(page)]).toEqual([['status', 'Disabled']]);
    await expect(page.getByRole('radio', { name: 'Disabled' })).toBeChecked();
    await expect(box).toHaveValue('');
    // And one more undoes the status filter.
    await page.goBack();
    await expect.poll(() => [...search(page).keys()]).toEqual([]);
    await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
  });

  test('Back into a view without matches, with focus on a row link, puts focus on the page heading', async ({
    page,
  }) => {
    await page.goto(`${START}?q=zqxjvwk`);
    const noMatch = page.getByRole('heading', { name: 'No API tokens match “zqxjvwk”' });
    await expect(noMatch).toBeVisible();
    // "Clear search" in the message adds a history entry: Back returns to the view without rows.
    await noMatch.locator('..').getByRole('button', { name: 'Clear search' }).click();
    await waitForRows(page);
    const link = grid(page).locator('tbody a').first();
    await link.focus();
    await expect(link).toBeFocused();

    await page.goBack();
    await expect(noMatch).toBeVisible();
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeFocused();
  });

  test('a large account shows its first page without loading the others', async ({ page }) => {
    const limits: number[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/public/v1/accounts/api-tokens')
        limits.push(Number(url.searchParams.get('limit') ?? 'NaN'));
    });
    await page.goto(`${START}?scenario=large`);
    await waitForRows(page);
    await expect(page.getByText('10,000 rows', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Pagination' }).getByText('1–10 of 10,000 rows'),
    ).toBeVisible();
    expect(await names(page)).toHaveLength(10);

    expect(limits.length).toBeGreaterThan(0);
    // Every list request asks for at most one page of the API's maximum; nothing walks through the 10,000.
    expect(limits.every((limit) => Number.isInteger(limit) && limit <= 100)).toBe(true);
    expect(limits.length).toBeLessThan(6);
  });

  test('a new view shows its first screenful first and the rest a moment later, nothing in sight moving; scrolled down to the pager, all at once', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${START}?scenario=large&size=25`);
    await waitForRows(page);
    await expect(grid(page).locator('tbody a')).toHaveCount(25);
    type Step = { drawn: number; firstRowTop: number; scrollY: number };
    // Each step the table's body goes through after a click: the rows drawn, where the first one is, and where
    // the page is scrolled.
    const steps = async (click: () => Promise<void>) => {
      await page.evaluate(() => {
        const body = document.querySelector('tbody')!;
        const seen: Step[] = [];
        const observer = new MutationObserver(() => {
          const drawn = body.querySelectorAll('a').length;
          if (seen.at(-1)?.drawn === drawn) return;
          seen.push({
            drawn,
            firstRowTop: body.rows[0]!.getBoundingClientRect().top,
            scrollY: window.scrollY,
          });
        });
        observer.observe(body, { childList: true, subtree: true });
        Object.assign(window, { stepsSeen: seen, stopSteps: () => observer.disconnect() });
      });
      const first = await names(page).then((shown) => shown[0]);
      await click();
      await expect
        .poll(() => names(page).then((shown) => shown.length === 25 && shown[0] !== first))
        .toBe(true);
      return page.evaluate(() => {
        const steps = window as unknown as { stepsSeen: Step[]; stopSteps(): void };
        steps.stopSteps();
        return steps.stepsSeen;
      });
    };
    // At the top of the page the rows after the first ten are under the screen. The grid reads where its eleventh
    // row is in the frame after drawing it, and at a scroll; two frames on, what it read has been drawn.
    await twoFrames(page);
    const atTop = await steps(() => page.getByRole('radio', { name: 'Disabled' }).click());
    expect(atTop.map(({ drawn }) => drawn)).toEqual([10, 25]);
    // The page did not move: the rows in sight stay where they are while the rest come.
    expect(atTop[0]!.scrollY).toBe(0);
    expect(atTop[1]!.scrollY).toBe(0);
    expect(atTop[1]!.firstRowTop).toBe(atTop[0]!.firstRowTop);

    // Scrolled down to the pager, the rows in sight come with the rest.
    const next = page.getByRole('button', { name: 'Next' });
    await next.scrollIntoViewIfNeeded();
    await twoFrames(page);
    const atPager = await steps(() => next.click());
    expect(atPager.map(({ drawn }) => drawn)).toEqual([25]);
  });

  test('on a phone, the first load draws the cards its screen holds first, then the rest', async ({
    browser,
  }) => {
    // A phone's screen, which is what the grid reads: 844 px high holds five cards.
    const phone = { width: 390, height: 844 };
    const context = await browser.newContext({ viewport: phone, screen: phone, isMobile: true });
    // How many rows the table held at each change, from before the page's own scripts run.
    await context.addInitScript(() => {
      const seen: number[] = [];
      Object.assign(window, { rowCounts: seen });
      new MutationObserver(() => {
        const drawn = document.querySelectorAll('tbody a').length;
        if (drawn > 0 && seen.at(-1) !== drawn) seen.push(drawn);
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${START}?scenario=large&size=25`);
    await expect(grid(page).locator('tbody a')).toHaveCount(25);
    expect(await page.evaluate(() => (window as unknown as { rowCounts: number[] }).rowCounts)).toEqual([
      5, 25,
    ]);
    await context.close();
  });

  test('Back from a token returns to where the page was scrolled, once the rows are drawn', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${START}?size=25`);
    await waitForRows(page);
    // The scroll is followed once the grid's extras are in, as its hygiene counts are.
    await expect(page.getByRole('list', { name: 'Token hygiene' })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 900));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
    // A row in sight at that scroll, as the user would click it.
    const link = grid(page).locator('tbody tr').nth(14).getByRole('link').first();
    const name = (await link.textContent()) ?? '';
    await link.click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

    await page.goBack();
    await waitForRows(page);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(900);
    await expect(grid(page).getByRole('link', { name, exact: true })).toBeInViewport();
  });

  test('fits a 360 px wide phone: the rows are cards, nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(START);
    await waitForRows(page);
    const widths = await page.evaluate(() => {
      const region = document.querySelector('[role="region"][aria-label="API tokens table"]') as HTMLElement;
      return {
        page: document.documentElement.scrollWidth,
        view: window.innerWidth,
        inner: region.scrollWidth,
        box: region.clientWidth,
      };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    // The cards fit the grid's box (tests/e2e/phone-cards.spec.ts looks at them closely).
    expect(widths.inner).toBeLessThanOrEqual(widths.box);
  });
});
