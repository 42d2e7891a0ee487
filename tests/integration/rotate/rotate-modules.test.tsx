// Rotate and the old token's modules the account no longer offers: said before Create and left out of the new
// token, so Rotate is not refused for them. The step does not wait for the module list: while it is on its way
// (retries included) the step says it is checking and Create waits for it; a list that has failed, or takes longer
// than usual, blocks nothing, and the API's refusal of a module is named as such.
import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { apiTokenQueries } from '../../../src/features/api-tokens/api/queries';
import { MODULE_CHECK_PATIENCE_MS } from '../../../src/features/api-tokens/components/rotate/modules-left-out';
import { holdAnswer } from '../../support/hold-answer';
import { renderModule } from '../../support/render-module';
import { API_TOKENS_PATH, captureRequests, installNodeFileApis } from '../wizard/wizard-support';

installNodeFileApis();

const SLOW = { timeout: 20_000 };
const VENDOR_ONLY = 'MOD-3287';
const LEFT_OUT = /^Not carried over: these modules of the old token are not available to this account\./;
const CHECKING = 'Checking which modules of the old token can be carried over…';
const MODULES = `${TEST_API_BASE_URL}/public/v1/accounts/modules`;
const CHECK_FAILED = /^Could not check which modules of the old token this account still offers\./;
const BUSY = { type: 'about:blank', title: 'Service Unavailable', status: 503 };
// The module's retry policy tries a busy list again one, two and four seconds after each failure.
const BUSY_INIT = { status: 503 };

/**
 * Lets what is due now run (answers, renders) without moving the clock, until `check` holds: under fake timers
 * only the test moves time, so a retry's delay or the step's patience never runs out by itself.
 */
async function settle(check: () => void) {
  for (let turn = 0; ; turn += 1) {
    await act(() => vi.advanceTimersByTimeAsync(0));
    await new Promise((resolve) => setImmediate(resolve));
    try {
      check();
      return;
    } catch (error) {
      if (turn >= 500) throw error;
    }
  }
}

/**
 * Rotate opened on the token's page under a host's QueryClient that leaves `retry` as the library has it, so the
 * module's own retry policy applies to the module list; the clock is the test's from the moment Rotate is chosen.
 */
async function openWithModuleRetries(name: string, id: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  const rendered = renderModule({ path: `/${id}/general`, queryClient });
  onTestFinished(() => {
    rendered.unmount();
    queryClient.clear();
  });
  await screen.findByRole('heading', { level: 1, name }, SLOW);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  onTestFinished(() => void vi.useRealTimers());
  const user = userEvent.setup({ delay: null });
  await pump(user.click(screen.getByRole('button', { name: 'More actions' })));
  await pump(user.click(await pump(screen.findByRole('menuitem', { name: 'Rotate…' }))));
  const dialog = await pump(screen.findByRole('dialog', { name: 'Rotate API token' }));
  await settle(() => within(dialog).getByRole('textbox', { name: 'API token name' }));
  return { dialog, queryClient, user };
}

/**
 * A Testing Library call under fake timers: it ends on a zero-delay timer of its own, which only runs when the
 * test lets what is due now run, as here, without moving the clock.
 */
