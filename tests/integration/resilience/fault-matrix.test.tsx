// Every failed request is visible to the user with a human message, nothing typed is lost, and the
// caches keep showing the server's truth (no phantom row, no phantom status). One case per operation × fault
// where the fault can happen; the output ends with the matrix.
import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, describe, expect, it, type Mock } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { commonMessages } from '../../../src/messages/common';
import { apiTokenQueries } from '../../../src/features/api-tokens/api/queries';
import { renderModule } from '../../support/render-module';
import { chooseFromRowMenu, findRow, firstPageTokens, queryRow, rowStatus } from '../actions/action-helpers';

type Operation = 'list' | 'get' | 'create' | 'update' | 'delete' | 'enable' | 'disable';
type Fault = 'network' | 500 | 401 | 403 | 404 | 400;

const OPERATIONS: readonly Operation[] = ['list', 'get', 'create', 'update', 'delete', 'enable', 'disable'];
const FAULTS: readonly Fault[] = ['network', 500, 401, 403, 404, 400];

/**
 * Which faults each operation can meet: 404 needs an ID, 400 with field errors needs a body. A delete answered 404
 * is no fault: the token is gone, as asked, and counts as deleted (tests/integration/actions/grid-actions.test.tsx).
 */
const APPLIES: Record<Operation, readonly Fault[]> = {
  list: ['network', 500, 401, 403],
  get: ['network', 500, 401, 403, 404],
  create: ['network', 500, 401, 403, 400],
  update: ['network', 500, 401, 403, 404, 400],
  delete: ['network', 500, 401, 403],
  enable: ['network', 500, 401, 403, 404],
  disable: ['network', 500, 401, 403, 404],
};

/** The sentence the user reads for each fault (src/lib/error-message.ts). */
const EXPECTED_MESSAGE: Record<Fault, string> = {
  network: commonMessages.errors.network,
  500: commonMessages.errors.server,
  401: commonMessages.errors.unauthorized,
  403: commonMessages.errors.forbidden,
  404: commonMessages.errors.notFound,
  400: commonMessages.errors.validation,
};

const TOKENS_URL = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
const NAME_TAKEN = 'An API token with this name already exists in the account.';

const results = new Map<string, 'pass' | 'fail'>();
const key = (operation: Operation, fault: Fault) => `${operation}×${fault}`;

