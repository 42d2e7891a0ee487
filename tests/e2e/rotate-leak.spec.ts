import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { dataRows, detailTab, GRID, openGrid, waitForRows } from './support/app';

// A leaked token value pasted into the search, and Rotate… end to end, in the production build on the browser's
// mock API.

const SECRET = 'Zq9LeakedSecretPartFromA1Ticket0123456789';
const SHOTS = process.env.E2E_SHOTS_DIR;

/** Every request the page sends, with its Referer: neither may carry the secret. */
function recordRequests(page: Page) {
  const sent: string[] = [];
  page.on('request', (request) => sent.push(`${request.url()} ${request.headers().referer ?? ''}`));
  return sent;
}

async function firstActive(page: Page): Promise<{ name: string; id: string }> {
  const row = dataRows(page)
    .filter({ has: page.getByText('Active', { exact: true }) })
    .first();
  const name = (await row.getByRole('link').first().textContent())?.trim() ?? '';
  const id =
    (
      await row
        .getByText(/^TKN-\d{4}-\d{4}$/)
        .first()
        .textContent()
    )?.trim() ?? '';
  expect(id).toMatch(/^TKN-/);
  return { name, id };
}

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

function rowWithId(page: Page, id: string) {
  return dataRows(page).filter({ has: page.getByText(id, { exact: true }) });
}

// Many steps, several axe runs and screenshots: a loaded machine needs room.
test.describe.configure({ timeout: 240_000 });

