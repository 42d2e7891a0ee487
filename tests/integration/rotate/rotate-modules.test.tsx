// Rotate and the old token's modules the account no longer offers: said before Create and left out of the new
// token, so Rotate is not refused for them. The step does not wait for the module list: while it is on its way the
// step says it is checking and Create waits for it; a list that cannot be read blocks nothing, and the API's
// refusal of a module is named as such.
import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { holdAnswer } from '../../support/hold-answer';
import { renderModule } from '../../support/render-module';
import { API_TOKENS_PATH, captureRequests, installNodeFileApis } from '../wizard/wizard-support';

installNodeFileApis();

const SLOW = { timeout: 8000 };
const VENDOR_ONLY = 'MOD-3287';
const LEFT_OUT = /^Not carried over: these modules of the old token are not available to this account\./;
const CHECKING = 'Checking which modules of the old token can be carried over…';
const MODULES = `${TEST_API_BASE_URL}/public/v1/accounts/modules`;

/** A seeded token given a module for vendor accounts only, as before the module was restricted. */
function tokenWith(moduleIds: (before: string[]) => string[]) {
  const token = mockBackend.db.listTokens()[0];
  if (!token) throw new Error('no seeded token');
  const before = token.modules.map((m) => m.id);
  mockBackend.db.updateToken(token.id, { moduleIds: moduleIds(before) });
  return { id: token.id, name: token.name, before };
}

