import { expect, test, type Page, type Request } from '@playwright/test';
import { REAL_MODE_URL } from '../../playwright.config';
import { fillWizard } from './support/app';
import { keepScreenshot } from './support/layout';
import { expectNoAxeViolations } from './support/axe';

// The standalone app in real-API mode: the dev server proxies /public/v1 to the mock HTTP server standing in
// for the Marketplace API, and the user signs in with a bearer token that lives in memory only.
const TOKEN = 'idt:TKN-9999-0001:e2e-real-mode-secret';

/** Opens the grid and signs in, then waits for its rows. */
async function signInOnGrid(page: Page) {
  await page.goto(`${REAL_MODE_URL}/settings/api-tokens`);
  await page.getByLabel('Access token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
}

test.describe('real-API mode', () => {
  // Copy API token writes to the clipboard.
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('signs in, calls the API through the proxy with the bearer token, and signs out', async ({ page }) => {
    const apiRequests: Request[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/public/v1/')) apiRequests.push(r);
    });
    await page.goto(`${REAL_MODE_URL}/settings/api-tokens`);
    await expect(page.getByRole('heading', { name: 'Sign in to the Marketplace API' })).toBeVisible();
    await expect(page).toHaveTitle('Sign in to the Marketplace API · SoftwareOne Marketplace');

    // Validation first: an empty token is refused with a message next to the field.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter an access token.')).toBeVisible();

    await page.getByLabel('Access token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await expect(page).toHaveTitle('API tokens · SoftwareOne Marketplace');

    expect(apiRequests.length).toBeGreaterThan(0);
    for (const request of apiRequests) {
      // Same origin as the page: the proxy, not the upstream, is what the browser talks to.
      expect(new URL(request.url()).origin).toBe(REAL_MODE_URL);
      expect(await request.headerValue('authorization')).toBe(`Bearer ${TOKEN}`);
    }
    const storage = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(storage).not.toContain(TOKEN);
    expect(page.url()).not.toContain(TOKEN);

    // Signing out from the keyboard: focus goes to the token field, not to the top of the document.
    await page.getByRole('button', { name: 'Sign out' }).press('Enter');
    await expect(page.getByRole('heading', { name: 'Sign in to the Marketplace API' })).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(0);
    await expect(page.getByLabel('Access token')).toBeFocused();
    // The window no longer names the page signed out of.
    await expect(page).toHaveTitle('Sign in to the Marketplace API · SoftwareOne Marketplace');
  });

  test('a session that runs out under a new secret asks to sign in over the page, and the secret stays', async ({
    page,
  }) => {
    await signInOnGrid(page);
    const wizard = await fillWizard(page, 'Session runs out');

    // From now on the API refuses the token: the lists read again after the create are answered 401.
    let refused = 0;
    await page.route('**/public/v1/accounts/api-tokens?**', (route) => {
      refused += 1;
      return route.continue({
        headers: { ...route.request().headers(), 'x-mock-scenario': 'fail:list:401' },
      });
    });
    await wizard.getByRole('button', { name: 'Add' }).click();
    const secretField = wizard.getByRole('textbox', { name: 'API token' });
    // Read whether or not the sign-in dialog has come over it yet (it hides the page from assistive technology).
    const secretBehind = page.getByRole('textbox', { name: 'API token', exact: true, includeHidden: true });
    await expect(secretBehind).toHaveValue(/^idt:TKN-\d{4}-\d{4}:.+/);
    const secret = await secretBehind.inputValue();

    const signIn = page.getByRole('dialog', { name: 'Sign in to the Marketplace API' });
    await expect(signIn).toBeVisible();
    expect(refused).toBeGreaterThan(0);
    await expect(signIn.getByRole('alert')).toContainText('rejected the access token');
    // Neither Escape nor a click beside it takes the dialog away; the page under it is kept as it was.
    await page.keyboard.press('Escape');
    await expect(signIn).toBeVisible();
    // Behind the dialog, and still there.
    await expect(secretBehind).toHaveValue(secret);
    await expectNoAxeViolations(page, 'sign-in dialog over a new secret', { schemes: ['light', 'dark'] });

    await page.unrouteAll();
    await signIn.getByLabel('Access token').fill(TOKEN);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn).toBeHidden();
    await expect(secretField).toBeVisible();
    await expect(secretField).toHaveValue(secret);
    await expect(wizard.getByRole('heading', { name: /API token added/ })).toBeVisible();
  });

  test('Sign out while a create is in flight asks first, and staying keeps the new secret', async ({
    page,
  }) => {
    await signInOnGrid(page);
    const wizard = await fillWizard(page, 'Signed out under it');
    // The create's answer waits for the test, however long the checks below take.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/public/v1/accounts/api-tokens', async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    await wizard.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(wizard.getByRole('status').filter({ hasText: 'Adding the API token…' })).toBeAttached();
    // Back leaves the wizard; the create goes on, and the header's Sign out is in reach.
    await page.goBack({ waitUntil: 'commit' });
    await expect(wizard).toBeHidden();

    await page.getByRole('button', { name: 'Sign out' }).click();
    const question = page.getByRole('alertdialog', { name: 'Sign out and lose the new API token?' });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
    await expectNoAxeViolations(page, 'sign out while a create is in flight');
    await question.getByRole('button', { name: 'Stay signed in' }).click();
    await expect(question).toBeHidden();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeFocused();

    release();
    const summary = page.getByRole('dialog', { name: 'Add API token' });
    await expect(summary.getByRole('heading', { name: /API token added/ })).toBeVisible();
    await expect(summary.getByRole('textbox', { name: 'API token' })).toHaveValue(/^idt:TKN-\d{4}-\d{4}:.+/);
    await summary.getByRole('button', { name: 'Copy API token' }).click();
    await summary.getByRole('button', { name: 'Close' }).click();
    await expect(summary).toBeHidden();

    // With nothing at stake any more, Sign out asks nothing.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to the Marketplace API' })).toBeVisible();
    await expect(question).toHaveCount(0);
  });

  test("says so with Retry when the session's code cannot load, and Retry brings the sign-in screen", async ({
    page,
  }, testInfo) => {
    let offline = true;
    await page
      .context()
      .route(/\/src\/standalone\/real-api-session\.tsx/, (route) =>
        offline ? route.abort('internetdisconnected') : route.continue(),
      );
    await page.goto(`${REAL_MODE_URL}/settings/api-tokens`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Part of the page did not load. Check your connection and try again.');
    // The portal's frame stays around it.
    await expect(page.getByRole('banner')).toContainText('Settings');
    await keepScreenshot(page, testInfo, 'real-mode-session-code-failed');
    offline = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to the Marketplace API' })).toBeVisible();
    await expect(page.getByLabel('Access token')).toBeVisible();
  });

  test('returns to the sign-in screen with a message when the API answers 401', async ({ page }) => {
    // Ask the upstream mock to answer the list with 401 (as it would for a revoked token).
    await page.route('**/public/v1/accounts/api-tokens**', (route) =>
      route.continue({ headers: { ...route.request().headers(), 'x-mock-scenario': 'fail:list:401' } }),
    );
    await page.goto(`${REAL_MODE_URL}/settings/api-tokens`);
    await page.getByLabel('Access token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'rejected the access token' })).toBeVisible();
    await expect(page.getByLabel('Access token')).toHaveValue('');
    await expect(page.getByLabel('Access token')).toBeFocused();
  });
  // Here the browser's own requests reach the API, so one page of the list can be made to fail.
  test('a page of the grid that fails keeps the rows shown, and says so at the pager with Retry', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInOnGrid(page);
    const names = () => page.getByRole('table').locator('tbody a').allTextContents();
    const firstPage = await names();
    // Busy for now, with no wait before asking again (Retry-After: 0): the page's own retries are over at once.
    await page.route('**/public/v1/accounts/api-tokens?**', (route) =>
      new URL(route.request().url()).searchParams.get('offset') === '10'
        ? route.fulfill({
            status: 503,
            headers: { 'Retry-After': '0', 'Content-Type': 'application/problem+json' },
            body: JSON.stringify({ status: 503, title: 'Service Unavailable' }),
          })
        : route.continue(),
    );
    const pager = page.getByRole('navigation', { name: 'Pagination' });
    const next = pager.getByRole('button', { name: 'Next' });
    await next.click();

    const alert = page.getByRole('alert').filter({ hasText: 'Could not load page 2.' });
    await expect(alert).toBeVisible();
    expect(await names()).toEqual(firstPage);
    await expect(pager).toContainText(/1–10 of \d+ rows/);
    await expect(next).toBeFocused();
    await keepScreenshot(page, testInfo, 'grid-page-failed');

    await page.unroute('**/public/v1/accounts/api-tokens?**');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(pager).toContainText(/11–20 of \d+ rows/);
    await expect(alert).toHaveCount(0);
    expect(await names()).not.toEqual(firstPage);
  });
});