test.describe('a leaked token value', () => {
  test('pasting it keeps only the ID; its activity opens from the notice; Disable now disables the token', async ({
    page,
  }) => {
    const sent = recordRequests(page);
    await openGrid(page);
    const token = await firstActive(page);

    const search = page.getByRole('textbox', { name: 'Search by name or ID' });
    await search.click();
    await search.fill(`  "idt:${token.id}:${SECRET}" `);
    await expect(search).toHaveValue(token.id);
    await expect.poll(() => new URL(page.url()).search).toBe(`?q=${token.id}`);
    const leak = page.getByRole('region', { name: 'A full API token value was recognised' });
    await expect(leak).toContainText(`(${token.id}) is active`);
    await waitForRows(page);
    await expect(dataRows(page)).toHaveCount(1);

    expect(page.url()).not.toContain(SECRET);
    expect(JSON.stringify(await page.evaluate(() => window.history.state))).not.toContain(SECRET);
    const storage = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    expect(storage).not.toContain(SECRET);
    await expectNoAxeViolations(page, 'leak notice', { schemes: ['light', 'dark'] });
    for (const [width, height] of [
      [1440, 900],
      [360, 780],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await shoot(page, `leak-notice-${width}-${colorScheme}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1440, height: 900 });

    // What was done with it: the notice leads to the token's activity, and Back returns to the notice.
    await leak.getByRole('link', { name: `Activity of ${token.id}` }).click();
    await expect(page).toHaveURL(new RegExp(`/${token.id}/activity$`));
    await expect(detailTab(page, 'Activity')).toHaveAttribute('aria-selected', 'true');
    await expect(
      page
        .getByRole('table', { name: 'Requests made with this token' })
        .or(page.getByText('Requests made with this token will appear here.')),
    ).toBeVisible();
    await page.goBack();
    await expect(leak).toContainText(`(${token.id}) is active`);
    await expect(search).toHaveValue(token.id);

    await leak.getByRole('button', { name: 'Disable now' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Disable API token?' });
    await expect(confirm).toContainText(token.id);
    await confirm.getByRole('button', { name: 'Disable token' }).click();
    await expect(leak).toContainText(`(${token.id}) is disabled`);
    await expect(rowWithId(page, token.id).getByText('Disabled', { exact: true })).toBeVisible();

    expect(sent.filter((line) => line.includes(SECRET))).toEqual([]);
  });

  test('a link holding the value is rewritten before any request', async ({ page }) => {
    await openGrid(page);
    const token = await firstActive(page);
    const sent = recordRequests(page);
    await page.goto(`${GRID}?q=${encodeURIComponent(`idt:${token.id}:${SECRET}`)}`);
    await expect(page.getByRole('region', { name: 'A full API token value was recognised' })).toBeVisible();
    expect(new URL(page.url()).search).toBe(`?q=${token.id}`);
    // The document itself was asked for with the value; nothing after it was, nor named it as its Referer.
    const documentRequest = (line: string) =>
      line.split(' ')[0]?.includes(SECRET) && line.includes('/settings/');
    expect(sent.filter((line) => line.includes(SECRET) && !documentRequest(line))).toEqual([]);
  });
});

test.describe('Rotate…', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('rotate a token end to end: copy the new secret, disable the old token, find both', async ({
    page,
  }) => {
    await openGrid(page);
    const old = await firstActive(page);
    await page
      .getByRole('button', { name: `Actions for ${old.name}` })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'Rotate…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Rotate API token' });
    await expect(dialog.getByRole('textbox', { name: 'API token name' })).toHaveValue(old.name);
    await expect(dialog.getByRole('textbox', { name: /Description/ })).toHaveValue(
      new RegExp(`^Replaces ${old.id}`),
    );
    // The step as the admin acts on it: the account's module list has answered, so Create is offered.
    await expect(dialog.getByRole('button', { name: 'Create new token' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expectNoAxeViolations(page, 'rotate: new token', { schemes: ['light', 'dark'] });
    await shoot(page, 'rotate-1-explain-1440-light');
    await dialog.getByRole('button', { name: 'Create new token' }).click();

    const secret = dialog.getByRole('textbox', { name: 'API token' });
    await expect(secret).toHaveValue(/^idt:TKN-\d{4}-\d{4}:/);
    const value = await secret.inputValue();
    const newId = value.split(':')[1] ?? '';
    // Escape does not dismiss the only view of the value.
    await page.keyboard.press('Escape');
    await expect(secret).toHaveValue(value);
    await expectNoAxeViolations(page, 'rotate: secret', { schemes: ['light', 'dark'] });
    await shoot(page, 'rotate-2-secret-1440-light');
    await dialog.getByRole('button', { name: 'Copy API token' }).click();
    await expect(dialog.getByText('Copied', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
    await dialog.getByRole('button', { name: 'Next' }).click();

    await expect(dialog.getByRole('button', { name: 'Disable old token' })).toBeVisible();
    await expect(dialog.getByText('Last access', { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: 'Refresh the old token’s last access' }).click();
    await expectNoAxeViolations(page, 'rotate: retire', { schemes: ['light', 'dark'] });
    await shoot(page, 'rotate-3-retire-1440-light');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, 'rotate-3-retire-360-dark');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });

    await dialog.getByRole('button', { name: 'Disable old token' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Disable API token?' });
    await confirm.getByRole('button', { name: 'Disable token' }).click();
    // Said by the step's status line, which is announced (no notification repeats it over the dialog: the
    // integration test holds that, where the moment it would be sent is known).
    await expect(dialog.getByRole('status')).toContainText(`${old.id} is disabled`);
    await shoot(page, 'rotate-4-done-1280x800-light');
    await page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();

    // Both in the grid under the same name: the new one Active, the old one Disabled.
    const search = page.getByRole('textbox', { name: 'Search by name or ID' });
    await search.fill(old.name);
    await search.press('Enter');
    await waitForRows(page);
    await expect(rowWithId(page, newId).getByText('Active', { exact: true })).toBeVisible();
    await expect(rowWithId(page, old.id).getByText('Disabled', { exact: true })).toBeVisible();

    // The old token's page names its replacement (reached in the app: a reload would restart the mock's data).
    await rowWithId(page, old.id).getByRole('link').first().click();
    await page.getByRole('region', { name: 'Summary' }).getByRole('link', { name: newId }).click();
    await expect(page.getByRole('heading', { level: 1, name: old.name })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/${newId}/general$`));
  });
});
