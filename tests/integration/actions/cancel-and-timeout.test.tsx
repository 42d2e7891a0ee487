// A write that does not answer never locks the page: its dialog offers Cancel (and Escape), which aborts the
// request; a deadline ends it by itself. Either way the user is told what is known, and the token is read again.
// The server's answers are held until the test ends, so nothing here races a latency: the only way out of the
// wait is the user's Cancel or the deadline.
import type { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import { renderEditDialog } from '../wizard/wizard-support';
import {
  chooseFromRowMenu,
  failReadsById,
  findDialog,
  findRow,
  firstPageTokens,
  queryRow,
  rowStatus,
  seededTokens,
} from './action-helpers';

const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
const SLOW = { timeout: 20_000 };

/** Holds one write (`path` under the tokens collection; '' for the collection) until the test ends; records whether the browser gave up on it (the request's signal). */
function holdWrite(method: 'post' | 'put' | 'delete', path: string, onArrive?: () => void) {
  let release!: () => void;
  const never = new Promise<void>((resolve) => (release = resolve));
  onTestFinished(() => release());
  const seen = { arrived: 0, aborted: 0 };
  const matcher = method === 'post' ? http.post : method === 'put' ? http.put : http.delete;
  server.use(
    matcher(path ? `${TOKENS}/${path}` : TOKENS, async ({ request }) => {
      seen.arrived += 1;
      onArrive?.();
      request.signal.addEventListener('abort', () => (seen.aborted += 1));
      await never;
      return new HttpResponse(null, { status: 503 });
    }),
  );
  return seen;
}

/**
 * Waits until the token has been read (or failed to be) and the screen has taken that in. The cache's entry says
 * when the read ended; its observers hear of it in a task queued at that moment, so a task queued after it runs
 * once they have.
 */
async function afterRead(queryClient: QueryClient, id: string, status: 'success' | 'error') {
  await waitFor(() => {
    const read = queryClient
      .getQueryCache()
      .findAll({ predicate: (query) => query.queryKey.includes(id) && query.state.status === status });
    expect(read).not.toHaveLength(0);
  }, SLOW);
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/** Resolves once a bulk run's reading again of its unanswered tokens (one list request by ID) has had its answer. */
function bulkReadAgain(): Promise<void> {
  return new Promise<void>((resolve) => {
    const listener = ({ request }: { request: Request }) => {
      if (!decodeURIComponent(new URL(request.url).search).includes('in(id,')) return;
      server.events.removeListener('response:mocked', listener);
      resolve();
    };
    server.events.on('response:mocked', listener);
    onTestFinished(() => server.events.removeListener('response:mocked', listener));
  }).then(() => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0))));
}

/** Counts list reads from now on (they pass through to the mock). */
function countListReads() {
  const reads = { count: 0 };
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname.endsWith('/accounts/api-tokens')) reads.count += 1;
  });
  onTestFinished(() => server.events.removeAllListeners('request:start'));
  return reads;
}

function active(skip = 0) {
  const token = firstPageTokens().filter((t) => t.status === 'Active')[skip];
  if (!token) throw new Error('the first page has too few active tokens');
  return token;
}

