import { expect, test } from '@playwright/test';
import { dataRows, openGrid, pickRowAction, rowByName } from './support/app';

// The Add wizard and the Edit dialog in the production build on the browser's mock API, used the
// way a new admin would: mouse and keyboard, real file picker input, real clipboard.

// A real 1×1 PNG, so the mock's byte sniffing accepts it as it would a logo from disk.
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('Add API token wizard', () => {
  test('create a token with a logo and two modules, copy the secret, open its details', async ({ page }) => {
    await openGrid(page);
    await page.getByRole('link', { name: 'Add', exact: true }).click();

    const wizard = page.getByRole('dialog', { name: 'Add API token' });
    await expect(wizard).toBeVisible();
    await expect(page).toHaveURL(/\/settings\/api-tokens\/new$/);
    await expect(wizard.getByRole('list', { name: 'Steps' }).locator('[aria-current="step"]')).toContainText(
      'General',
    );

    // General: a logo, a name and a description.
    await wizard
      .getByLabel('Add logo')
      .setInputFiles({ name: 'robot.png', mimeType: 'image/png', buffer: PNG_1X1 });
    await expect(wizard.getByRole('img', { name: 'Logo preview' })).toBeVisible();
    await expect(wizard.getByText('Chosen: robot.png')).toBeVisible();

    // Next without a name: the message sits by the field, which gets focus.
    await wizard.getByRole('button', { name: 'Next' }).click();
    const name = wizard.getByRole('textbox', { name: 'API token name' });
    await expect(name).toBeFocused();
    await expect(wizard.getByText('Enter a name for the API token.')).toBeVisible();

    await name.fill('E2E billing robot');
    await wizard.getByRole('textbox', { name: 'Description' }).fill('Created by the wizard end-to-end test.');
    await name.press('Enter'); // Enter moves on like Next

    // Modules: search, then pick two.
    await expect(wizard.getByRole('heading', { name: /Modules/ })).toBeVisible();
    await wizard.getByRole('searchbox', { name: 'Search modules' }).fill('bill');
    await wizard.getByRole('checkbox', { name: 'Billing' }).check();
    await wizard.getByRole('searchbox', { name: 'Search modules' }).fill('');
    await wizard.getByRole('checkbox', { name: 'Orders' }).check();
    await wizard.getByRole('button', { name: 'Next' }).click();

    // Overview, then Add.
    const general = wizard.getByRole('region', { name: 'General' });
    await expect(general).toContainText('E2E billing robot');
    await expect(general.getByRole('img', { name: 'Logo preview' })).toBeVisible();
    await expect(wizard.getByRole('region', { name: /Modules/ })).toContainText('Billing');
    await expect(wizard.getByRole('region', { name: /Modules/ })).toContainText('Orders');
    await wizard.getByRole('button', { name: 'Add' }).click();

    // Summary: the secret, once, with copy.
    await expect(wizard.getByRole('heading', { name: /API token added/ })).toBeVisible();
    const secretField = wizard.getByRole('textbox', { name: 'API token' });
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^idt:TKN-\d{4}-\d{4}:.+/);
    await expect(wizard.getByText(/only time the API token is shown/)).toBeVisible();
    await wizard.getByRole('button', { name: 'Copy API token' }).click();
    await expect(wizard.getByText('Copied', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    const storage = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(storage).not.toContain(secret);
    expect(page.url()).not.toContain(secret.split(':')[2] ?? secret);

    // The grid behind already lists it; View details opens it.
    const id = secret.split(':')[1] ?? '';
    await wizard.getByRole('button', { name: 'View details' }).click();
    await expect(wizard).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/settings/api-tokens/${id}`));
    await expect(page.getByRole('heading', { name: 'E2E billing robot', level: 1 })).toBeVisible();
    await expect(page.getByText(secret)).toHaveCount(0);
  });

  test('unsaved input asks before it is discarded', async ({ page }) => {
    await openGrid(page);
    await page.getByRole('link', { name: 'Add', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Add API token' });
    await wizard.getByRole('textbox', { name: 'API token name' }).fill('Not finished');
    await page.keyboard.press('Escape');
    const confirm = page.getByRole('alertdialog', { name: 'Discard changes?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Discard' }).click();
    await expect(wizard).toBeHidden();
    await expect(page).toHaveURL(/\/settings\/api-tokens$/);
  });

  test('the summary holds the secret: Escape keeps it, Close before copying asks first', async ({ page }) => {
    await openGrid(page);
    await page.getByRole('link', { name: 'Add', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Add API token' });
    await wizard.getByRole('textbox', { name: 'API token name' }).fill('E2E uncopied robot');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('checkbox', { name: 'Billing' }).check();
    await wizard.getByRole('button', { name: 'Next' }).click();
    await wizard.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(wizard.getByRole('heading', { name: /API token added/ })).toBeVisible();
    const secretField = wizard.getByRole('textbox', { name: 'API token' });
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^idt:TKN-/);

    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(wizard).toBeVisible();
    await expect(secretField).toHaveValue(secret);

    await wizard.getByRole('button', { name: 'Close', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Close without copying the API token?' });
    await expect(confirm).toContainText('You have not copied the API token. It cannot be shown again.');
    const back = confirm.getByRole('button', { name: 'Back to the summary' });
    await expect(back).toBeFocused();
    await back.click();
    await expect(confirm).toBeHidden();
    await expect(secretField).toHaveValue(secret);

    await wizard.getByRole('button', { name: 'Close', exact: true }).click();
    await confirm.getByRole('button', { name: 'Close anyway' }).click();
    await expect(wizard).toBeHidden();
    await expect(page).toHaveURL(/\/settings\/api-tokens$/);
  });
});

test.describe('Edit API token dialog', () => {
  test("edit a token's name and modules from the grid's row menu", async ({ page }) => {
    await openGrid(page);
    const firstLink = dataRows(page).first().getByRole('link').first();
    const oldName = ((await firstLink.textContent()) ?? '').trim();

    await pickRowAction(page, oldName, 'Edit');

    const dialog = page.getByRole('dialog', { name: 'Edit API token' });
    const name = dialog.getByRole('textbox', { name: 'API token name' });
    await expect(name).toHaveValue(oldName);
    await name.fill('Renamed by E2E');

    await dialog
      .getByRole('list', { name: 'Steps' })
      .getByRole('button', { name: /Modules/ })
      .click();
    await dialog.getByRole('button', { name: 'Select none' }).click();
    await dialog.getByRole('checkbox', { name: 'Helpdesk' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();

    await expect(dialog).toBeHidden();
    const row = rowByName(page, 'Renamed by E2E');
    await expect(row).toBeVisible();
    await expect(row).toContainText('Helpdesk');
    await expect(page.getByText('API token “Renamed by E2E” was saved.').first()).toBeVisible();
  });
});
