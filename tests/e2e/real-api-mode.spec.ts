import { expect, test, type Request } from '@playwright/test';
import { REAL_MODE_URL } from '../../playwright.config';

// The standalone app in real-API mode: the dev server proxies /public/v1 to the mock HTTP server standing in
// for the Marketplace API, and the user signs in with a bearer token that lives in memory only.
const TOKEN = 'idt:TKN-9999-0001:e2e-real-mode-secret';

test.describe('real-API mode', () => {
  test('signs in, calls the API through the proxy with the bearer token, and signs out', async ({ page }) => {
    const apiRequests: Request[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/public/v1/')) apiRequests.push(r);
    });
    await page.goto(`${REAL_MODE_URL}/settings/api-tokens`);
    await expect(page.getByRole('heading', { name: 'Sign in to the Marketplace API' })).toBeVisible();

    // Validation first: an empty token is refused with a message next to the field.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter an access token.')).toBeVisible();

    await page.getByLabel('Access token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toBeVisible();

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

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to the Marketplace API' })).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(0);
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
  });
});