afterAll(() => {
  const symbol = (operation: Operation, fault: Fault) => {
    if (!APPLIES[operation].includes(fault)) return '—';
    const result = results.get(key(operation, fault));
    return result === 'pass' ? '✓ pass' : result === 'fail' ? '✗ FAIL' : '? not run';
  };
  const header = ['operation', ...FAULTS.map(String)];
  const rows = OPERATIONS.map((operation) => [operation, ...FAULTS.map((fault) => symbol(operation, fault))]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const table = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
  console.log(`\nFault matrix (operation × fault; — does not apply)\n${table}\n`);
});

/** The 500 / network / 401 / 403 faults come from the mock's scenario; 404 and 400 are set up per operation. */
function failThroughScenario(operation: Operation, fault: Fault) {
  if (fault === 'network' || fault === 500 || fault === 401 || fault === 403)
    mockBackend.setScenario({ failures: { [operation]: fault } });
}

/** The validation answer a stricter API gives, in the platform's problem-details shape. */
function rejectName(method: 'post' | 'put', url: string) {
  server.use(
    http[method](url, () =>
      HttpResponse.json(
        {
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
          title: 'One or more validation errors occurred.',
          status: 400,
          detail: 'See the errors for the fields that need attention.',
          traceId: '00-5f1a4c3e2b1d0f9e8d7c6b5a49382716-a1b2c3d4e5f60718-00',
          errors: { name: [NAME_TAKEN] },
        },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    ),
  );
}

function cacheText(queryClient: QueryClient): string {
  return JSON.stringify(
    queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.state.data),
  );
}

/** The cached list pages only: what the grid draws its rows from. */
function listCacheText(queryClient: QueryClient): string {
  return JSON.stringify(
    queryClient
      .getQueryCache()
      .findAll({ queryKey: apiTokenQueries.lists({ baseUrl: TEST_API_BASE_URL }) })
      .map((query) => query.state.data),
  );
}

/** The error shown for the fault: the human sentence, inside an alert. */
async function expectErrorMessage(fault: Fault, container: HTMLElement = document.body) {
  const alert = await waitFor(() => {
    const found = within(container)
      .queryAllByRole('alert', { hidden: true })
      .find((node) => node.textContent?.includes(EXPECTED_MESSAGE[fault]));
    if (!found) throw new Error(`no alert saying "${EXPECTED_MESSAGE[fault]}"`);
    return found;
  });
  return alert;
}

function expectUnauthorizedReported(fault: Fault, onUnauthorized: Mock) {
  if (fault === 401) expect(onUnauthorized).toHaveBeenCalled();
  else expect(onUnauthorized).not.toHaveBeenCalled();
}

function firstOnPage(status?: 'Active' | 'Disabled') {
  const token = firstPageTokens().find((t) => !status || t.status === status);
  if (!token) throw new Error(`the first page has no ${status ?? ''} token`);
  return token;
}

// ---- one scenario per operation

async function listFails(fault: Fault) {
  failThroughScenario('list', fault);
  const { onUnauthorized, queryClient, user } = renderModule();
  const alert = await expectErrorMessage(fault);
  expect(alert).toHaveTextContent('Could not load API tokens');
  expect(document.querySelectorAll('tbody a')).toHaveLength(0);
  expect(cacheText(queryClient)).not.toContain('TKN-');
  expectUnauthorizedReported(fault, onUnauthorized);
  // Retrying cannot give a permission the admin does not have: none is offered.
  if (fault === 403) {
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    return;
  }

  // The way out: when the API answers again (or after signing in again), Retry brings the rows.
  mockBackend.reset();
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  await findRow(firstOnPage().name);
}

async function getFails(fault: Fault) {
  const token = firstOnPage();
  failThroughScenario('get', fault);
  const id = fault === 404 ? 'TKN-0000-9999' : token.id;
  const { onUnauthorized, queryClient } = renderModule({ path: `/${id}/general` });
  if (fault === 404) {
    const heading = await screen.findByRole('heading', { level: 1, name: 'Token not found' });
    // The ID sits in an element of its own (kept on one line), so the sentence is read as the card's text.
    expect(heading.closest('section')).toHaveTextContent(/No API token with ID TKN-0000-9999 exists/);
  } else if (fault === 403) {
    expect(await screen.findByRole('heading', { level: 1, name: 'No permission' })).toBeInTheDocument();
  } else {
    const alert = await expectErrorMessage(fault);
    expect(alert).toHaveTextContent('Could not load the API token');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  }
  // Nothing of the token is shown or kept as if it had loaded.
  expect(screen.queryByRole('heading', { level: 1, name: token.name })).toBeNull();
  expect(cacheText(queryClient)).not.toContain(token.name);
  expectUnauthorizedReported(fault, onUnauthorized);
}

async function fillWizard(user: UserEvent, wizard: HTMLElement) {
  await user.type(within(wizard).getByRole('textbox', { name: 'API token name' }), 'Matrix probe');
  await user.type(within(wizard).getByRole('textbox', { name: 'Description' }), 'Typed by the fault matrix.');
  await user.click(within(wizard).getByRole('button', { name: 'Next' }));
  await user.click(await within(wizard).findByRole('checkbox', { name: 'Billing' }));
  await user.click(within(wizard).getByRole('button', { name: 'Next' }));
  await within(wizard).findByRole('heading', { name: /Overview/ });
}

async function createFails(fault: Fault) {
  failThroughScenario('create', fault);
  if (fault === 400) rejectName('post', TOKENS_URL);
  const before = mockBackend.db.tokenCount();
  const { user, onUnauthorized, queryClient } = renderModule({ path: '/new' });
  await findRow(firstOnPage().name);
  const wizard = await screen.findByRole('dialog', { name: 'Add API token' }, { timeout: 10_000 });
  await fillWizard(user, wizard);
  await user.click(within(wizard).getByRole('button', { name: 'Add' }));

  const alert = await expectErrorMessage(fault, wizard);
  // No answer at all: the request may have reached the API, so the outcome is not known (and said so).
  expect(alert).toHaveTextContent(
    fault === 'network'
      ? 'No answer: it is not known whether the API token was added'
      : 'Could not add the API token',
  );
  if (fault === 400) {
    // The server's words land on the field, on the step that holds it, which gets focus.
    await within(wizard).findByRole('heading', { name: /General/ });
    const name = within(wizard).getByRole('textbox', { name: 'API token name' });
    expect(name).toHaveAccessibleDescription(expect.stringContaining(NAME_TAKEN));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(name).toHaveFocus());
  } else if (fault === 403) {
    // A refusal that would come again: Add is no longer offered, and focus, which was on it, is on the step's
    // heading under which the message stands. Back shows everything as typed.
    expect(within(wizard).queryByRole('button', { name: 'Add' })).toBeNull();
    await waitFor(() => expect(within(wizard).getByRole('heading', { name: /Overview/ })).toHaveFocus());
    await user.click(within(wizard).getByRole('button', { name: 'Back' }));
    await user.click(within(wizard).getByRole('button', { name: 'Back' }));
  } else {
    // Still on the Overview, ready to try again; Back shows everything as typed.
    expect(within(wizard).getByRole('button', { name: 'Add' })).toBeEnabled();
    await user.click(within(wizard).getByRole('button', { name: 'Back' }));
    await user.click(within(wizard).getByRole('button', { name: 'Back' }));
  }
  expect(within(wizard).getByRole('textbox', { name: 'API token name' })).toHaveValue('Matrix probe');
  expect(within(wizard).getByRole('textbox', { name: 'Description' })).toHaveValue(
    'Typed by the fault matrix.',
  );
  await user.click(within(wizard).getByRole('button', { name: 'Next' }));
  expect(await within(wizard).findByRole('checkbox', { name: 'Billing' })).toBeChecked();

  // No phantom: not on the server, not in the grid behind, not in any cache.
  expect(mockBackend.db.tokenCount()).toBe(before);
  expect(queryRow('Matrix probe')).toBeNull();
  expect(cacheText(queryClient)).not.toContain('Matrix probe');
  expectUnauthorizedReported(fault, onUnauthorized);
}

