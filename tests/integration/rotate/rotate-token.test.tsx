// Rotate API token: a new token like the old one, its secret shown once, then retiring the old token. Each step
// can fail on its own; the dialog then says what state both tokens are in and keeps the new secret.
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { getResponse, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../mocks/handlers';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import type { ApiTokensConfig } from '../../../src/embed';
import { MOUNT_PATH, renderModule } from '../../support/render-module';
import {
  chooseFromRowMenu,
  deleteThenBreak,
  findRow,
  firstPageTokens,
  rowStatus,
} from '../actions/action-helpers';
import {
  API_TOKENS_PATH,
  captureRequests,
  installNodeFileApis,
  serializedQueryCache,
} from '../wizard/wizard-support';
import { findCreateNewToken } from './rotate-support';

installNodeFileApis();

const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
const SLOW = { timeout: 20_000 };
const NOT_COPIED = 'Close without copying the API token?';

const secureContext = Object.getOwnPropertyDescriptor(window, 'isSecureContext');
afterEach(() => {
  if (secureContext) Object.defineProperty(window, 'isSecureContext', secureContext);
  else delete (window as { isSecureContext?: boolean }).isSecureContext;
  vi.restoreAllMocks();
});

function firstOnPage(status: 'Active' | 'Disabled', withDescription = false) {
  const token = firstPageTokens().find((t) => t.status === status && (!withDescription || t.description));
  if (!token) throw new Error(`the first page has no ${status} token`);
  return token;
}

async function findRotateDialog() {
  return screen.findByRole('dialog', { name: 'Rotate API token' }, { timeout: 10_000 });
}

/** The step list item marked as the current step. */
function currentStep(dialog: HTMLElement): string {
  const list = within(dialog).getByRole('list', { name: 'Steps' });
  return list.querySelector('[aria-current="step"]')?.textContent ?? '';
}

/** Opens Rotate… from the row menu and waits for the first step's fields. */
async function openFromGrid(user: UserEvent, name: string) {
  await chooseFromRowMenu(user, name, 'Rotate…');
  const dialog = await findRotateDialog();
  await within(dialog).findByRole('textbox', { name: 'API token name' }, SLOW);
  return dialog;
}

async function createNew(user: UserEvent, dialog: HTMLElement) {
  await user.click(await findCreateNewToken(dialog));
}

/** Waits for the secret step; returns the value on screen. */
async function findSecret(dialog: HTMLElement): Promise<string> {
  await waitFor(() => expect(currentStep(dialog)).toContain('Copy the new token'), SLOW);
  const value = (within(dialog).getByRole('textbox', { name: 'API token' }) as HTMLTextAreaElement).value;
  expect(value).toMatch(/^idt:TKN-\d{4}-\d{4}:/);
  return value;
}

async function copySecret(user: UserEvent, dialog: HTMLElement) {
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
  await user.click(within(dialog).getByRole('button', { name: 'Copy API token' }));
  expect(await within(dialog).findByText('Copied')).toBeInTheDocument();
  return writeText;
}

/** The token the rotation created: the one whose description names the old token. */
function replacementOf(oldId: string) {
  return mockBackend.db.listTokens().find((t) => t.id !== oldId && t.description?.includes(oldId));
}

/** From the grid: Rotate…, create the new token, then Next to the retire step; the secret and the new token. */
async function toRetireStep(user: UserEvent, old: { id: string; name: string }) {
  await findRow(old.name);
  const dialog = await openFromGrid(user, old.name);
  await createNew(user, dialog);
  const secret = await findSecret(dialog);
  const created = replacementOf(old.id);
  await user.click(within(dialog).getByRole('button', { name: 'Next' }));
  await waitFor(() => expect(currentStep(dialog)).toContain('Retire the old token'), SLOW);
  return { dialog, secret, created };
}

/** On the old token's page: More actions → Rotate…, then Create new token and Copy; returns the dialog. */
async function rotateFromItsPage(user: UserEvent, old: { id: string; name: string }) {
  await screen.findByRole('heading', { level: 1, name: old.name }, SLOW);
  await user.click(screen.getByRole('button', { name: 'More actions' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Rotate…' }));
  const dialog = await findRotateDialog();
  await within(dialog).findByRole('textbox', { name: 'API token name' }, SLOW);
  await createNew(user, dialog);
  await findSecret(dialog);
  await copySecret(user, dialog);
  return dialog;
}

async function confirm(user: UserEvent, title: string, button: string) {
  const question = await screen.findByRole('alertdialog', { name: title });
  await user.click(within(question).getByRole('button', { name: button }));
}

describe('Rotate API token', { timeout: 60_000 }, () => {
  it('creates a like token, shows its secret once, disables the old one; both show in the grid', async () => {
    const old = firstOnPage('Active', true);
    const creates = captureRequests('POST', API_TOKENS_PATH);
    // The host's notifications: what the module says in one is known the moment it says it.
    const notify = vi.fn<NonNullable<ApiTokensConfig['notify']>>();
    const { user, queryClient } = renderModule({ config: { notify } });
    await findRow(old.name);
    const dialog = await openFromGrid(user, old.name);

    // Step 1: what will happen, with the name and the description prefilled.
    expect(currentStep(dialog)).toContain('New token');
    expect(within(dialog).getByText(/keeps working until you retire it/)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue(old.name);
    expect(within(dialog).getByRole('textbox', { name: /Description/ })).toHaveValue(
      `Replaces ${old.id}\n${old.description}`,
    );
    await createNew(user, dialog);
    const secret = await findSecret(dialog);

    const created = replacementOf(old.id);
    expect(created).toBeDefined();
    const [request] = await creates.all();
    expect(request?.body).toMatchObject({
      name: old.name,
      description: `Replaces ${old.id}\n${old.description}`,
      modules: old.modules.map((m) => ({ id: m.id })),
    });
    expect(mockBackend.db.getSecret(created?.id ?? '')).toBe(secret);
    // The old token is untouched so far.
    expect(mockBackend.db.getToken(old.id)?.status).toBe('Active');

    // The secret holds: Escape does nothing, Close before copying asks.
    await user.keyboard('{Escape}');
    expect(within(dialog).getByRole('textbox', { name: 'API token' })).toHaveValue(secret);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await confirm(user, NOT_COPIED, 'Back to the new token');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within(dialog).getByRole('textbox', { name: 'API token' })).toHaveValue(secret);

    const writeText = await copySecret(user, dialog);
    expect(writeText).toHaveBeenCalledWith(secret);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));

    // Step 3: the old token's last access, then Disable (confirmed).
    await waitFor(() => expect(currentStep(dialog)).toContain('Retire the old token'), SLOW);
    expect(within(dialog).getByText('Last access')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Refresh the old token’s last access' })).toBeEnabled();
    await user.click(within(dialog).getByRole('button', { name: 'Disable old token' }));
    await confirm(user, 'Disable API token?', 'Disable token');
    expect(
      await within(dialog).findByText(
        `${old.id} is disabled: integrations still using it get errors. ${created?.id} is active.`,
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(mockBackend.db.getToken(old.id)?.status).toBe('Disabled');
    // The step's status line says it: no notification repeats it over the dialog (on a phone, over its title).
    expect(within(dialog).getByRole('status')).toHaveTextContent(`${old.id} is disabled`);
    expect(notify).not.toHaveBeenCalled();
    expect(within(dialog).queryByRole('button', { name: 'Disable old token' })).not.toBeInTheDocument();
    // The button that opened the confirmation is gone: focus goes back into the dialog, to its step's heading.
    await waitFor(() =>
      expect(within(dialog).getByRole('heading', { name: /Retire the old token/ })).toHaveFocus(),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Rotate API token' })).not.toBeInTheDocument(),
    );
    expect(document.body.textContent).not.toContain(secret);
    expect(serializedQueryCache(queryClient)).not.toContain(secret);

    // Both in the grid under the same name: the new one active, the old one disabled.
    const rowOf = (id: string) => {
      const rows = screen.getAllByRole('row').filter((row) => within(row).queryByText(id));
      expect(rows).toHaveLength(1);
      return rows[0] as HTMLElement;
    };
    await waitFor(() => expect(rowStatus(rowOf(old.id))).toBe('Disabled'), SLOW);
    await waitFor(() => expect(rowStatus(rowOf(created?.id ?? '-'))).toBe('Active'), SLOW);
  });

  it('hints that another token has the typed name, never the token being rotated, and not while its name is kept', async () => {
    // The old token first in the store and the other last, so a check that did not leave the old token out would
    // find it first.
    const stored = mockBackend.db.listTokens();
    const [old, other] = [stored[0], stored.at(-1)];
    if (!old || !other || old.status !== 'Active') throw new Error('seed');
    mockBackend.db.updateToken(old.id, { name: 'Shared name' });
    mockBackend.db.updateToken(other.id, { name: 'SHARED NAME' });
    const { user, queryClient } = renderModule({ path: `/${old.id}/general` });
    await screen.findByRole('heading', { level: 1, name: 'Shared name' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Rotate…' }));
    const dialog = await findRotateDialog();
    await within(dialog).findByRole('textbox', { name: 'API token name' }, SLOW);
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    expect(name).toHaveValue('Shared name');

    // The old token's name, kept, is the new token's on purpose: nothing is said, though another token has it too.
    await act(async () => {});
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(within(dialog).queryByText(/already exists/)).not.toBeInTheDocument();

    // Typed anew (another case and spacing), it is checked, and the hint names the other token, not the old one.
    await user.clear(name);
    await user.type(name, 'shared  Name');
    const hint = await within(dialog).findByText(
      `A token named “SHARED NAME” already exists (${other.id}). You can still use this name; a different one makes the tokens easier to tell apart.`,
      {},
      SLOW,
    );
    expect(hint).toHaveAttribute('role', 'status');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('already exists'));
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('a failed create says nothing changed, keeps the input, and can be tried again', async () => {
    const old = firstOnPage('Active');
    const before = mockBackend.db.tokenCount();
    const { user } = renderModule();
    await findRow(old.name);
    const dialog = await openFromGrid(user, old.name);
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await user.clear(name);
    await user.type(name, 'Rotated integration');

    mockBackend.setScenario({ failures: { create: 500 } });
    await createNew(user, dialog);
    const alert = await within(dialog).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Could not create the new API token');
    expect(alert).toHaveTextContent(`No new token was created. ${old.id} is unchanged and keeps working.`);
    expect(currentStep(dialog)).toContain('New token');
    expect(name).toHaveValue('Rotated integration');
    expect(mockBackend.db.tokenCount()).toBe(before);

    mockBackend.setScenario({ failures: {} });
    await createNew(user, dialog);
    await findSecret(dialog);
    expect(mockBackend.db.tokenCount()).toBe(before + 1);
    expect(replacementOf(old.id)?.name).toBe('Rotated integration');
  });

  it('a create refused for want of permission is not offered again; the input stays', async () => {
    const old = firstOnPage('Active');
    const before = mockBackend.db.tokenCount();
    const { user } = renderModule();
    await findRow(old.name);
    const dialog = await openFromGrid(user, old.name);
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await user.clear(name);
    await user.type(name, 'Rotated integration');

    mockBackend.setScenario({ failures: { create: 403 } });
    await createNew(user, dialog);
    const alert = await within(dialog).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('You do not have permission');
    expect(alert).toHaveTextContent(`No new token was created. ${old.id} is unchanged and keeps working.`);
    // Create is withdrawn, so the text offers no second try either.
    expect(alert).not.toHaveTextContent('try again');
    expect(within(dialog).queryByRole('button', { name: 'Create new token' })).toBeNull();
    // Focus was on the button that went: the step's heading, above the message, has it now.
    await waitFor(() => expect(within(dialog).getByRole('heading', { name: /New token/ })).toHaveFocus());
    expect(name).toHaveValue('Rotated integration');
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeEnabled();
    expect(mockBackend.db.tokenCount()).toBe(before);
  });

  it('a retire refused for want of permission keeps only what can still work; a token gone is deleted all the same', async () => {
    const old = firstOnPage('Active');
    const { user } = renderModule();
    const { dialog, secret, created } = await toRetireStep(user, old);

    // No permission to disable: Disable is not offered again, Delete (another permission) still is.
    mockBackend.setScenario({ failures: { disable: 403 } });
    await user.click(within(dialog).getByRole('button', { name: 'Disable old token' }));
    await confirm(user, 'Disable API token?', 'Disable token');
    const refused = await within(dialog).findByRole('alert', {}, SLOW);
    expect(refused).toHaveTextContent('Could not disable the old token');
    expect(refused).toHaveTextContent(
      `${created?.id} is active. ${old.id} is unchanged (Active) and keeps its access.`,
    );
    expect(refused).not.toHaveTextContent('try again');
    expect(within(dialog).queryByRole('button', { name: 'Disable old token' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Delete old token' })).toBeEnabled();
    // A look at the secret and back: the refusal, and what it said about both tokens, is still known.
    await user.click(within(dialog).getByRole('button', { name: 'Back to the new token' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Copy the new token'));
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Retire the old token'));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Could not disable the old token');
    expect(within(dialog).queryByRole('button', { name: 'Disable old token' })).toBeNull();

    // Someone else deleted the old token meanwhile: the delete, answered "not found", is done all the same.
    mockBackend.setScenario({ failures: {} });
    mockBackend.db.deleteToken(old.id);
    await user.click(within(dialog).getByRole('button', { name: 'Delete old token' }));
    await confirm(user, 'Delete API token?', 'Delete token');
    await waitFor(
      () =>
        expect(within(dialog).getByRole('status')).toHaveTextContent(
          `${old.id} is deleted. ${created?.id} is active.`,
        ),
      SLOW,
    );
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Delete old token' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Disable old token' })).toBeNull();
    // The old token's absence takes nothing else away: the new secret is one step back, as typed out.
    await user.click(within(dialog).getByRole('button', { name: 'Back to the new token' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Copy the new token'));
    expect(within(dialog).getByRole('textbox', { name: 'API token' })).toHaveValue(secret);
  });

  it.each([
    ['the connection failing', () => mockBackend.setScenario({ failures: { create: 'network' } })],
    [
      'a gateway that gave up (504)',
      () => server.use(http.post(TOKENS, () => new Response(null, { status: 504 }), { once: true })),
    ],
  ])(
    'a create without an answer (%s) says the outcome is unknown and the old token is unchanged',
    async (_how, fail) => {
      const old = firstOnPage('Active');
      const { user } = renderModule();
      await findRow(old.name);
      const dialog = await openFromGrid(user, old.name);
      fail();
      await createNew(user, dialog);
      const alert = await within(dialog).findByRole('alert', {}, SLOW);
      expect(alert).toHaveTextContent('No answer: it is not known whether the new API token was created');
      expect(alert).not.toHaveTextContent('Could not create');
      expect(alert).toHaveTextContent('a new token may or may not have been created');
      expect(alert).toHaveTextContent(`${old.id} is unchanged and keeps working`);
    },
  );

  it('a failed disable says both tokens still work, keeps the secret reachable, and Delete still works', async () => {
    const old = firstOnPage('Active');
    const { user } = renderModule();
    const { dialog, secret, created } = await toRetireStep(user, old);

    mockBackend.setScenario({ failures: { disable: 500 } });
    await user.click(within(dialog).getByRole('button', { name: 'Disable old token' }));
    await confirm(user, 'Disable API token?', 'Disable token');
    const alert = await within(dialog).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Could not disable the old token');
    expect(alert).toHaveTextContent(
      `${created?.id} is active. ${old.id} is unchanged (Active) and keeps its access`,
    );
    expect(mockBackend.db.getToken(old.id)?.status).toBe('Active');

    // Not copied yet: closing still asks, and the value is one step back.
    await user.click(within(dialog).getByRole('button', { name: 'Keep it for now' }));
    await confirm(user, NOT_COPIED, 'Back to the new token');
    await user.click(within(dialog).getByRole('button', { name: 'Back to the new token' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Copy the new token'));
    expect(within(dialog).getByRole('textbox', { name: 'API token' })).toHaveValue(secret);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));

    mockBackend.setScenario({ failures: {} });
    await user.click(within(dialog).getByRole('button', { name: 'Delete old token' }));
    await confirm(user, 'Delete API token?', 'Delete token');
    expect(
      await within(dialog).findByText(`${old.id} is deleted. ${created?.id} is active.`, {}, SLOW),
    ).toBeInTheDocument();
    expect(mockBackend.db.getToken(old.id)).toBeUndefined();
    expect(within(dialog).queryByRole('button', { name: 'Delete old token' })).not.toBeInTheDocument();
  });

  it('a disable of the old token without an answer (504) says so, and what the old token is now', async () => {
    const old = firstOnPage('Active');
    const { user } = renderModule();
    const { dialog, created } = await toRetireStep(user, old);

    // The API disables it; the gateway in front of it answers 504 in its place.
    server.use(
      http.post(
        `${TOKENS}/:id/disable`,
        ({ params }) => {
          mockBackend.db.setTokenStatus(String(params.id), 'Disabled');
          return new Response(null, { status: 504 });
        },
        { once: true },
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Disable old token' }));
    await confirm(user, 'Disable API token?', 'Disable token');
    const alert = await within(dialog).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('No answer: it is not known whether the old token was disabled');
    expect(alert).not.toHaveTextContent('Could not');
    // Read again since: it is disabled, and it says so rather than "unchanged".
    await waitFor(() =>
      expect(alert).toHaveTextContent(`${created?.id} is active. ${old.id}, as read again since: Disabled.`),
    );
    expect(alert).not.toHaveTextContent('unchanged');
  });

  it('from the old token’s page: once its last step deleted the old token, Done leaves that page for the grid', async () => {
    const old = firstOnPage('Active');
    const { user, currentLocation } = renderModule({ path: `/${old.id}/general` });
    const dialog = await rotateFromItsPage(user, old);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Delete old token' }, SLOW));
    await confirm(user, 'Delete API token?', 'Delete token');
    await within(dialog).findByText(new RegExp(`^${old.id} is deleted\\.`), {}, SLOW);

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    // Not the deleted token's page, still showing it Active: the grid, as after a delete from that page.
    await waitFor(() => expect(currentLocation()?.pathname).toBe(MOUNT_PATH), SLOW);
    expect(screen.queryByRole('heading', { level: 1, name: old.name })).toBeNull();
    expect(mockBackend.db.getToken(old.id)).toBeUndefined();
  });

  it('from the grid: the old token deleted by Delete old token, its page met again by Back says it was deleted', async () => {
    const old = firstOnPage('Active');
    const { user, goBack } = renderModule();
    await user.click(await screen.findByRole('link', { name: old.name }, SLOW));
    await screen.findByRole('heading', { level: 1, name: old.name }, SLOW);
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Back to API tokens' }));
    const { dialog } = await toRetireStep(user, old);
    await user.click(within(dialog).getByRole('button', { name: 'Back to the new token' }));
    await copySecret(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Delete old token' }, SLOW));
    await confirm(user, 'Delete API token?', 'Delete token');
    await within(dialog).findByText(new RegExp(`^${old.id} is deleted\\.`), {}, SLOW);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), SLOW);

    await goBack();
    const heading = await screen.findByRole('heading', { level: 1, name: 'API token deleted' }, SLOW);
    expect(heading.closest('section')).toHaveTextContent(`“${old.name}” (${old.id}) was deleted.`);
  });

  it('from the grid: Delete old token without an answer that went through, its page met again by Back says it was deleted', async () => {
    const old = firstOnPage('Active');
    const { user, goBack } = renderModule();
    await user.click(await screen.findByRole('link', { name: old.name }, SLOW));
    await screen.findByRole('heading', { level: 1, name: old.name }, SLOW);
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Back to API tokens' }));
    const { dialog, created } = await toRetireStep(user, old);
    await user.click(within(dialog).getByRole('button', { name: 'Back to the new token' }));
    await copySecret(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    // The API deletes it; the connection breaks before its answer.
    deleteThenBreak(old.id, { held: false });
    await user.click(await within(dialog).findByRole('button', { name: 'Delete old token' }, SLOW));
    await confirm(user, 'Delete API token?', 'Delete token');
    // No answer; read again since, it is gone, so the delete went through. Said as done: no unknown outcome, no
    // "try again".
    await within(dialog).findByText(
      `No answer came, but reading it again shows it: ${old.id} is deleted. ${created?.id} is active.`,
      {},
      SLOW,
    );
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(dialog).not.toHaveTextContent(/not known|try again/i);
    // Nothing is left to keep: the step is done.
    expect(within(dialog).queryByRole('button', { name: 'Keep it for now' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), SLOW);

    await goBack();
    const heading = await screen.findByRole('heading', { level: 1, name: 'API token deleted' }, SLOW);
    expect(heading.closest('section')).toHaveTextContent(`“${old.name}” (${old.id}) was deleted.`);
  });

  it('from the old token’s page: Delete old token without an answer that went through, Done leaves that page for the grid', async () => {
    const old = firstOnPage('Active');
    const { user, currentLocation } = renderModule({ path: `/${old.id}/general` });
    const dialog = await rotateFromItsPage(user, old);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    deleteThenBreak(old.id, { held: false });
    await user.click(await within(dialog).findByRole('button', { name: 'Delete old token' }, SLOW));
    await confirm(user, 'Delete API token?', 'Delete token');
    await within(dialog).findByText(new RegExp(`${old.id} is deleted\\.`), {}, SLOW);

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(currentLocation()?.pathname).toBe(MOUNT_PATH), SLOW);
    expect(screen.queryByRole('heading', { level: 1, name: old.name })).toBeNull();
  });

  it('an old description that fills the limit gives way to the "Replaces" line, so the new token can be created as prefilled', async () => {
    const old = firstOnPage('Active');
    mockBackend.db.updateToken(old.id, { description: 'd'.repeat(2000) });
    const creates = captureRequests('POST', API_TOKENS_PATH);
    const { user } = renderModule();
    await findRow(old.name);
    const dialog = await openFromGrid(user, old.name);
    const description = within(dialog).getByRole('textbox', { name: /Description/ }) as HTMLTextAreaElement;
    expect(description.value).toMatch(new RegExp(`^Replaces ${old.id}\nd+…$`));
    expect(Array.from(description.value)).toHaveLength(2000);
    await createNew(user, dialog);
    await findSecret(dialog);
    const [request] = await creates.all();
    expect(request?.body).toMatchObject({ description: description.value });
  });

  it('a failed delete says both tokens still work', async () => {
    const old = firstOnPage('Disabled');
    const { user } = renderModule();
    const { dialog, created } = await toRetireStep(user, old);
    // A disabled old token can only be deleted.
    expect(within(dialog).queryByRole('button', { name: 'Disable old token' })).not.toBeInTheDocument();

    server.use(
      http.delete(`${TOKENS}/${old.id}`, () =>
        HttpResponse.json(
          {
            title: 'Refused',
            status: 500,
            detail: 'The delete could not be stored.',
            traceId: '00-rotate-00',
          },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete old token' }));
    await confirm(user, 'Delete API token?', 'Delete token');
    const alert = await within(dialog).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Could not delete the old token');
    expect(alert).toHaveTextContent(`${created?.id} is active. ${old.id} is unchanged (Disabled)`);
    expect(mockBackend.db.getToken(old.id)?.status).toBe('Disabled');
  });

  it('Keep it for now closes once the secret was copied and leaves both tokens active', async () => {
    const old = firstOnPage('Active');
    const { user } = renderModule();
    await findRow(old.name);
    const dialog = await openFromGrid(user, old.name);
    await createNew(user, dialog);
    await findSecret(dialog);
    await copySecret(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Next' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Keep it for now' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Rotate API token' })).not.toBeInTheDocument(),
    );
    expect(mockBackend.db.getToken(old.id)?.status).toBe('Active');
    expect(replacementOf(old.id)?.status).toBe('Active');
  });

  it("Refresh reads the old token's last access again", async () => {
    const old = firstOnPage('Active');
    const { user } = renderModule();
    const { dialog } = await toRetireStep(user, old);

    // The integration is still calling with the old token: the API now reports a later access.
    const honest = createHandlers(TEST_API_BASE_URL, mockBackend);
    const used = '2030-05-04T03:02:01Z';
    server.use(
      http.get(`${TOKENS}/${old.id}`, async ({ request }) => {
        const response = await getResponse(honest, request);
        const body = (await response?.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...body, lastAccessAt: used });
      }),
    );
    const year = /2030/;
    expect(within(dialog).queryByText(year)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Refresh the old token’s last access' }));
    expect((await within(dialog).findAllByText(year, {}, SLOW)).length).toBeGreaterThan(0);
  });

  it('opens from the detail page, and the old token then names its replacement as a link', async () => {
    const old = firstOnPage('Active');
    const { user, currentLocation } = renderModule({ path: `/${old.id}/general` });
    await screen.findByRole('heading', { level: 1, name: old.name }, SLOW);
    expect(screen.queryByText('Replaced by')).not.toBeInTheDocument();

    const dialog = await rotateFromItsPage(user, old);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Rotate API token' })).not.toBeInTheDocument(),
    );

    const created = replacementOf(old.id);
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(await within(summary).findByText('Replaced by', {}, SLOW)).toBeInTheDocument();
    await user.click(within(summary).getByRole('link', { name: created?.id }));
    // The new token's page; it is replaced by nothing.
    await screen.findByRole('heading', { level: 1, name: created?.name }, SLOW);
    await waitFor(() => expect(currentLocation()?.pathname).toBe(`${MOUNT_PATH}/${created?.id}/general`));
    await waitFor(() =>
      expect(screen.getByText(created?.id ?? '-', { selector: 'span' })).toBeInTheDocument(),
    );
    expect(screen.queryByText('Replaced by')).not.toBeInTheDocument();
  });
});
