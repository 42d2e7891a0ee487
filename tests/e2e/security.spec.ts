import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { notificationItem } from './support/app';

// The secret of a new token is shown once, on the wizard's Summary, and nowhere else — not in a URL,
// not in storage, not in the console, not in the query cache once the Summary is gone, not in the CSV export.
// The production build on the browser's mock API; the mock's own store lives in the page too, so the cache
// is read through the app's QueryClient rather than by searching the whole heap.

const GRID = '/settings/api-tokens';

/** Everything the page could leak a secret through that is not the DOM. */
interface Observed {
  urls: string[];
  requests: string[];
  console: string[];
}

function observe(page: Page): Observed {
  const seen: Observed = { urls: [], requests: [], console: [] };
  page.on('framenavigated', (frame) => seen.urls.push(frame.url()));
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => seen.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => seen.console.push(`pageerror: ${error.message}`));
  return seen;
}

/**
 * The module's QueryClient as JSON: every query's data and every mutation's variables and data. The standalone
 * app does not expose it, so this finds it the way React DevTools would, through the fibers under #root.
 */
async function queryClientContents(page: Page): Promise<string> {
  return page.evaluate(() => {
    type Fiber = {
      memoizedProps?: Record<string, unknown> | null;
      child: Fiber | null;
      sibling: Fiber | null;
    };
    type Client = {
      getQueryCache(): { getAll(): Array<{ queryKey: unknown; state: { data: unknown } }> };
      getMutationCache(): { getAll(): Array<{ state: { data: unknown; variables: unknown } }> };
    };
    const root = document.getElementById('root') as unknown as Record<string, unknown>;
    const containerKey = Object.keys(root).find((key) => key.startsWith('__reactContainer$'));
    if (!containerKey) throw new Error('React root not found');
    const clients = new Set<Client>();
    const stack: Fiber[] = [root[containerKey] as Fiber];
    while (stack.length > 0) {
      const fiber = stack.pop() as Fiber;
      const client = fiber.memoizedProps?.client as Client | undefined;
      if (client && typeof client.getQueryCache === 'function') clients.add(client);
      if (fiber.child) stack.push(fiber.child);
      if (fiber.sibling) stack.push(fiber.sibling);
    }
    if (clients.size === 0) throw new Error('No QueryClient found under #root');
    return JSON.stringify(
      [...clients].map((client) => ({
        queries: client
          .getQueryCache()
          .getAll()
          .map((query) => [query.queryKey, query.state.data]),
        mutations: client
          .getMutationCache()
          .getAll()
          .map((mutation) => [mutation.state.variables, mutation.state.data]),
      })),
      // Files (a logo) and other non-JSON values are named, so nothing is silently skipped.
      (_key, value: unknown) => (value instanceof Blob ? `[${value.constructor.name} ${value.size}]` : value),
    );
  });
}

async function storageContents(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => {
        const key = storage.key(i) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      }).join('\n');
    return `${dump(localStorage)}\n${dump(sessionStorage)}\n${document.cookie}`;
  });
}

/** Every URL the page has loaded or referenced: history, resources, navigation entries. */
async function performanceUrls(page: Page): Promise<string> {
  return page.evaluate(() =>
    [location.href, ...performance.getEntries().map((entry) => entry.name)].join('\n'),
  );
}