describe('writes that do not answer', { timeout: 40_000 }, () => {
  it('disable: Cancel aborts the request, closes the dialog, says what is known, and the row shows the truth', async () => {
    const token = active();
    const notify = vi.fn();
    const { user } = renderModule({ config: { notify } });
    await findRow(token.name);
    const request = holdWrite('post', `${token.id}/disable`);

    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    await waitFor(() => expect(request.arrived).toBe(1), SLOW);
    await waitFor(async () => expect(rowStatus(await findRow(token.name))).toBe('Disabled'), SLOW);
    const reads = countListReads();

    // Busy, but not locked: Cancel is there to press.
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(cancel).toBeEnabled();
    await user.click(cancel);

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument(), SLOW);
    await waitFor(() => expect(request.aborted).toBe(1), SLOW);
    expect(notify).toHaveBeenCalledWith(
      `Stopped waiting to disable “${token.name}”. The server may have done it anyway: its current state is shown.`,
      { tone: 'info' },
    );
    // The server never made the change: the row goes back and the list is read again.
    await waitFor(async () => expect(rowStatus(await findRow(token.name))).toBe('Active'), SLOW);
    await waitFor(() => expect(reads.count).toBeGreaterThan(0), SLOW);
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Active');
    // The grid is usable again: the same row's menu opens.
    await chooseFromRowMenu(user, token.name, 'Disable');
    expect(await findDialog('Disable API token?')).toBeInTheDocument();
  });

  it('delete: Escape while the request runs cancels it too', async () => {
    const token = active(1);
    const { user } = renderModule();
    await findRow(token.name);
    const request = holdWrite('delete', token.id);

    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    await waitFor(() => expect(request.arrived).toBe(1), SLOW);
    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument(), SLOW);
    await waitFor(() => expect(request.aborted).toBe(1), SLOW);
    expect(rowStatus(await findRow(token.name))).toBe('Active');
  });

  it('a write past its deadline says the outcome is unknown, and the refetch shows what the server did', async () => {
    const token = active(2);
    // The server disables the token but its answer never arrives.
    const request = holdWrite('post', `${token.id}/disable`, () =>
      mockBackend.db.setTokenStatus(token.id, 'Disabled'),
    );
    const { user } = renderModule({ config: { requestTimeoutMs: { write: 300 } } });
    await findRow(token.name);

    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    // The status line is there, empty, from the start: a live region announces changes to one that exists.
    const status = within(dialog).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));

    // No answer came; the token read again shows the server disabled it, and the dialog says so, with no Try
    // again (it could only fail: "already disabled").
    expect(
      await within(dialog).findByText(
        `No answer came, but reading the token again shows it: “${token.name}” was disabled.`,
        undefined,
        SLOW,
      ),
    ).toBe(status);
    expect(request.aborted).toBe(1);
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(async () => expect(rowStatus(await findRow(token.name))).toBe('Disabled'), SLOW);
  });

  it('a write past its deadline that the server did not carry out stays unknown, with Try again', async () => {
    const token = active(2);
    const request = holdWrite('post', `${token.id}/disable`);
    const detailReads = { count: 0 };
    server.events.on('request:end', ({ request: read }) => {
      if (read.method === 'GET' && new URL(read.url).pathname.endsWith(`/${token.id}`))
        detailReads.count += 1;
    });
    onTestFinished(() => server.events.removeAllListeners('request:end'));
    const { user } = renderModule({ config: { requestTimeoutMs: { write: 300 } } });
    await findRow(token.name);

    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));

    const alert = await within(dialog).findByRole('alert', undefined, SLOW);
    expect(alert).toHaveTextContent(
      `No answer: it is not known whether “${token.name}” was disabled. Its current state is shown.`,
    );
    expect(alert).toHaveTextContent('The server did not answer in time. Try again in a moment.');
    expect(request.aborted).toBe(1);
    // Read again, the token is still active: the outcome stays unknown, and Try again stays.
    await waitFor(() => expect(detailReads.count).toBeGreaterThan(0), SLOW);
    expect(within(dialog).getByRole('alert')).toBe(alert);
    expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled();
    expect(rowStatus(await findRow(token.name))).toBe('Active');
  });

  it('bulk disable: Cancel stops the run and lists what was not confirmed, with a retry', async () => {
    const [first, second] = [active(0), active(1)];
    const { user } = renderModule();
    for (const name of [first.name, second.name]) {
      await findRow(name);
      await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    }
    const requests = [holdWrite('post', `${first.id}/disable`), holdWrite('post', `${second.id}/disable`)];
    const bar = screen.getByRole('region', { name: 'Selected tokens' });
    await user.click(within(bar).getByRole('button', { name: 'Disable' }));
    const dialog = await findDialog('Disable 2 tokens?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable 2 tokens' }));
    await waitFor(() => expect(requests.map((r) => r.arrived)).toEqual([1, 1]), SLOW);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    const result = await screen.findByRole('alertdialog', { name: /could not be disabled/i }, SLOW);
    const failures = within(result).getByRole('list', { name: /failed/i });
    expect(
      within(failures).getAllByText('Stopped before the server answered. The list shows its current state.'),
    ).toHaveLength(2);
    expect(within(result).getByRole('button', { name: 'Retry 2 tokens' })).toBeEnabled();
    expect(requests.map((r) => r.aborted)).toEqual([1, 1]);
    await waitFor(async () => expect(rowStatus(await findRow(first.name))).toBe('Active'), SLOW);
  });

  /** Selects the tokens in the grid and confirms the bulk action from the selection's bar. */
  async function runBulk(
    user: ReturnType<typeof renderModule>['user'],
    names: string[],
    action: 'Disable' | 'Delete',
  ) {
    for (const name of names) {
      await findRow(name);
      await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    }
    const bar = screen.getByRole('region', { name: 'Selected tokens' });
    await user.click(within(bar).getByRole('button', { name: action }));
    const dialog = await findDialog(`${action} ${names.length} tokens?`);
    await user.click(within(dialog).getByRole('button', { name: `${action} ${names.length} tokens` }));
  }

  it('bulk disable past its deadline: tokens that reading again shows disabled count as done; Retry takes only the rest', async () => {
    const [first, second] = [active(0), active(1)];
    // The server disables the first, but its answer never arrives; the second is neither done nor answered.
    const requests = [
      holdWrite('post', `${first.id}/disable`, () => mockBackend.db.setTokenStatus(first.id, 'Disabled')),
      holdWrite('post', `${second.id}/disable`),
    ];
    const readAgain = bulkReadAgain();
    const { user } = renderModule({ config: { requestTimeoutMs: { write: 300 } } });
    await runBulk(user, [first.name, second.name], 'Disable');

    const result = await screen.findByRole('alertdialog', { name: 'No answer for 1 token' }, SLOW);
    expect(result).toHaveAccessibleDescription(
      'No answer came for 1 token, but reading it again shows it was disabled. No answer came for the tokens below, and reading them again has not shown them disabled, so it is not known whether they were. Their current state is shown behind this dialog.',
    );
    expect(result).not.toHaveTextContent(/are unchanged|No tokens were disabled/);
    // Read again, the second is still active: it stays listed.
    await readAgain;
    const failures = within(result).getByRole('list', { name: 'Tokens that failed' });
    expect(within(failures).getByText(second.name)).toBeInTheDocument();
    expect(within(failures).queryByText(first.name)).toBeNull();

    // Only the token not shown disabled is sent again.
    await user.click(within(result).getByRole('button', { name: 'Retry 1 token' }));
    await waitFor(() => expect(requests.map((r) => r.arrived)).toEqual([1, 2]), SLOW);
    await waitFor(async () => expect(rowStatus(await findRow(first.name))).toBe('Disabled'), SLOW);
  });

  it('bulk delete past its deadline that the server carried out says so, and offers only Close', async () => {
    const [first, second] = [active(0), active(1)];
    for (const token of [first, second])
      holdWrite('delete', token.id, () => mockBackend.db.deleteToken(token.id));
    const { user } = renderModule({ config: { requestTimeoutMs: { write: 300 } } });
    await runBulk(user, [first.name, second.name], 'Delete');

    const result = await screen.findByRole('alertdialog', { name: '2 tokens deleted' }, SLOW);
    expect(result).toHaveAccessibleDescription(
      'No answer came for 2 tokens, but reading them again shows they were deleted.',
    );
    expect(within(result).queryByRole('list', { name: 'Tokens that failed' })).toBeNull();
    expect(within(result).queryByRole('button', { name: /Retry/ })).toBeNull();
    await user.click(within(result).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(queryRow(first.name)).toBeNull(), SLOW);
  });

  it('bulk disable past its deadline: tokens that cannot be read again stay unknown, and are offered for Retry', async () => {
    const [first, second] = [active(0), active(1)];
    for (const token of [first, second])
      holdWrite('post', `${token.id}/disable`, () => mockBackend.db.setTokenStatus(token.id, 'Disabled'));
    // Both were disabled, but reading them again fails: nothing shows them done.
    failReadsById();
    const readAgain = bulkReadAgain();
    const { user } = renderModule({ config: { requestTimeoutMs: { write: 300 } } });
    await runBulk(user, [first.name, second.name], 'Disable');

    const result = await screen.findByRole('alertdialog', { name: 'No answer for 2 tokens' }, SLOW);
    await readAgain;
    expect(result).toHaveAccessibleDescription(/^No answer came for the tokens below/);
    const failures = within(result).getByRole('list', { name: 'Tokens that failed' });
    expect(within(failures).getByText(first.name)).toBeInTheDocument();
    expect(within(failures).getByText(second.name)).toBeInTheDocument();
    expect(within(result).getByRole('button', { name: 'Retry 2 tokens' })).toBeEnabled();
  });

  it('a bulk run reads its unanswered tokens again in one request, however many there are', async () => {
    const tokens = [active(0), active(1), active(2)];
    for (const token of tokens)
      holdWrite('post', `${token.id}/disable`, () => mockBackend.db.setTokenStatus(token.id, 'Disabled'));
    const reads: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (request.method === 'GET' && /api-tokens\/TKN-/.test(url.pathname)) reads.push(url.pathname);
      if (decodeURIComponent(url.search).includes('in(id,')) reads.push(decodeURIComponent(url.search));
    };
    server.events.on('request:start', listener);
    onTestFinished(() => server.events.removeListener('request:start', listener));
    const readAgain = bulkReadAgain();
    const { user } = renderModule({ config: { requestTimeoutMs: { write: 300 } } });
    await runBulk(
      user,
      tokens.map((token) => token.name),
      'Disable',
    );

    await screen.findByRole('alertdialog', { name: '3 tokens disabled' }, SLOW);
    await readAgain;
    expect(reads).toHaveLength(1);
    for (const token of tokens) expect(reads[0]).toContain(token.id);
  });
});