async function updateFails(fault: Fault) {
  const token = firstOnPage();
  failThroughScenario('update', fault);
  if (fault === 400) rejectName('put', `${TOKENS_URL}/${token.id}`);
  const { user, onUnauthorized, queryClient } = renderModule();
  await chooseFromRowMenu(user, token.name, 'Edit');
  // The dialog first loads the token (its own code too, the first time), then shows the form in a new dialog.
  const name = await screen.findByRole('textbox', { name: 'API token name' }, { timeout: 10_000 });
  const dialog = screen.getByRole('dialog', { name: 'Edit API token' });
  await user.clear(name);
  await user.type(name, 'Renamed by the matrix');
  if (fault === 404) mockBackend.db.deleteToken(token.id); // someone else deleted it meanwhile
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));

  // No answer: the token is read again, and still has its old name, so the changes were not saved.
  const notSaved = 'No answer came, and reading the token again shows the changes were not saved';
  if (fault === 'network') await within(dialog).findByText(notSaved);
  const alert = await expectErrorMessage(fault, dialog);
  expect(alert).toHaveTextContent(fault === 'network' ? notSaved : 'Could not save the changes');
  // The dialog stays open with what was typed; Save stays where a second try can help (not after a 403 or 404).
  expect(screen.getByRole('dialog', { name: 'Edit API token' })).toBe(dialog);
  const save = within(dialog).queryByRole('button', { name: 'Save' });
  if (fault === 403 || fault === 404) {
    expect(save).toBeNull();
    // Nor does Enter in a field send it again.
    const puts: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.method === 'PUT') puts.push(request.url);
    };
    server.events.on('request:start', listener);
    try {
      await user.type(within(dialog).getByRole('textbox', { name: 'API token name' }), '{Enter}');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(puts).toEqual([]);
    } finally {
      server.events.removeListener('request:start', listener);
    }
  } else {
    expect(save).toBeEnabled();
  }
  expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue(
    'Renamed by the matrix',
  );
  if (fault === 400) {
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveAccessibleDescription(
      expect.stringContaining(NAME_TAKEN),
    );
  }

  // The grid keeps the server's truth: the old name, or no row once the token is gone.
  if (fault === 404) {
    await waitFor(() => expect(queryRow(token.name)).toBeNull());
    expect(listCacheText(queryClient)).not.toContain(token.id);
  } else {
    expect(queryRow(token.name)).not.toBeNull();
    expect(mockBackend.db.getToken(token.id)?.name).toBe(token.name);
  }
  expect(queryRow('Renamed by the matrix')).toBeNull();
  expect(cacheText(queryClient)).not.toContain('Renamed by the matrix');
  expectUnauthorizedReported(fault, onUnauthorized);
}

