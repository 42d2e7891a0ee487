import { expect, test, type Page } from '@playwright/test';
import { activeRowNames, notice, openGrid, pickRowAction, rowByName } from './support/app';

// Writes whose answer never comes, in the production build on the browser's mock API. `fail:disable:hang` makes
// the mock disable the token and then hold its answer for as long as anyone waits: the worst case, a change the
// client cannot confirm. Nothing races a latency: the only ways out are the user's Cancel and the deadline.

async function startDisable(page: Page, name: string) {
  const row = rowByName(page, name);
  await row.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Disable' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Disable API token?' });
  await dialog.getByRole('button', { name: 'Disable token' }).click();
  return { row, dialog };
}

test.describe('every action ends in a known state', () => {
  test('a held disable: Cancel closes the dialog, the row shows its true state, the grid is usable', async ({
    page,
  }) => {
    await openGrid(page, '?scenario=fail:disable:hang');
    const [name = '', other = ''] = await activeRowNames(page, 2);
    const { row, dialog } = await startDisable(page, name);

    // The request runs: the confirm button is busy, and Cancel is still there to press.
    await expect(dialog.getByRole('button', { name: 'Disable token' })).toHaveAttribute('aria-busy', 'true');
    const cancel = dialog.getByRole('button', { name: 'Cancel' });
    await expect(cancel).toBeEnabled();
    await cancel.click();

    await expect(dialog).toBeHidden();
    await expect(notice(page, `Stopped waiting to disable “${name}”.`)).toBeVisible();
    // The server did disable it (its answer was lost): after the refetch the row says so.
    await expect(row.getByText('Disabled', { exact: true })).toBeVisible();

    // Nothing is locked: another row's menu opens and its dialog can be dismissed.
    await pickRowAction(page, other, 'Delete');
    const remove = page.getByRole('alertdialog', { name: 'Delete API token?' });
    await expect(remove).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(remove).toBeHidden();
  });

  test('a write past its deadline: the token is read again, and the dialog says what the server did', async ({
    page,
  }) => {
    // A short deadline for the demo app, so the timeout comes in 1.5 s rather than a minute. The mock carries out
    // the disable and never answers.
    await openGrid(page, '?scenario=fail:disable:hang,deadline:1500');
    const [name = ''] = await activeRowNames(page, 1);
    const { row, dialog } = await startDisable(page, name);

    // No answer came; read again, the token is disabled, and the dialog says so, with no Try again.
    await expect(dialog.getByRole('status')).toHaveText(
      `No answer came, but reading the token again shows it: “${name}” was disabled.`,
    );
    await expect(dialog.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByText('Disabled', { exact: true })).toBeVisible();
  });

  test('a bulk write past its deadline: tokens read again as done count as done, and nothing is left to retry', async ({
    page,
  }) => {
    await openGrid(page, '?scenario=fail:disable:hang,deadline:1500');
    const names = await activeRowNames(page, 2);
    for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page
      .getByRole('region', { name: 'Selected tokens' })
      .getByRole('button', { name: 'Disable' })
      .click();
    await page
      .getByRole('alertdialog', { name: 'Disable 2 tokens?' })
      .getByRole('button', { name: 'Disable 2 tokens' })
      .click();

    const result = page.getByRole('alertdialog', { name: '2 tokens disabled' });
    await expect(result).toHaveAccessibleDescription(
      'No answer came for 2 tokens, but reading them again shows they were disabled.',
    );
    await expect(result.getByRole('button', { name: /Retry/ })).toHaveCount(0);
    await result.getByRole('button', { name: 'Close' }).click();
    await expect(result).toBeHidden();
    for (const name of names)
      await expect(rowByName(page, name).getByText('Disabled', { exact: true })).toBeVisible();
  });

  test('an edit past its deadline: the token read again shows the changes, and the dialog says they were saved', async ({
    page,
  }) => {
    await openGrid(page, '?scenario=fail:update:hang,deadline:1500');
    const [name = ''] = await activeRowNames(page, 1);
    await pickRowAction(page, name, 'Edit');
    const dialog = page.getByRole('dialog', { name: 'Edit API token' });
    await dialog.getByRole('textbox', { name: 'API token name' }).fill(`${name} (renamed)`);
    await dialog.getByRole('button', { name: 'Save' }).click();

    await expect(dialog.getByRole('status').filter({ hasText: 'No answer came' })).toHaveText(
      'No answer came, but reading the token again shows the changes were saved.',
    );
    await expect(dialog.getByRole('button', { name: 'Save' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(rowByName(page, `${name} (renamed)`)).toBeVisible();
  });

  test('a write that fails without an answer and was not carried out stays unknown, with Try again', async ({
    page,
  }) => {
    await openGrid(page, '?scenario=fail:disable:network');
    const [name = ''] = await activeRowNames(page, 1);
    const { row, dialog } = await startDisable(page, name);

    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText(
      `No answer: it is not known whether “${name}” was disabled. Its current state is shown.`,
    );
    await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
    // The dialog is not stuck: Cancel closes it, and the row shows what the server really did.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByText('Active', { exact: true })).toBeVisible();
  });
});