describe('saving an edit that does not answer', { timeout: 40_000 }, () => {
  it('Cancel stops waiting, keeps what was typed, and says what reading the token again shows: not saved', async () => {
    const token = active(3);
    const request = holdWrite('put', token.id);
    const { user } = renderEditDialog({ token: { id: token.id, name: token.name } });
    const name = await screen.findByRole('textbox', { name: 'API token name' }, SLOW);
    const dialog = screen.getByRole('dialog', { name: 'Edit API token' });
    await user.clear(name);
    await user.type(name, 'Renamed while the server sleeps');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(request.arrived).toBe(1), SLOW);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    // The write may have reached the server; the token read again shows it did not.
    await waitFor(
      () =>
        expect(within(dialog).getByRole('alert')).toHaveTextContent(
          'Saving was cancelled, and reading the token again shows the changes were not saved. Your input is kept here: Save sends it again.',
        ),
      SLOW,
    );
    expect(request.aborted).toBe(1);
    expect(screen.getByRole('dialog', { name: 'Edit API token' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue(
      'Renamed while the server sleeps',
    );
    // Not busy any more: Save can be pressed again.
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('Cancel after the server saved: reading the token again says so, and only Close is left', async () => {
    const token = active(6);
    const request = holdWrite('put', token.id, () =>
      mockBackend.db.updateToken(token.id, { name: 'Renamed before the cancel' }),
    );
    const { user } = renderEditDialog({ token: { id: token.id, name: token.name } });
    const name = await screen.findByRole('textbox', { name: 'API token name' }, SLOW);
    const dialog = screen.getByRole('dialog', { name: 'Edit API token' });
    await user.clear(name);
    await user.type(name, 'Renamed before the cancel');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(request.arrived).toBe(1), SLOW);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(
      await within(dialog).findByText(
        'Saving was cancelled, but reading the token again shows the changes were saved.',
        undefined,
        SLOW,
      ),
    ).toHaveRole('status');
    expect(within(dialog).queryByRole('button', { name: 'Save' })).toBeNull();
    expect(within(dialog).queryByText(/may have been saved/)).toBeNull();
  });

  it('Escape while saving cancels the save instead of being ignored', async () => {
    const token = active(4);
    const request = holdWrite('put', token.id);
    const { user } = renderEditDialog({ token: { id: token.id, name: token.name } });
    const name = await screen.findByRole('textbox', { name: 'API token name' }, SLOW);
    await user.type(name, ' v2');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(request.arrived).toBe(1), SLOW);

    await user.keyboard('{Escape}');

    await waitFor(() => expect(request.aborted).toBe(1), SLOW);
    expect(await screen.findByRole('alert', undefined, SLOW)).toHaveTextContent('Saving was cancelled');
    expect(screen.getByRole('dialog', { name: 'Edit API token' })).toBeInTheDocument();
  });
});

describe('saving an edit past its deadline', { timeout: 40_000 }, () => {
  /** Opens the edit dialog with a short deadline for writes, once the token has loaded. */
  async function openEdit(token: { id: string; name: string }) {
    const rendered = renderEditDialog({
      token: { id: token.id, name: token.name },
      config: { requestTimeoutMs: { write: 300 } },
    });
    await screen.findByRole('textbox', { name: 'API token name' }, SLOW);
    return { ...rendered, dialog: screen.getByRole('dialog', { name: 'Edit API token' }) };
  }

  async function rename(user: ReturnType<typeof renderEditDialog>['user'], dialog: HTMLElement, to: string) {
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await user.clear(name);
    await user.type(name, to);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
  }

  it('says the changes were saved once reading the token again shows them, and offers only Close', async () => {
    const token = active(5);
    holdWrite('put', token.id, () => mockBackend.db.updateToken(token.id, { name: 'Renamed, unanswered' }));
    const { user, dialog, onOpenChange } = await openEdit(token);
    // The status lines there before the save: a live region announces changes to one that exists.
    const statuses = within(dialog).getAllByRole('status');
    await rename(user, dialog, 'Renamed, unanswered');

    const saved = await within(dialog).findByText(
      'No answer came, but reading the token again shows the changes were saved.',
      undefined,
      SLOW,
    );
    expect(saved).toHaveRole('status');
    expect(statuses).toContain(saved);
    expect(within(dialog).queryByRole('button', { name: 'Save' })).toBeNull();
    expect(within(dialog).queryByText(/not known/)).toBeNull();
    // Nothing is left unsaved: Close closes without asking to discard.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alertdialog', { name: 'Discard changes?' })).toBeNull();
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('a removed logo counts as saved when the token, read again, has none', async () => {
    const token = seededTokens('Active').find((t) => t.icon !== null);
    if (!token) throw new Error('no active token has a logo');
    holdWrite('put', token.id, () => mockBackend.db.updateToken(token.id, { icon: null }));
    const { user, dialog } = await openEdit(token);
    await user.click(within(dialog).getByRole('button', { name: 'Remove logo' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(
      await within(dialog).findByText(
        'No answer came, but reading the token again shows the changes were saved.',
        undefined,
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('says the changes were not saved when reading the token again shows them missing, and keeps the input', async () => {
    const token = active(6);
    holdWrite('put', token.id);
    const { user, dialog } = await openEdit(token);
    await rename(user, dialog, 'Never arrived');

    await within(dialog).findByText(
      'No answer came, and reading the token again shows the changes were not saved',
      undefined,
      SLOW,
    );
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent('The server did not answer in time.');
    expect(alert).toHaveTextContent('Your input is kept here: Save sends it again.');
    expect(alert).not.toHaveTextContent(/not known/);
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue('Never arrived');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('stays unknown when the token cannot be read again', async () => {
    const token = active(7);
    holdWrite('put', token.id, () => mockBackend.db.updateToken(token.id, { name: 'Saved, unseen' }));
    const { user, dialog, queryClient } = await openEdit(token);
    // Loaded; from now on reading the token fails.
    server.use(
      http.get(`${TOKENS}/${token.id}`, () => {
        return HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'content-type': 'application/problem+json' } },
        );
      }),
    );
    await rename(user, dialog, 'Saved, unseen');

    const alert = await within(dialog).findByRole('alert', undefined, SLOW);
    expect(alert).toHaveTextContent('No answer: it is not known whether the changes were saved');
    await afterRead(queryClient, token.id, 'error');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'it is not known whether the changes were saved',
    );
    expect(within(dialog).queryByText(/shows the changes were/)).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled();
  });
});

describe('adding a token that does not answer', { timeout: 40_000 }, () => {
  /** Fills the wizard up to its Overview step, where Add sends the create. */
  async function fillWizard(
    name: string,
    config?: NonNullable<Parameters<typeof renderModule>[0]>['config'],
  ) {
    const rendered = renderModule({ path: '/new', config });
    const { user } = rendered;
    const wizard = await screen.findByRole('dialog', { name: 'Add API token' }, SLOW);
    await user.type(within(wizard).getByRole('textbox', { name: 'API token name' }), name);
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));
    await user.click(await within(wizard).findByRole('checkbox', { name: 'Billing' }, SLOW));
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));
    await within(wizard).findByRole('heading', { name: /Overview/ }, SLOW);
    return { user, wizard };
  }

  it('Cancel stops waiting, keeps the input, says the token may exist, and reads the grid again', async () => {
    // The server adds the token, but its answer (and so the secret) never arrives.
    const request = holdWrite('post', '', () => {
      const billing = mockBackend.db.listModules().find((m) => m.name === 'Billing');
      mockBackend.db.createToken({
        name: 'Night-shift robot',
        description: null,
        icon: null,
        moduleIds: [billing!.id],
      });
    });
    const { user, wizard } = await fillWizard('Night-shift robot');
    await user.click(within(wizard).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(request.arrived).toBe(1), SLOW);
    expect(within(wizard).getByRole('status')).toHaveTextContent('Adding the API token…');

    // Busy, but not locked: the footer offers Cancel instead of a Close that does nothing.
    await user.click(within(wizard).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(request.aborted).toBe(1), SLOW);
    const alert = await within(wizard).findByRole('alert', undefined, SLOW);
    expect(alert).toHaveTextContent(
      'Adding was cancelled before the server answered. The API token may have been added anyway',
    );
    expect(screen.getByRole('dialog', { name: 'Add API token' })).toBe(wizard);
    expect(within(wizard).getByRole('button', { name: 'Add' })).toBeEnabled();
    expect(within(wizard).getByRole('status')).toHaveTextContent('');
    // The input is still there to check or send again.
    await user.click(within(wizard).getByRole('button', { name: 'Back' }));
    await user.click(within(wizard).getByRole('button', { name: 'Back' }));
    expect(within(wizard).getByRole('textbox', { name: 'API token name' })).toHaveValue('Night-shift robot');
    // The grid was read again, so the token the server did add is listed behind the wizard.
    await user.click(within(wizard).getByRole('button', { name: 'Close' }));
    await user.click(await screen.findByRole('button', { name: 'Discard' }, SLOW));
    expect(await findRow('Night-shift robot')).toBeInTheDocument();
  });

  it('Escape while adding cancels the create too, and nothing is lost', async () => {
    const request = holdWrite('post', '');
    const { user, wizard } = await fillWizard('Escape artist');
    await user.click(within(wizard).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(request.arrived).toBe(1), SLOW);

    await user.keyboard('{Escape}');

    await waitFor(() => expect(request.aborted).toBe(1), SLOW);
    expect(await within(wizard).findByRole('alert', undefined, SLOW)).toHaveTextContent(
      'Adding was cancelled',
    );
    expect(screen.getByRole('dialog', { name: 'Add API token' })).toBe(wizard);
  });

  it('a create past its deadline says it is not known whether the token was added', async () => {
    const request = holdWrite('post', '');
    const { user, wizard } = await fillWizard('Slow robot', { requestTimeoutMs: { write: 300 } });
    await user.click(within(wizard).getByRole('button', { name: 'Add' }));

    const alert = await within(wizard).findByRole('alert', undefined, SLOW);
    expect(alert).toHaveTextContent('No answer: it is not known whether the API token was added');
    expect(request.aborted).toBe(1);
    expect(within(wizard).getByRole('button', { name: 'Add' })).toBeEnabled();
  });

  it('a gateway that gave up (504) is no answer either: the token may exist, and the name field finds it', async () => {
    // The API adds the token, but the gateway in front of it stops waiting and answers 504 in its place.
    server.use(
      http.post(TOKENS, () => {
        const billing = mockBackend.db.listModules().find((m) => m.name === 'Billing');
        mockBackend.db.createToken({
          name: 'Gateway probe',
          description: null,
          icon: null,
          moduleIds: [billing!.id],
        });
        return HttpResponse.json(
          { type: 'about:blank', title: 'Gateway Timeout', status: 504 },
          { status: 504, headers: { 'content-type': 'application/problem+json' } },
        );
      }),
    );
    const { user, wizard } = await fillWizard('Gateway probe');
    await user.click(within(wizard).getByRole('button', { name: 'Add' }));

    const alert = await within(wizard).findByRole('alert', undefined, SLOW);
    expect(alert).toHaveTextContent('No answer: it is not known whether the API token was added');
    expect(alert).toHaveTextContent('If it was added, it is listed in the grid under this name');
    expect(alert).not.toHaveTextContent('Could not add');
    // Back on the name: the grid was read again, so the field points to the token the API did add.
    await user.click(within(wizard).getByRole('button', { name: 'Back' }));
    await user.click(within(wizard).getByRole('button', { name: 'Back' }));
    const added = mockBackend.db.listTokens().find((t) => t.name === 'Gateway probe')!;
    expect(
      await within(wizard).findByText(
        new RegExp(`A token named “Gateway probe” already exists \\(${added.id}\\)`),
        undefined,
        SLOW,
      ),
    ).toBeInTheDocument();
  });
});