const CONFIRM = {
  delete: {
    menu: 'Delete',
    title: 'Delete API token?',
    button: 'Delete token',
    failed: 'Could not delete',
    unknown: 'was deleted',
  },
  enable: {
    menu: 'Enable',
    title: 'Enable API token?',
    button: 'Enable token',
    failed: 'Could not enable',
    unknown: 'was enabled',
  },
  disable: {
    menu: 'Disable',
    title: 'Disable API token?',
    button: 'Disable token',
    failed: 'Could not disable',
    unknown: 'was disabled',
  },
} as const;

async function stateChangeFails(action: 'delete' | 'enable' | 'disable', fault: Fault) {
  const token = firstOnPage(action === 'enable' ? 'Disabled' : action === 'disable' ? 'Active' : undefined);
  failThroughScenario(action, fault);
  const { user, onUnauthorized, queryClient } = renderModule();
  const statusBefore = rowStatus(await findRow(token.name));
  const words = CONFIRM[action];
  await chooseFromRowMenu(user, token.name, words.menu);
  const dialog = await screen.findByRole('alertdialog', { name: words.title });
  if (fault === 404) mockBackend.db.deleteToken(token.id); // someone else deleted it meanwhile
  await user.click(within(dialog).getByRole('button', { name: words.button }));

  const alert = await expectErrorMessage(fault, dialog);
  expect(alert).toHaveTextContent(
    fault === 'network'
      ? `No answer: it is not known whether “${token.name}” ${words.unknown}`
      : `${words.failed} “${token.name}”`,
  );
  // The dialog stays, offering to try again where that can help: not after a 403 or a 404, which would come again.
  const final = fault === 403 || fault === 404;
  if (final) expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
  else expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeEnabled();
  const dismiss = final ? 'Close' : 'Cancel';
  expect(within(dialog).getByRole('button', { name: dismiss })).toBeEnabled();

  if (fault === 404) {
    // Gone on the server, so gone from the grid once it has asked again.
    await waitFor(() => expect(queryRow(token.name)).toBeNull());
    expect(listCacheText(queryClient)).not.toContain(token.id);
  } else {
    // The optimistic change is rolled back: same row, same status as on the server.
    await waitFor(() => expect(rowStatus(queryRow(token.name) as HTMLElement)).toBe(statusBefore));
    expect(mockBackend.db.getToken(token.id)?.status).toBe(token.status);
    await user.click(within(dialog).getByRole('button', { name: dismiss }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(rowStatus(await findRow(token.name))).toBe(statusBefore);
    const cached = queryClient
      .getQueryCache()
      .getAll()
      .flatMap(
        (query) =>
          (query.state.data as { data?: { id?: string; status?: string }[] } | undefined)?.data ?? [],
      )
      .filter((row) => row.id === token.id);
    expect(cached.length).toBeGreaterThan(0);
    for (const row of cached) expect(row.status).toBe(token.status);
  }
  expectUnauthorizedReported(fault, onUnauthorized);
}

const RUN: Record<Operation, (fault: Fault) => Promise<void>> = {
  list: listFails,
  get: getFails,
  create: createFails,
  update: updateFails,
  delete: (fault) => stateChangeFails('delete', fault),
  enable: (fault) => stateChangeFails('enable', fault),
  disable: (fault) => stateChangeFails('disable', fault),
};

const CASES = OPERATIONS.flatMap((operation) =>
  APPLIES[operation].map((fault): [Operation, Fault] => [operation, fault]),
);

describe('fault matrix', () => {
  it.each(CASES)('%s × %s', async (operation, fault) => {
    results.set(key(operation, fault), 'fail');
    await RUN[operation](fault);
    results.set(key(operation, fault), 'pass');
  });
});
