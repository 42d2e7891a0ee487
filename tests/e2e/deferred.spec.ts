import { expect, test, type Route } from '@playwright/test';
import { holdGridExtras } from './support/app';

// The grid draws its rows before its menus, filter popover and hygiene counts have loaded (they come in a chunk
// of their own right after). A user who is faster than that chunk still gets what they clicked.

const START = '/settings/api-tokens';

test.describe('the grid before its menus have loaded', () => {
  test('draws rows and working controls, and a row menu clicked early opens when its code arrives', async ({
    page,
  }) => {
    const extras = await holdGridExtras(page);
    await page.goto(START);
    const table = page.getByRole('table', { name: 'API tokens' });
    const firstName = (await table.locator('tbody a').first().textContent())?.trim() ?? '';
    expect(firstName).not.toBe('');
    // Asked for right after the first rows, and held back here.
    await expect.poll(() => extras.requested()).toBe(true);

    // The buttons are there and say what they open, before any menu code has arrived.
    const actions = page.getByRole('button', { name: `Actions for ${firstName}` }).first();
    await expect(actions).toHaveAttribute('aria-haspopup', 'menu');
    await expect(page.getByRole('button', { name: 'Sort' })).toBeVisible();
    await actions.click();
    await expect(page.getByRole('menu')).toHaveCount(0);

    extras.release();
    const menu = page.getByRole('menu', { name: `Actions for ${firstName}` });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Edit' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    // The hygiene counts came with the same chunk.
    await expect(page.getByRole('list', { name: 'Token hygiene' })).toBeVisible();
  });

  test('a row menu opened with a key before its code arrives focuses its first item, as later opens do', async ({
    page,
  }) => {
    const extras = await holdGridExtras(page);
    await page.goto(START);
    const firstName = (
      (await page.getByRole('table', { name: 'API tokens' }).locator('tbody a').first().textContent()) ?? ''
    ).trim();
    const actions = page.getByRole('button', { name: `Actions for ${firstName}` }).first();
    await actions.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu')).toHaveCount(0);

    extras.release();
    const menu = page.getByRole('menu', { name: `Actions for ${firstName}` });
    await expect(menu.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(actions).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
  });

  test('keeps keyboard focus on a toolbar button when the menus arrive', async ({ page }) => {
    const extras = await holdGridExtras(page);
    await page.goto(START);
    await expect(page.getByRole('table', { name: 'API tokens' }).locator('tbody a').first()).toBeVisible();
    const sort = page.getByRole('button', { name: 'Sort' });
    await sort.focus();
    await expect(sort).toHaveAttribute('aria-haspopup', 'menu');

    extras.release();
    // The loaded menu's own trigger (Radix marks it with data-state) has taken the stand-in's place, focus included.
    await expect(sort).toHaveAttribute('data-state', 'closed');
    await expect(sort).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu', { name: 'Sort' })).toBeVisible();
  });
});

test.describe('the detail page after the grid', () => {
  test('has its code fetched once someone uses the page, so opening a token waits for no download', async ({
    page,
  }) => {
    const detailChunk = /\/assets\/token-detail-route-[^/]*\.js$/;
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (detailChunk.test(request.url())) fetched.push(request.url());
    });
    await page.goto(START);
    const link = page.getByRole('table', { name: 'API tokens' }).locator('tbody a').first();
    const name = ((await link.textContent()) ?? '').trim();
    // The grid's own menus are in (the loaded Sort menu's trigger carries Radix's data-state) and the page is quiet:
    // a tab nobody uses holds no code for the token's page.
    await expect(page.getByRole('button', { name: 'Sort' })).toHaveAttribute('data-state', 'closed');
    await page.waitForLoadState('networkidle');
    expect(fetched).toHaveLength(0);

    // Someone moves the pointer: the rest loads before any click.
    await page.mouse.move(200, 300);
    await expect.poll(() => fetched.length).toBe(1);
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    expect(fetched).toHaveLength(1);
  });
});

test.describe('a page whose code fails to load', () => {
  test('says so, and Retry loads it once the network is back, without reloading the page', async ({
    page,
  }) => {
    // The detail page's chunk cannot be fetched, as offline or after a new deployment removed it.
    let offline = true;
    await page.context().route(/\/assets\/token-detail-route-[^/]*\.js$/, async (route: Route) => {
      if (offline) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.goto(START);
    const link = page.getByRole('table', { name: 'API tokens' }).locator('tbody a').first();
    const name = ((await link.textContent()) ?? '').trim();
    await link.click();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Part of the page did not load. Check your connection and try again.');
    offline = false;
    // A mark a full page reload would wipe out.
    await page.evaluate(() => Object.assign(window, { beforeRetry: true }));
    const url = page.url();

    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    expect(await page.evaluate(() => 'beforeRetry' in window)).toBe(true);
    // The same token's page (it opens on its first tab).
    expect(page.url()).toBe(`${url}/general`);
  });
});
