// A delete that got no answer (past its deadline, a failed connection) may have gone through all the same. When it
// did, the token's page met again through the history says it was deleted, as after an answered delete; when it did
// not, or the token went by anyone else's hand, the page keeps "Token not found".
import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { MOUNT_PATH, renderModule } from '../../support/render-module';
import {
  chooseFromPageMenu,
  chooseFromRowMenu,
  deleteThenBreak,
  expectMessage,
  failReadsById,
  findDialog,
  findRow,
  firstPageTokens,
  queryRow,
} from '../actions/action-helpers';

const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
const SLOW = { timeout: 20_000 };
/** Writes give up quickly, so a `hang` (done, but never answered) ends in a deadline within the test. */
const SHORT_WRITES = { requestTimeoutMs: { write: 300 } };

/** The request for the token's delete is neither carried out nor answered (until the test ends). */
function neverDelete(id: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  onTestFinished(() => release());
  const seen = { arrived: 0 };
  server.use(
    http.delete(`${TOKENS}/${id}`, async () => {
      seen.arrived += 1;
      await held;
      return new HttpResponse(null, { status: 503 });
    }),
  );
  return seen;
}

/** Counts the mock's answers to matching requests from now on; `settled()` waits until the screen has taken one in. */
function countAnswers(matches: (request: Request) => boolean) {
  const answers = { count: 0 };
  const listener = ({ request }: { request: Request }) => {
    if (matches(request)) answers.count += 1;
  };
  server.events.on('response:mocked', listener);
  onTestFinished(() => server.events.removeListener('response:mocked', listener));
  return {
    settled: async () => {
      await waitFor(() => expect(answers.count).toBeGreaterThan(0), SLOW);
      await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    },
  };
}

/** Opens the token's page from the grid, then goes back to the grid by the page's link. */
async function visitThenBack(user: ReturnType<typeof renderModule>['user'], name: string) {
  await user.click(await screen.findByRole('link', { name }, SLOW));
  await screen.findByRole('heading', { level: 1, name }, SLOW);
  await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Back to API tokens' }));
  await findRow(name);
}

/** Confirms the open Delete question; its request gets no answer, and reading the token again finds it gone. */
async function confirmDeleteFoundDone(user: ReturnType<typeof renderModule>['user'], name: string) {
  const dialog = await findDialog('Delete API token?');
  await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
  await within(dialog).findByText(
    `No answer came, but reading the token again shows it: “${name}” was deleted.`,
    undefined,
    SLOW,
  );
  return dialog;
}

async function expectDeletedPage(token: { id: string; name: string }) {
  const heading = await screen.findByRole('heading', { level: 1, name: 'API token deleted' }, SLOW);
  expect(heading.closest('section')).toHaveTextContent(`“${token.name}” (${token.id}) was deleted.`);
  expect(screen.queryByRole('heading', { name: 'Token not found' })).toBeNull();
}

async function runBulkDelete(user: ReturnType<typeof renderModule>['user'], names: string[]) {
  for (const name of names)
    await user.click(await screen.findByRole('checkbox', { name: `Select ${name}` }, SLOW));
  const bar = screen.getByRole('region', { name: 'Selected tokens' });
  await user.click(within(bar).getByRole('button', { name: 'Delete' }));
  const dialog = await findDialog(`Delete ${names.length} tokens?`);
  await user.click(within(dialog).getByRole('button', { name: `Delete ${names.length} tokens` }));
}

