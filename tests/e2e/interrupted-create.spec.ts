import { expect, test } from '@playwright/test';
import { GRID, fillWizard, openGrid } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { holdAnswers } from './support/clock';

// A create the admin walks away from still shows its secret, once. The mock answers after a scenario latency that
// runs on the page's clock; stopping that clock holds the create's answer for as long as the test needs.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('an interrupted create', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
    await openGrid(page, '?scenario=latency:300');
  });

  test('a create whose answer is held: press Back, release the answer, the secret is shown once', async ({
    page,
  }) => {
    const wizard = await fillWizard(page, 'E2E interrupted robot');
    await holdAnswers(page);
    await wizard.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(wizard.getByRole('status').filter({ hasText: 'Adding the API token…' })).toBeAttached();

    await page.goBack({ waitUntil: 'commit' });
    await expect(wizard).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${GRID}\\?scenario=`));

    await page.clock.resume();
    const summary = page.getByRole('dialog', { name: 'Add API token' });
    await expect(summary.getByRole('heading', { name: /API token added/ })).toBeVisible();
    await expect(summary).toContainText('“E2E interrupted robot”');
    const fields = page.getByRole('textbox', { name: 'API token' });
    await expect(fields).toHaveCount(1);
    const secret = await fields.inputValue();
    expect(secret).toMatch(/^idt:TKN-\d{4}-\d{4}:.+/);
    // The admin stays where Back took them: the grid, which lists the new token behind the summary.
    await expect(page).toHaveURL(new RegExp(`${GRID}\\?scenario=`));
    expect(page.url()).not.toContain(secret.split(':')[2] ?? secret);
    await expectNoAxeViolations(page, 'summary shown after Back', { schemes: ['light', 'dark'] });

    await summary.getByRole('button', { name: 'Copy API token' }).click();
    await expect(summary.getByText('Copied', { exact: true })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await summary.getByRole('button', { name: 'Close' }).click();
    await expect(summary).toBeHidden();
    await expect(page.getByRole('link', { name: 'E2E interrupted robot', exact: true })).toBeVisible();
    await expect(page.getByText(secret)).toHaveCount(0);
    const storage = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(storage).not.toContain(secret);
  });

  test('closing the tab while the create runs asks first', async ({ page }) => {
    const wizard = await fillWizard(page, 'E2E tab close robot');
    await holdAnswers(page);
    await wizard.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(wizard.getByRole('status').filter({ hasText: 'Adding the API token…' })).toBeAttached();

    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    // The admin stays: the page is still there, and the summary arrives once the answer does.
    await dialog.dismiss();
    expect(page.isClosed()).toBe(false);
    await page.clock.resume();
    await expect(wizard.getByRole('heading', { name: /API token added/ })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'API token' })).toHaveCount(1);
    // The page goes on working after the question: the demo's mock answers what it asks next (the list again,
    // with the new token), where the mock had stopped as if the page were gone.
    await wizard.getByRole('button', { name: 'Copy API token' }).click();
    await wizard.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('link', { name: 'E2E tab close robot', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByRole('link', { name: 'E2E tab close robot', exact: true })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('a new secret on screen, not copied: leaving the page for another document asks first', async ({
  page,
}) => {
  // The token's page loaded as a document of its own (a bookmark, a pasted link): Back leaves the app.
  await openGrid(page);
  const href = await page.locator('tbody tr td a').first().getAttribute('href');
  await page.goto(href ?? GRID);
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Rotate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rotate API token' });
  await dialog.getByRole('button', { name: 'Create new token' }).click();
  const secret = dialog.getByRole('textbox', { name: 'API token' });
  await expect(secret).toBeVisible();

  const asked = page.waitForEvent('dialog', { timeout: 10_000 });
  // Cancelled by the answer below, so the navigation it waits for never comes: a short wait, then on.
  const back = page.goBack({ timeout: 3000 }).catch(() => null);
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  // The admin stays, and the secret with them.
  await question.dismiss();
  await back;
  await expect(secret).toBeVisible();
  expect(page.url()).toContain(href ?? '-');
});
