import { expect, type Page } from '@playwright/test';

// The mock's scenario latency runs on the page's clock, so a test that installs Playwright's clock before the page
// loads decides when the mock answers.

/**
 * Stops the page's clock: from here every answer waits for `page.clock.resume()`. Nothing else on the page that
 * waits on a timer runs either, axe included (it starts each rule on a timer): look at the page after resuming.
 */
export async function holdAnswers(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1_000);
}

const HOLD_MS = 300_000;

/**
 * A scenario whose every answer waits five minutes of the page's clock: longer than any test runs, so an answer held
 * by it comes only when `releaseHeldAnswers` moves the clock on, while the page's own timers (axe's among them) keep
 * running. The app's request deadline is four holds: a request whose hold starts just after a release (its deadline
 * started just before) is released by the next one, long before its deadline.
 */
export const HELD_ANSWERS = `latency:${HOLD_MS},deadline:${4 * HOLD_MS}`;

/** Moves the page's clock past the hold: every answer asked for until now comes. */
export async function releaseHeldAnswers(page: Page): Promise<void> {
  await page.clock.fastForward(HOLD_MS);
}

/**
 * Releases held answers until `done` holds: a request's hold starts only when the mock takes it, a moment after the
 * page sends it, so one release may come before the hold it was meant for.
 */
export async function releaseHeldAnswersUntil(page: Page, done: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await releaseHeldAnswers(page);
    await done();
  }).toPass({ timeout: 30_000 });
}
