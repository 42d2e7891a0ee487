import { expect, test, type Page } from '@playwright/test';
import { activeRowNames, GRID, openGrid, pickRowAction, rowByName } from './support/app';
import { expectNoAxeViolations } from './support/axe';

// The mock modes sign in by themselves, but a `fail:…:401` scenario makes the mock refuse every token: the page then
// asks for one over itself, as real-API mode does when a session runs out, and says why the mock refuses.
const TYPED = 'idt:TKN-0000-0002:typed-in';
const SHOTS = process.env.E2E_SHOTS_DIR;

/** The Authorization header of every API request the page sends from now on, in order. */
function apiAuthorizations(page: Page): { url: string; authorization: string }[] {
  const sent: { url: string; authorization: string }[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/public/v1/'))
      sent.push({ url: request.url(), authorization: request.headers()['authorization'] ?? '' });
  });
  return sent;
}

function signInDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Sign in to the Marketplace API' });
}

/**
 * With the sign-in dialog's code out of reach, a disable the mock refuses (401): the confirmation says to sign in
 * again, and no dialog comes. `restore` lets the code load again.
 */
async function disableRefusedWithoutTheDialog(page: Page) {
  const code = /\/assets\/mock-sign-in-again-[^/]*\.js$/;
  await page.context().route(code, (route) => route.abort('internetdisconnected'));
  await openGrid(page, '?scenario=fail:disable:401');
  const [name = ''] = await activeRowNames(page, 1);
  await pickRowAction(page, name, 'Disable');
  const confirm = page.getByRole('alertdialog', { name: 'Disable API token?' });
  await confirm.getByRole('button', { name: 'Disable token' }).click();
  await expect(confirm.getByRole('alert')).toContainText('Sign in again');
  await expect(signInDialog(page)).toHaveCount(0);
  return { name, confirm, restore: () => page.context().unroute(code) };
}

test.describe('mock modes: a 401', () => {
  test('a write the mock refuses asks for a token over the page; the write tried again carries it', async ({
    page,
  }) => {
    const sent = apiAuthorizations(page);
    await openGrid(page, '?scenario=fail:disable:401');
    const [name = ''] = await activeRowNames(page, 1);
    await pickRowAction(page, name, 'Disable');
    const confirm = page.getByRole('alertdialog', { name: 'Disable API token?' });
    await confirm.getByRole('button', { name: 'Disable token' }).click();

    const signIn = signInDialog(page);
    await expect(signIn).toBeVisible();
    await expect(signIn.getByRole('alert')).toContainText('rejected the access token (401)');
    await expect(signIn).toContainText('built-in mock API, which takes any token');
    // Signing in is the only way on, and an empty token is refused with a message.
    await page.keyboard.press('Escape');
    await expect(signIn).toBeVisible();
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn.getByText('Enter an access token.')).toBeVisible();
    await expectNoAxeViolations(page, 'the mock asks for a token over a dialog', {
      schemes: ['light', 'dark'],
    });

    await signIn.getByLabel('Access token').fill(TYPED);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(signIn).toBeHidden();
    // The dialog the write failed in is still there, and its Try again sends the typed token; the mock, still
    // answering 401, asks again.
    const writes = () => sent.filter(({ url }) => url.endsWith('/disable'));
    expect(writes().map(({ authorization }) => authorization)).toEqual([
      'Bearer idt:TKN-0000-0001:mock-session',
    ]);
    await confirm.getByRole('button', { name: 'Try again' }).click();
    await expect(signIn).toBeVisible();
    expect(writes().at(-1)?.authorization).toBe(`Bearer ${TYPED}`);
  });

  test('a list the mock refuses is read again with the token typed in', async ({ page }) => {
    const sent = apiAuthorizations(page);
    await page.goto(`${GRID}?scenario=fail:list:401`);
    const signIn = signInDialog(page);
    await expect(signIn).toBeVisible();
    const lists = () =>
      sent.filter(({ url }) => new URL(url).pathname.endsWith('/accounts/api-tokens')).length;
    const before = lists();
    await signIn.getByLabel('Access token').fill(TYPED);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    // Read again at once with the new token; still refused, so the dialog comes back.
    await expect.poll(() => sent.slice(-1)[0]?.authorization).toBe(`Bearer ${TYPED}`);
    expect(lists()).toBeGreaterThan(before);
    await expect(signIn).toBeVisible();
  });
  test("when the dialog's code cannot load, the page stays as it was, says so with Retry, and the next refusal asks for it again", async ({
    page,
  }) => {
    const { confirm, restore } = await disableRefusedWithoutTheDialog(page);

    // The refusal tried again, with the code still out of reach: the page stays; with it back, the dialog comes.
    await confirm.getByRole('button', { name: 'Try again' }).click();
    await expect(confirm.getByRole('alert')).toContainText('Sign in again');
    await expect(signInDialog(page)).toHaveCount(0);
    await restore();
    await confirm.getByRole('button', { name: 'Try again' }).click();
    await expect(signInDialog(page)).toBeVisible();
  });

  test("when the dialog's code cannot load, the page says so above the module with Retry", async ({
    page,
  }) => {
    const { name, confirm, restore } = await disableRefusedWithoutTheDialog(page);
    // Still the page: the dialog can be closed, and the grid is there under it, with what happened above it.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(rowByName(page, name)).toBeVisible();
    const said = page
      .getByRole('alert')
      .filter({ hasText: 'The mock API refused the access token (401), and the sign-in could not load.' });
    await expect(said).toContainText('Part of the page did not load.');
    await expectNoAxeViolations(page, 'the sign-in did not load');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/mock-sign-in-not-loaded.png` });

    await restore();
    await said.getByRole('button', { name: 'Retry' }).click();
    await expect(signInDialog(page)).toBeVisible();
    await expect(said).toHaveCount(0);
  });
});