/** On the token's page: More actions → Rotate…; waits for the first step's fields. */
async function openRotateStep(user: UserEvent, name: string) {
  await screen.findByRole('heading', { level: 1, name }, SLOW);
  await user.click(screen.getByRole('button', { name: 'More actions' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Rotate…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Rotate API token' }, SLOW);
  await within(dialog).findByRole('textbox', { name: 'API token name' }, SLOW);
  return dialog;
}

/** As `openRotateStep`, then waits for the module list's answer: the step no longer says it is checking. */
async function openRotate(user: UserEvent, name: string) {
  const dialog = await openRotateStep(user, name);
  await waitFor(() => expect(within(dialog).queryByText(CHECKING)).toBeNull(), SLOW);
  return dialog;
}

/** The status saying the module list is being checked, in the place of the modules left out. */
function checkingStatus(dialog: HTMLElement): HTMLElement {
  const status = within(dialog).getByText(CHECKING).closest('[role="status"]');
  expect(status).not.toBeNull();
  return status as HTMLElement;
}

function currentStep(dialog: HTMLElement): string {
  const list = within(dialog).getByRole('list', { name: 'Steps' });
  return list.querySelector('[aria-current="step"]')?.textContent ?? '';
}

function leftOutNames(dialog: HTMLElement): string[] {
  const list = within(dialog).getByRole('list', { name: LEFT_OUT });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

function replacementOf(oldId: string) {
  return mockBackend.db.listTokens().find((t) => t.id !== oldId && t.description?.includes(oldId));
}

describe('Rotate: modules the account no longer offers', { timeout: 60_000 }, () => {
  it('names the module left out before Create, and creates the new token with the other modules', async () => {
    const old = tokenWith((before) => [...before, VENDOR_ONLY]);
    const creates = captureRequests('POST', API_TOKENS_PATH);
    const { user } = renderModule({ path: `/${old.id}/general` });
    const dialog = await openRotate(user, old.name);

    expect(leftOutNames(dialog)).toEqual(['Product Publishing']);
    expect(
      within(dialog).getByText(
        'The new token is created without them. The name, the description, the logo and the other modules are carried over.',
      ),
    ).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Create new token' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Copy the new token'), SLOW);
    const [request] = await creates.all();
    expect(request?.body).toMatchObject({ modules: old.before.map((id) => ({ id })) });
    const created = replacementOf(old.id);
    expect(created?.modules.map((m) => m.id).sort()).toEqual([...old.before].sort());
    expect(created?.name).toBe(old.name);
    // The old token keeps what it has.
    expect(mockBackend.db.getToken(old.id)?.modules.map((m) => m.id)).toContain(VENDOR_ONLY);
  });

  it('a token whose every module is left out says so and offers no Create', async () => {
    const old = tokenWith(() => [VENDOR_ONLY]);
    const before = mockBackend.db.tokenCount();
    const { user } = renderModule({ path: `/${old.id}/general` });
    const dialog = await openRotate(user, old.name);

    expect(leftOutNames(dialog)).toEqual(['Product Publishing']);
    expect(
      within(dialog).getByText(/^None of the old token’s modules is available to this account/),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Create new token' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeEnabled();
    expect(mockBackend.db.tokenCount()).toBe(before);
  });

  it('without the module list nothing is left out; the API’s refusal names the module problem, and once the list is read the module is left out', async () => {
    const old = tokenWith((before) => [...before, VENDOR_ONLY]);
    mockBackend.setScenario({ failures: { modules: 500 } });
    const before = mockBackend.db.tokenCount();
    const { user } = renderModule({ path: `/${old.id}/general` });
    const dialog = await openRotate(user, old.name);
    expect(within(dialog).queryByRole('list', { name: LEFT_OUT })).toBeNull();
    // The list could be read by now, but nothing asks for it again until the API refuses a module.
    mockBackend.setScenario({ failures: {} });

    await user.click(within(dialog).getByRole('button', { name: 'Create new token' }));
    const alert = await within(dialog).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The API refused a module of the new token');
    expect(alert).toHaveTextContent('Module MOD-3287 is not available to Client accounts.');
    expect(alert).toHaveTextContent(
      `No new token was created. ${old.id} is unchanged and keeps working. A module of the old token that is no longer available to this account cannot be carried over`,
    );
    expect(alert).not.toHaveTextContent('Could not create the new API token');
    expect(mockBackend.db.tokenCount()).toBe(before);

    // The refusal reads the account's modules again; read, they name the module, and Create leaves it out.
    await waitFor(() => expect(leftOutNames(dialog)).toEqual(['Product Publishing']), SLOW);
    await user.click(within(dialog).getByRole('button', { name: 'Create new token' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Copy the new token'), SLOW);
    expect(
      replacementOf(old.id)
        ?.modules.map((m) => m.id)
        .sort(),
    ).toEqual([...old.before].sort());
  });

  it('Create waits for the module list’s first answer only: a list retried later does not hold it up', async () => {
    const old = tokenWith((before) => [...before, VENDOR_ONLY]);
    let asked = 0;
    // Busy, and asking for half a minute before the next try, which the module's retry policy keeps to.
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/modules`, () => {
        asked += 1;
        return HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'Retry-After': '30' } },
        );
      }),
    );
    // A host's QueryClient that leaves `retry` as the library has it: the module's own retry policy applies.
    const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
    const { user, unmount } = renderModule({ path: `/${old.id}/general`, queryClient });
    const dialog = await openRotate(user, old.name);
    expect(asked).toBe(1);
    expect(within(dialog).queryByRole('list', { name: LEFT_OUT })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Create new token' })).not.toHaveAttribute(
      'aria-disabled',
    );
    // Its next try, half a minute away, is not waited for.
    unmount();
    queryClient.clear();
  });

  it('shows the step while the module list is held: it says it is checking, and Create sends nothing until the list has answered', async () => {
    const old = tokenWith((before) => [...before, VENDOR_ONLY]);
    const list = holdAnswer('get', MODULES);
    const creates = captureRequests('POST', API_TOKENS_PATH);
    const { user } = renderModule({ path: `/${old.id}/general` });
    const dialog = await openRotateStep(user, old.name);

    // The step is there while the list is on its way, with a status where the modules left out will be named.
    expect(currentStep(dialog)).toContain('New token');
    const status = checkingStatus(dialog);
    expect(within(dialog).queryByRole('list', { name: LEFT_OUT })).toBeNull();
    const create = within(dialog).getByRole('button', { name: 'Create new token' });
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).toHaveAccessibleDescription(CHECKING);

    // The name can be changed meanwhile; neither a press on Create (which keeps focus) nor Enter sends anything.
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await user.clear(name);
    await user.type(name, 'Rotated while checking');
    await user.click(create);
    expect(create).toHaveFocus();
    await user.type(name, '{Enter}');
    expect(within(dialog).queryByRole('alert')).toBeNull();

    list.release();
    await waitFor(() => expect(leftOutNames(dialog)).toEqual(['Product Publishing']), SLOW);
    expect(within(dialog).queryByText(CHECKING)).toBeNull();
    // The answer takes the checking text's place in the same status, so it is heard too.
    expect(within(status).getByRole('list', { name: LEFT_OUT })).toBeInTheDocument();
    expect(create).not.toHaveAttribute('aria-disabled');
    expect(name).toHaveValue('Rotated while checking');
    await user.click(create);
    await waitFor(() => expect(currentStep(dialog)).toContain('Copy the new token'), SLOW);

    // One request only, made after the list's answer: without the module left out, and with the name typed.
    const requests = await creates.all();
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toMatchObject({
      name: 'Rotated while checking',
      modules: old.before.map((id) => ({ id })),
    });
    expect(replacementOf(old.id)?.name).toBe('Rotated while checking');
  });

  it('a held module list that then fails leaves nothing out: Create is offered and sends every module of the old token', async () => {
    const old = tokenWith((before) => [...before, VENDOR_ONLY]);
    const list = holdAnswer('get', MODULES);
    mockBackend.setScenario({ failures: { modules: 500 } });
    const creates = captureRequests('POST', API_TOKENS_PATH);
    const { user } = renderModule({ path: `/${old.id}/general` });
    const dialog = await openRotateStep(user, old.name);
    checkingStatus(dialog);
    const create = within(dialog).getByRole('button', { name: 'Create new token' });
    expect(create).toHaveAttribute('aria-disabled', 'true');

    list.release();
    await waitFor(() => expect(within(dialog).queryByText(CHECKING)).toBeNull(), SLOW);
    expect(within(dialog).queryByRole('list', { name: LEFT_OUT })).toBeNull();
    expect(create).not.toHaveAttribute('aria-disabled');
    expect(create).not.toHaveAccessibleDescription();

    await user.click(create);
    // Nothing was left out, so the API's answer shows: here its refusal of the module.
    const alert = await within(dialog).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The API refused a module of the new token');
    const requests = await creates.all();
    expect(requests).toHaveLength(1);
    const sent = (requests[0]?.body as { modules: { id: string }[] }).modules.map((m) => m.id);
    expect(sent.sort()).toEqual([...old.before, VENDOR_ONLY].sort());
  });
});