async function pump<T>(call: Promise<T>): Promise<T> {
  let done = false;
  void call.finally(() => (done = true)).catch(() => undefined);
  while (!done) {
    await vi.advanceTimersByTimeAsync(0);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return call;
}

function modulesState(queryClient: QueryClient) {
  return queryClient.getQueryState(apiTokenQueries.modules({ baseUrl: TEST_API_BASE_URL } as never).queryKey);
}

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

    // The intro promises no module the notice below then takes back.
    expect(dialog).toHaveTextContent(
      'A new API token is created with the same name, description and logo as',
    );
    expect(dialog).toHaveTextContent(
      `(${old.id}), and with those of its modules that this account still offers.`,
    );
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
    // The API names the module by its ID; the panel names it as the admin knows it.
    expect(alert).toHaveTextContent(
      'The module “Product Publishing” (MOD-3287) is not available to this account.',
    );
    expect(alert).not.toHaveTextContent('Module MOD-3287 is not available to Client accounts.');
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

  it('a refusal names a module of the old token by its name, and keeps the API’s own reason where it names none', async () => {
    const old = tokenWith((before) => before);
    server.use(
      http.post(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            errors: {
              modules: [
                `Module ${old.before[0]} is not available to Client accounts.`,
                'Module MOD-0000 is not enabled for the account.',
              ],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const named = mockBackend.db.getToken(old.id)?.modules.find((m) => m.id === old.before[0])?.name;
    const { user } = renderModule({ path: `/${old.id}/general` });
    const dialog = await openRotate(user, old.name);

    await user.click(within(dialog).getByRole('button', { name: 'Create new token' }));
    const alert = await within(dialog).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('The API refused a module of the new token');
    expect(alert).toHaveTextContent(
      `The module “${named}” (${old.before[0]}) is not available to this account.`,
    );
    expect(alert).toHaveTextContent('Module MOD-0000 is not enabled for the account.');
  });

  it('keeps checking while the module list is retried, and a retry that answers names the modules left out', async () => {
    const old = tokenWith((before) => [...before, VENDOR_ONLY]);
    // The first try fails as a busy server would; the next is the mock's own answer.
    let asked = 0;
    server.use(
      http.get(MODULES, () => {
        asked += 1;
        return asked === 1 ? HttpResponse.json(BUSY, BUSY_INIT) : undefined;
      }),
    );
    const { dialog, queryClient } = await openWithModuleRetries(old.name, old.id);

    // The first try has failed; its retry is due a second later, and the step still says it is checking.
    await settle(() => expect(modulesState(queryClient)?.fetchFailureCount).toBe(1));
    expect(asked).toBe(1);
    const status = checkingStatus(dialog);
    const create = within(dialog).getByRole('button', { name: 'Create new token' });
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).toHaveAccessibleDescription(CHECKING);

    await act(() => vi.advanceTimersByTimeAsync(1000));
    await settle(() => expect(leftOutNames(dialog)).toEqual(['Product Publishing']));
    expect(asked).toBe(2);
    expect(within(status).getByRole('list', { name: LEFT_OUT })).toBeInTheDocument();
    expect(create).not.toHaveAttribute('aria-disabled');
  });

  it('says the check failed only once its last try has failed, offers Create and Retry, and a Retry that answers replaces the failure', async () => {
    const old = tokenWith((before) => [...before, VENDOR_ONLY]);
    let failing = true;
    server.use(http.get(MODULES, () => (failing ? HttpResponse.json(BUSY, BUSY_INIT) : undefined)));
    const { dialog, queryClient, user } = await openWithModuleRetries(old.name, old.id);
    const create = within(dialog).getByRole('button', { name: 'Create new token' });

    // Three retries, one, two and four seconds after each failure: the last one's failure is the end.
    for (const [failures, wait] of [
      [1, 1000],
      [2, 2000],
      [3, 4000],
    ] as const) {
      await settle(() => expect(modulesState(queryClient)?.fetchFailureCount).toBe(failures));
      // Short of the step's patience, too: it says it is checking, and Create waits.
      expect(checkingStatus(dialog)).toBeInTheDocument();
      expect(create).toHaveAttribute('aria-disabled', 'true');
      expect(within(dialog).queryByRole('button', { name: 'Retry' })).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(wait));
    }
    await settle(() => expect(within(dialog).queryByText(CHECKING)).toBeNull());
    const status = within(dialog).getByText(CHECK_FAILED).closest('[role="status"]') as HTMLElement;
    expect(status).toHaveTextContent(
      'Could not check which modules of the old token this account still offers. Something went wrong on the server. Try again in a moment. You can create the new token all the same',
    );
    // Create is offered without the check: nothing is left out, and the API would name a module it refuses.
    expect(create).not.toHaveAttribute('aria-disabled');
    expect(create).toHaveAccessibleDescription(
      /^Could not check which modules .* You can create the new token all the same/,
    );
    expect(within(dialog).queryByRole('list', { name: LEFT_OUT })).toBeNull();

    failing = false;
    await pump(user.click(within(status).getByRole('button', { name: 'Retry' })));
    await settle(() => expect(leftOutNames(dialog)).toEqual(['Product Publishing']));
    expect(within(status).getByRole('list', { name: LEFT_OUT })).toBeInTheDocument();
    expect(within(dialog).queryByText(CHECK_FAILED)).toBeNull();
    expect(create).not.toHaveAttribute('aria-disabled');
  });

  it('a module list that does not answer holds Create only for a while: then the step says it is taking long, and Create goes ahead without it', async () => {
    const old = tokenWith((before) => before);
    const list = holdAnswer('get', MODULES);
    const creates = captureRequests('POST', API_TOKENS_PATH);
    const { dialog, user } = await openWithModuleRetries(old.name, old.id);
    const status = checkingStatus(dialog);
    const create = within(dialog).getByRole('button', { name: 'Create new token' });

    await act(() => vi.advanceTimersByTimeAsync(MODULE_CHECK_PATIENCE_MS - 1));
    expect(within(status).getByText(CHECKING)).toBeInTheDocument();
    expect(create).toHaveAttribute('aria-disabled', 'true');

    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(status).toHaveTextContent(
      'Checking which modules of the old token this account still offers is taking longer than usual. You can create the new token without waiting',
    );
    expect(within(dialog).queryByText(CHECKING)).toBeNull();
    expect(create).not.toHaveAttribute('aria-disabled');
    // Offered, Create is described by what it then does.
    expect(create).toHaveAccessibleDescription(
      /^Checking which modules .* is taking longer than usual\. You can create/,
    );

    await pump(user.click(create));
    await settle(() => expect(currentStep(dialog)).toContain('Copy the new token'));
    const requests = await pump(creates.all());
    expect(requests).toHaveLength(1);
    expect(requests[0]?.body).toMatchObject({ modules: old.before.map((id) => ({ id })) });
    list.release();
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
    expect(within(dialog).getByText(CHECK_FAILED)).toBeInTheDocument();
    expect(within(dialog).queryByRole('list', { name: LEFT_OUT })).toBeNull();
    expect(create).not.toHaveAttribute('aria-disabled');
    expect(create).toHaveAccessibleDescription(
      'Could not check which modules of the old token this account still offers. Something went wrong on the server. Try again in a moment. You can create the new token all the same: if the account no longer offers one of its modules, the API refuses it and this step says which.',
    );

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