describe('a delete without an answer that went through', { timeout: 40_000 }, () => {
  it('from the grid, past its deadline: Back into its page says it was deleted', async () => {
    const token = firstPageTokens()[0]!;
    mockBackend.setScenario({ failures: { delete: 'hang' } });
    const { user, goBack, currentLocation } = renderModule({ config: SHORT_WRITES });
    await visitThenBack(user, token.name);

    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await confirmDeleteFoundDone(user, token.name);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(queryRow(token.name)).toBeNull(), SLOW);

    await goBack();
    expect(currentLocation()?.pathname).toBe(`${MOUNT_PATH}/${token.id}/general`);
    await expectDeletedPage(token);
  });

  it('from its own page, left while the request ran, the connection failing: Forward says it was deleted', async () => {
    const token = firstPageTokens()[0]!;
    const { user, goBack, goForward, queryClient } = renderModule();
    await user.click(await screen.findByRole('link', { name: token.name }, SLOW));
    await screen.findByRole('heading', { level: 1, name: token.name }, SLOW);
    const request = deleteThenBreak(token.id);
    await chooseFromPageMenu(user, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));

    // Back to the grid while the delete is on its way; its connection fails there, with nobody left to read it.
    await goBack();
    await screen.findByRole('heading', { level: 1, name: 'API tokens' });
    await waitFor(() => expect(queryClient.isMutating()).toBe(1));
    request.release();
    await waitFor(() => expect(queryClient.isMutating()).toBe(0), SLOW);
    expect(mockBackend.db.getToken(token.id)).toBeUndefined();

    await goForward();
    await expectDeletedPage(token);
  });

  it('from its own page, past its deadline: focus stays in the dialog while the page behind says deleted, and goes to the grid’s heading after Close', async () => {
    const token = firstPageTokens()[0]!;
    mockBackend.setScenario({ failures: { delete: 'hang' } });
    const { user } = renderModule({ config: SHORT_WRITES });
    await user.click(await screen.findByRole('link', { name: token.name }, SLOW));
    await screen.findByRole('heading', { level: 1, name: token.name }, SLOW);
    await chooseFromPageMenu(user, 'Delete');
    const dialog = await confirmDeleteFoundDone(user, token.name);
    // The page behind has changed under the dialog (hidden from the accessibility tree while the dialog is open).
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: 'API token deleted', hidden: true },
      SLOW,
    );
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    expect(heading).not.toHaveFocus();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    // Closed, the deleted token's page gives way to the grid, whose heading takes focus.
    const gridHeading = await screen.findByRole('heading', { level: 1, name: 'API tokens' }, SLOW);
    await waitFor(() => expect(gridHeading).toHaveFocus());
  });

  it('in a bulk run, past its deadline: Back into a page of the run says it was deleted', async () => {
    const [token, other] = firstPageTokens();
    mockBackend.setScenario({ failures: { delete: 'hang' } });
    const { user, goBack } = renderModule({ config: SHORT_WRITES });
    await visitThenBack(user, token!.name);

    await runBulkDelete(user, [token!.name, other!.name]);
    const result = await screen.findByRole('alertdialog', { name: '2 tokens deleted' }, SLOW);
    expect(result).toHaveAccessibleDescription(
      'No answer came for 2 tokens, but reading them again shows they were deleted.',
    );
    await user.click(within(result).getByRole('button', { name: 'Close' }));

    await goBack();
    await expectDeletedPage(token!);
  });
});

describe('a delete answered "not found"', () => {
  it('counts as done, and Back into its page says it was deleted', async () => {
    const token = firstPageTokens()[0]!;
    const { user, goBack } = renderModule();
    await visitThenBack(user, token.name);
    // Gone before the module's delete arrives: the API answers it with a 404.
    mockBackend.db.deleteToken(token.id);

    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    await expectMessage(`API token “${token.name}” deleted.`);

    await goBack();
    await expectDeletedPage(token);
  });
});