test('the secret of a new token never leaves the Summary', async ({ page }) => {
  const seen = observe(page);
  const name = `Security probe ${Date.now()}`;

  await page.goto(GRID);
  await expect(page.getByRole('table', { name: 'API tokens' }).locator('tbody a').first()).toBeVisible();

  // Create a token through the wizard.
  await page.getByRole('link', { name: 'Add', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Add API token' });
  await wizard.getByRole('textbox', { name: 'API token name' }).fill(name);
  await wizard.getByRole('textbox', { name: 'Description' }).fill('Checks where the secret goes.');
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByRole('checkbox', { name: 'Billing' }).check();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByRole('button', { name: 'Add' }).click();

  await expect(wizard.getByRole('heading', { name: /API token added/ })).toBeVisible();
  const secret = await wizard.getByRole('textbox', { name: 'API token' }).inputValue();
  expect(secret).toMatch(/^idt:TKN-\d{4}-\d{4}:.{16,}$/);
  // The part that makes it a secret: the ID in front of it is public.
  const key = secret.split(':').slice(2).join(':');
  const id = secret.split(':')[1] ?? '';

  // While the Summary is open the value is on screen, and still only there.
  expect(await queryClientContents(page)).not.toContain(key);
  expect(await storageContents(page)).not.toContain(key);

  await wizard.getByRole('button', { name: 'Close' }).click();
  // Not copied: Close asks first.
  await page.getByRole('alertdialog').getByRole('button', { name: 'Close anyway' }).click();
  await expect(wizard).toBeHidden();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  await expect(row).toBeVisible();

  // Open the new token's page and come back, so the detail and list queries hold the token too.
  await row.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Back to API tokens' }).click();
  await expect(row).toBeVisible();

  // The export: the new token is in it, its secret is not.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloadPromise;
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv).toContain(name);
  expect(csv).toContain(id);
  expect(csv).not.toContain(key);

  const cache = await queryClientContents(page);
  expect(cache).toContain(id); // the cache was really read
  expect(cache).not.toContain(key);
  expect(await storageContents(page)).not.toContain(key);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(key);
  expect(await performanceUrls(page)).not.toContain(key);
  expect(seen.urls.length).toBeGreaterThan(1);
  for (const url of [...seen.urls, ...seen.requests, page.url()]) {
    expect(url).not.toContain(key);
    expect(decodeURIComponent(url)).not.toContain(key);
  }
  expect(seen.console.join('\n')).not.toContain(key);
});

test('a secret the API returns on GET reaches neither the cache nor the console', async ({ page }) => {
  // Older API versions return `token` on GET; the detail page may show it, but nothing may keep it.
  const seen = observe(page);
  await page.goto(`${GRID}?scenario=tokenOnGet`);
  const first = page.getByRole('table', { name: 'API tokens' }).locator('tbody a').first();
  await expect(first).toBeVisible();
  const name = ((await first.textContent()) ?? '').trim();
  await first.click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const id = /\/(TKN-\d{4}-\d{4})/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');

  // The secret as the API hands it out, read beside the app (the mock answers any same-origin fetch).
  const secret = await page.evaluate(async (tokenId) => {
    const response = await fetch(`/public/v1/accounts/api-tokens/${tokenId}`, {
      headers: { Authorization: 'Bearer idt:TKN-0000-0001:mock-session', 'x-mock-scenario': 'tokenOnGet' },
    });
    return ((await response.json()) as { token?: string }).token ?? '';
  }, id);
  expect(secret).toMatch(/^idt:TKN-\d{4}-\d{4}:.+/);
  const key = secret.split(':').slice(2).join(':');

  for (const tab of ['Modules', 'Details', 'Audit trail', 'General']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
  }
  await page.getByRole('link', { name: 'Back to API tokens' }).click();
  await expect(page.getByRole('table', { name: 'API tokens' }).locator('tbody a').first()).toBeVisible();

  const cache = await queryClientContents(page);
  expect(cache).toContain(id);
  expect(cache).not.toContain(key);
  expect(await storageContents(page)).not.toContain(key);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(key);
  for (const url of [...seen.urls, page.url()]) expect(decodeURIComponent(url)).not.toContain(key);
  expect(seen.console.join('\n')).not.toContain(key);
});

test.describe('hostile names at the API’s limits', () => {
  // The longest name and description the API accepts, without a single place to break a line. The name mixes
  // directions with a right-to-left letter: a direction control, which would make it more hostile, is refused.
  const LONG_NAME = `W${'\u05D0'}${'W'.repeat(253)}`;
  const LONG_DESCRIPTION = `<img src=x onerror=alert(1)>${'M'.repeat(1972)}`;
  // Sentences and subtitles show a name's first 80 characters, the 80th an ellipsis.
  const SHOWN_NAME = `${LONG_NAME.slice(0, 79)}…`;

  for (const width of [1440, 360]) {
    test(`never push the page sideways at ${width} px`, async ({ page }) => {
      const seen = observe(page);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(GRID);
      await expect(page.getByRole('table', { name: 'API tokens' }).locator('tbody a').first()).toBeVisible();
      const id = await page.evaluate(
        async ({ name, description }) => {
          const response = await fetch('/public/v1/accounts/api-tokens', {
            method: 'POST',
            headers: {
              Authorization: 'Bearer idt:TKN-0000-0001:mock-session',
              'Content-Type': 'application/json',
            },
            body: JSON.stringify({ name, description, modules: [{ id: 'MOD-1756' }] }),
          });
          return ((await response.json()) as { id: string }).id;
        },
        { name: LONG_NAME, description: LONG_DESCRIPTION },
      );
      const fitsSideways = () =>
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

      await page.getByRole('button', { name: 'Refresh' }).click();
      const link = page.getByRole('link', { name: LONG_NAME, exact: true });
      await expect(link).toBeVisible();
      expect(await fitsSideways()).toBe(true);
      // The name wraps inside its column instead of widening the table to thousands of pixels.
      const box = await link.boundingBox();
      expect(box?.width ?? Infinity).toBeLessThanOrEqual(Math.max(420, width * 0.4));

      // Its page: heading and description wrap.
      await link.click();
      const heading = page.getByRole('heading', { name: LONG_NAME, level: 1 });
      await expect(heading).toBeVisible();
      await expect(page.getByText(LONG_DESCRIPTION, { exact: true })).toBeVisible();
      expect(await fitsSideways()).toBe(true);
      expect((await heading.boundingBox())?.width ?? Infinity).toBeLessThanOrEqual(width);

      // Every dialog fits the screen: edit, then a confirmation and its success message.
      const fitsDialog = async (name: string, role: 'dialog' | 'alertdialog') => {
        const dialog = page.getByRole(role, { name });
        await expect(dialog).toBeVisible();
        const sizes = await dialog.evaluate((node) => ({
          width: node.getBoundingClientRect().width,
          overflow: node.scrollWidth - node.clientWidth,
        }));
        expect(sizes.width).toBeLessThanOrEqual(width);
        expect(sizes.overflow).toBeLessThanOrEqual(1);
        expect(await fitsSideways()).toBe(true);
        return dialog;
      };
      await page.getByRole('button', { name: 'Edit' }).click();
      const edit = await fitsDialog('Edit API token', 'dialog');
      await expect(edit.getByRole('textbox', { name: 'API token name' })).toHaveValue(LONG_NAME);
      await edit.getByRole('button', { name: 'Close' }).click();
      await expect(edit).toBeHidden();

      await page.getByRole('button', { name: 'More actions' }).click();
      await page.getByRole('menuitem', { name: 'Disable' }).click();
      const confirm = await fitsDialog('Disable API token?', 'alertdialog');
      await expect(confirm).toContainText(`“${SHOWN_NAME}” (${id})`);
      await confirm.getByRole('button', { name: 'Disable token' }).click();
      await expect(confirm).toBeHidden();
      // The notification as drawn, not its announcement (a visually hidden live region).
      const message = notificationItem(page, `API token “${SHOWN_NAME}” disabled.`);
      await expect(message).toBeVisible();
      const messageBox = await message.boundingBox();
      expect(messageBox?.width ?? Infinity).toBeLessThanOrEqual(width);
      // The whole name made it eleven lines tall on a phone.
      expect(messageBox?.height ?? Infinity, 'the notification is a few lines tall').toBeLessThanOrEqual(150);
      expect(await fitsSideways()).toBe(true);

      // Inert: the markup in the description stayed text.
      expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
      expect(seen.console.filter((line) => line.startsWith('error') || line.startsWith('pageerror'))).toEqual(
        [],
      );
      expect(id).toMatch(/^TKN-/);
    });
  }
});
