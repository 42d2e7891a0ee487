import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { GRID, waitForRows } from './support/app';

// The built app runs on the mock API in the browser (a service worker). When that cannot start, there is no API
// behind the page: it says so with Retry, instead of leaving its shell there with nothing behind it.

/** The mock's own chunk. */
const MOCK_CODE = /\/assets\/browser-[\w-]+\.js$/;
const SHOTS = process.env.E2E_SHOTS_DIR;

function notStarted(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'The built-in mock API could not start.' });
}

test.describe('the mock API in the browser cannot start', () => {
  test('its code does not load: the page says so with Retry, which loads the page again', async ({
    page,
  }) => {
    await page.context().route(MOCK_CODE, (route) => route.abort('internetdisconnected'));
    await page.goto(GRID);
    const said = notStarted(page);
    await expect(said).toContainText('Part of the page did not load.');
    // The shell's grid and its Add, with nothing behind them, are gone; the page's heading says what it is.
    await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Add' })).toHaveCount(0);
    await expect(page.getByRole('columnheader')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the mock API could not start', { schemes: ['light', 'dark'] });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/mock-not-started.png` });

    await page.context().unroute(MOCK_CODE);
    await said.getByRole('button', { name: 'Retry' }).click();
    await waitForRows(page);
    await expect(said).toHaveCount(0);
  });
});
