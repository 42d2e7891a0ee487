import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { PORTAL_MODULE_PATH } from '../../host/portal-host';
import { WAIT, holdCreate, mountings } from './interrupted-support';
import { chooseModules, fillGeneral, findWizard, goToOverview, next } from './wizard-support';

// docs/product-rules.md, 'Add a token': Back (or a link, or the host navigating) closes the Add wizard without the
// "Discard changes?" question, so what was typed is kept and the wizard opened again starts from it.

const RESTORED = /What you typed before you left this form is back/;

async function openWizard(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('link', { name: 'Add' }, WAIT));
  const dialog = await findWizard();
  await within(dialog).findByRole('textbox', { name: 'API token name' }, WAIT);
  return dialog;
}

const nameField = (dialog: HTMLElement) => within(dialog).getByRole('textbox', { name: 'API token name' });
const descriptionField = (dialog: HTMLElement) =>
  within(dialog).getByRole('textbox', { name: 'Description' });

describe.each(mountings)('the Add wizard left by Back, $style', ({ mount }) => {
  test('opens again with what was typed, says so, and asks before that is discarded', async () => {
    const module = mount();
    const user = userEvent.setup();
    let dialog = await openWizard(user);
    await fillGeneral(user, dialog, { name: 'Half-typed integration', description: 'Left by Back.' });
    await next(user, dialog);
    await chooseModules(user, dialog, ['Billing']);

    await module.go(-1);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add API token' })).toBeNull(), WAIT);
    expect(module.pathname()).toBe(PORTAL_MODULE_PATH);

    dialog = await openWizard(user);
    expect(within(dialog).getByText(RESTORED)).toBeInTheDocument();
    expect(nameField(dialog)).toHaveValue('Half-typed integration');
    expect(descriptionField(dialog)).toHaveValue('Left by Back.');
    await next(user, dialog);
    expect(await within(dialog).findByRole('checkbox', { name: 'Billing' })).toBeChecked();

    // It is unsaved input like any other: Close asks, and a confirmed discard keeps nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    await user.click(within(question).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add API token' })).toBeNull(), WAIT);

    dialog = await openWizard(user);
    expect(within(dialog).queryByText(RESTORED)).toBeNull();
    expect(nameField(dialog)).toHaveValue('');
  });

  test('Start over empties the form; nothing is kept once the token is added', async () => {
    const module = mount();
    const user = userEvent.setup();
    let dialog = await openWizard(user);
    await fillGeneral(user, dialog, { name: 'Kept then cleared' });
    await module.go(-1);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add API token' })).toBeNull(), WAIT);

    dialog = await openWizard(user);
    expect(nameField(dialog)).toHaveValue('Kept then cleared');
    await user.click(within(dialog).getByRole('button', { name: 'Start over' }));
    expect(nameField(dialog)).toHaveValue('');
    expect(nameField(dialog)).toHaveFocus();
    expect(within(dialog).queryByText(RESTORED)).toBeNull();

    // Added, then left by Back from the summary: nothing to bring back.
    const before = mockBackend.db.tokenCount();
    await goToOverview(user, dialog, 'Added then left', ['Billing']);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await within(dialog).findByRole('heading', { name: /API token added/ }, WAIT);
    expect(mockBackend.db.tokenCount()).toBe(before + 1);
    // The secret was not copied: Back brings its summary back over the grid (docs: 'The secret'); let go of it.
    await module.go(-1);
    const summary = await screen.findByRole('dialog', { name: 'Add API token' }, WAIT);
    await user.click(within(summary).getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('alertdialog', { name: 'Close without copying the API token?' });
    await user.click(within(question).getByRole('button', { name: 'Close anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add API token' })).toBeNull(), WAIT);
    dialog = await openWizard(user);
    expect(nameField(dialog)).toHaveValue('');
    expect(within(dialog).queryByText(RESTORED)).toBeNull();
  });

  test('a create still on its way when the user leaves is not kept as a draft (it could be added twice)', async () => {
    const hold = holdCreate();
    const module = mount();
    const user = userEvent.setup();
    let dialog = await openWizard(user);
    await goToOverview(user, dialog, 'Sent then left', ['Billing']);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(hold.arrived()).toBe(true), WAIT);
    await module.go(-1);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add API token' })).toBeNull(), WAIT);
    hold.release();
    // The hand-over shows the new token's summary over the grid; closed, the wizard opens blank.
    const summary = await screen.findByRole('dialog', { name: 'Add API token' }, WAIT);
    await within(summary).findByRole('heading', { name: /API token added/ });
    const secret = await hold.secret;
    expect(secret).not.toBe('');
    await user.click(within(summary).getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('alertdialog', { name: 'Close without copying the API token?' });
    await user.click(within(question).getByRole('button', { name: 'Close anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), WAIT);

    dialog = await openWizard(user);
    expect(nameField(dialog)).toHaveValue('');
    expect(within(dialog).queryByText(RESTORED)).toBeNull();
  });
});