describe('a token this module did not delete stays "Token not found"', { timeout: 40_000 }, () => {
  // Entries go once unused, as a host's cache may let them go: the page cannot lean on the read the dialog made.
  const forgetfulCache = () =>
    new QueryClient({
      defaultOptions: { queries: { retry: false, gcTime: 0 }, mutations: { retry: false } },
    });

  it('a delete without an answer that the read again finds undone, the token deleted elsewhere later', async () => {
    const token = firstPageTokens()[0]!;
    neverDelete(token.id);
    const { user, goBack } = renderModule({ config: SHORT_WRITES, queryClient: forgetfulCache() });
    await visitThenBack(user, token.name);

    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await findDialog('Delete API token?');
    const readAgain = countAnswers(
      (request) => request.method === 'GET' && new URL(request.url).pathname.endsWith(`/${token.id}`),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    const alert = await within(dialog).findByRole('alert', undefined, SLOW);
    expect(alert).toHaveTextContent(`No answer: it is not known whether “${token.name}” was deleted.`);
    // Read again, the token is there: the delete did not go through.
    await readAgain.settled();
    expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeEnabled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    mockBackend.db.deleteToken(token.id);

    await goBack();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Token not found' }, SLOW),
    ).toBeInTheDocument();
  });

  it('a delete stopped by Cancel that the grid, reading its rows again, finds undone, the token deleted elsewhere later', async () => {
    const token = firstPageTokens()[0]!;
    const request = neverDelete(token.id);
    const { user, goBack } = renderModule();
    await visitThenBack(user, token.name);

    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    await waitFor(() => expect(request.arrived).toBe(1), SLOW);
    // Nothing reads the token itself again: only the grid's rows, read again once the wait is stopped, show it.
    const listRead = countAnswers(
      (answered) => answered.method === 'GET' && new URL(answered.url).pathname.endsWith('/api-tokens'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull(), SLOW);
    await listRead.settled();
    await findRow(token.name);
    mockBackend.db.deleteToken(token.id);

    await goBack();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Token not found' }, SLOW),
    ).toBeInTheDocument();
  });

  it('a bulk delete without an answer that the read again finds undone, the token deleted elsewhere later', async () => {
    const [token, other] = firstPageTokens();
    for (const id of [token!.id, other!.id]) neverDelete(id);
    const { user, goBack } = renderModule({ config: SHORT_WRITES });
    await visitThenBack(user, token!.name);

    const readAgain = countAnswers((request) =>
      decodeURIComponent(new URL(request.url).search).includes('in(id,'),
    );
    await runBulkDelete(user, [token!.name, other!.name]);
    const result = await screen.findByRole('alertdialog', { name: 'No answer for 2 tokens' }, SLOW);
    // Read again, both are there: nothing went.
    await readAgain.settled();
    expect(within(result).getByRole('button', { name: 'Retry 2 tokens' })).toBeEnabled();
    await user.click(within(result).getByRole('button', { name: 'Close' }));
    mockBackend.db.deleteToken(token!.id);

    await goBack();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Token not found' }, SLOW),
    ).toBeInTheDocument();
  });

  it('a token a stopped bulk delete never sent, deleted elsewhere later', async () => {
    const tokens = firstPageTokens().slice(0, 4);
    const unsent = tokens[3]!;
    // Three requests run at once: the fourth waits for one of them, which never answers.
    const requests = tokens.map((token) => neverDelete(token.id));
    // Nor can the tokens be read again: only what the module asked for can tell them apart.
    failReadsById();
    const readAgain = countAnswers((request) =>
      decodeURIComponent(new URL(request.url).search).includes('in(id,'),
    );
    const { user, goBack } = renderModule();
    await visitThenBack(user, unsent.name);

    await runBulkDelete(
      user,
      tokens.map((token) => token.name),
    );
    await waitFor(() => expect(requests.map((r) => r.arrived)).toEqual([1, 1, 1, 0]), SLOW);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete 4 tokens?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const result = await screen.findByRole('alertdialog', { name: /could not be deleted/i }, SLOW);
    expect(requests.map((r) => r.arrived)).toEqual([1, 1, 1, 0]);
    await readAgain.settled();
    await user.click(within(result).getByRole('button', { name: 'Close' }));
    mockBackend.db.deleteToken(unsent.id);

    await goBack();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Token not found' }, SLOW),
    ).toBeInTheDocument();
  });

  it('a delete the API refused, the token deleted elsewhere later', async () => {
    const token = firstPageTokens()[0]!;
    mockBackend.setScenario({ failures: { delete: 500 } });
    const { user, goBack } = renderModule();
    await visitThenBack(user, token.name);

    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    await within(dialog).findByRole('alert', undefined, SLOW);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    mockBackend.db.deleteToken(token.id);

    await goBack();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Token not found' }, SLOW),
    ).toBeInTheDocument();
  });
});
