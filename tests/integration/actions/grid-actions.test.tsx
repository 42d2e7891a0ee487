// Enable, disable and delete from the grid's row menu and bulk bar, through the real module.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import {
  chooseFromRowMenu,
  expectMessage,
  findDialog,
  findRow,
  findRowMenuButton,
  firstPageTokens,
  queryRow,
  rowStatus,
  holdTokenRequest,
} from './action-helpers';

const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;

function firstOnPage(status: 'Active' | 'Disabled', skip = 0) {
  const token = firstPageTokens().filter((t) => t.status === status)[skip];
  if (!token) throw new Error(`the first page has no ${status} token #${skip}`);
  return token;
}

function countStateRequests(action: 'enable' | 'disable' | 'delete') {
  const calls: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/public/v1/accounts/api-tokens/')) return;
    const isDelete = request.method === 'DELETE';
    if (action === 'delete' ? isDelete : request.method === 'POST' && url.pathname.endsWith(`/${action}`))
      calls.push(url.pathname);
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return calls;
}

/** Ticks each row's checkbox; returns the bar of bulk actions. */
async function selectRows(user: ReturnType<typeof renderModule>['user'], names: string[]) {
  for (const name of names) {
    await findRow(name);
    await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
  }
  return screen.getByRole('region', { name: 'Selected tokens' });
}

describe('row menu: disable', () => {
  it('confirms with the name, ID and consequence, shows Disabled before the server answers, then confirms', async () => {
    const token = firstOnPage('Active');
    const { user } = renderModule();
    const row = await findRow(token.name);
    expect(rowStatus(row)).toBe('Active');
    const disable = holdTokenRequest('post', `${token.id}/disable`);

    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    expect(dialog).toHaveTextContent(`“${token.name}” (${token.id})`);
    expect(dialog).toHaveTextContent('Integrations using it get errors until it is enabled again.');
    // The safe choice has focus first.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    // Optimistic: the grid already says Disabled while the request is still on its way.
    await waitFor(() => expect(rowStatus(row)).toBe('Disabled'));
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Active');
    expect(within(dialog).getByRole('button', { name: 'Disable token' })).toHaveAttribute(
      'aria-busy',
      'true',
    );

    disable.release();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await expectMessage(`API token “${token.name}” disabled.`);
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Disabled');
    expect(rowStatus(await findRow(token.name))).toBe('Disabled');
  });

  it('a 255-character name is cut to 80 in the confirmation and the notification, the row keeps it whole', async () => {
    const token = firstOnPage('Active');
    const long = `Nightly reconciliation export ${'x'.repeat(225)}`;
    mockBackend.db.updateToken(token.id, { name: long });
    const shown = `${long.slice(0, 79)}…`;
    const { user } = renderModule();
    await chooseFromRowMenu(user, long, 'Disable');
    const dialog = await findDialog('Disable API token?');
    expect(dialog).toHaveTextContent(`“${shown}” (${token.id}) will be disabled.`);
    expect(dialog).not.toHaveTextContent(long);
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    await expectMessage(`API token “${shown}” disabled.`);
    expect(screen.queryByText(new RegExp(`${long}”`))).not.toBeInTheDocument();
    // The row's own link and menu still carry the whole name.
    expect(await findRowMenuButton(long)).toBeInTheDocument();
  });

  it('Cancel changes nothing and returns focus to the row menu button', async () => {
    const token = firstOnPage('Active');
    const calls = countStateRequests('disable');
    const { user } = renderModule();
    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(rowStatus(await findRow(token.name))).toBe('Active');
    expect(calls).toEqual([]);
    await waitFor(async () => expect(await findRowMenuButton(token.name)).toHaveFocus());
  });

  it('a disable that takes the row out of the view (only Active shown) leaves focus on the table', async () => {
    const token = firstOnPage('Active');
    const { user } = renderModule({ search: '?status=Active' });
    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    await waitFor(() => expect(queryRow(token.name)).not.toBeInTheDocument());
    // Its menu button went with the row: focus is on the table, not on the page's top.
    await waitFor(() => expect(screen.getByRole('region', { name: 'API tokens table' })).toHaveFocus());
  });

  it('deleting the only match leaves focus on the page, at its heading', async () => {
    const token = firstOnPage('Active');
    const { user } = renderModule({ search: `?q=${encodeURIComponent(token.id)}` });
    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    await waitFor(() => expect(queryRow(token.name)).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'API tokens' })).toHaveFocus());
  });

  it('sends one request however often the confirm button is pressed', async () => {
    const token = firstOnPage('Active');
    const calls = countStateRequests('disable');
    const { user } = renderModule();
    const disable = holdTokenRequest('post', `${token.id}/disable`);
    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    const confirm = within(dialog).getByRole('button', { name: 'Disable token' });
    await user.dblClick(confirm);
    await user.click(confirm);
    await user.keyboard('{Enter}');
    disable.release();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(calls).toHaveLength(1);
  });

  it.each([
    [
      'a server error',
      500 as const,
      'Something went wrong on the server. Try again in a moment.',
      (name: string) => `Could not disable “${name}”`,
    ],
    [
      // No answer at all: the request may have been carried out, so it says it does not know.
      'a network failure',
      'network' as const,
      'The server could not be reached. Check your connection and try again.',
      (name: string) => `No answer: it is not known whether “${name}” was disabled`,
    ],
  ])('rolls back on %s and shows the error in the dialog', async (_label, failure, message, title) => {
    const token = firstOnPage('Active');
    const { user } = renderModule();
    const row = await findRow(token.name);
    mockBackend.setScenario({ failures: { disable: failure } });
    const disable = holdTokenRequest('post', `${token.id}/disable`);

    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    await waitFor(() => expect(rowStatus(row)).toBe('Disabled'));
    disable.release();

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(title(token.name));
    expect(alert).toHaveTextContent(message);
    if (failure === 500) expect(alert).toHaveTextContent(/Trace ID: 00-/);
    expect(rowStatus(row)).toBe('Active');
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Active');

    // The user decides: try again (once the server is back) or cancel.
    mockBackend.setScenario({ failures: { disable: undefined } });
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Disabled');
    await waitFor(() => expect(rowStatus(row)).toBe('Disabled'));
  });

  it('an invalid transition (someone disabled it meanwhile) shows the server reason and then the real state', async () => {
    const token = firstOnPage('Active');
    const { user } = renderModule();
    const row = await findRow(token.name);
    mockBackend.db.setTokenStatus(token.id, 'Disabled');

    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(`already Disabled`);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    // After the refetch the grid shows what the server holds.
    await waitFor(() => expect(rowStatus(row)).toBe('Disabled'));
  });
});

describe('row menu: enable and delete', () => {
  it('enables a disabled token (Enable is offered only for Disabled tokens)', async () => {
    const disabled = firstOnPage('Disabled');
    const active = firstOnPage('Active');
    const { user } = renderModule();
    const row = await findRow(disabled.name);

    await user.click(
      within(await findRow(active.name)).getByRole('button', { name: `Actions for ${active.name}` }),
    );
    expect(screen.queryByRole('menuitem', { name: 'Enable' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');

    await chooseFromRowMenu(user, disabled.name, 'Enable');
    expect(screen.queryByRole('menuitem', { name: 'Disable' })).not.toBeInTheDocument();
    const dialog = await findDialog('Enable API token?');
    expect(dialog).toHaveTextContent(`“${disabled.name}” (${disabled.id}) will be enabled.`);
    await user.click(within(dialog).getByRole('button', { name: 'Enable token' }));

    await expectMessage(`API token “${disabled.name}” enabled.`);
    expect(rowStatus(row)).toBe('Active');
    expect(mockBackend.db.getToken(disabled.id)?.status).toBe('Active');
  });

  it('deletes after a warning that it is permanent; the row goes at once and the totals shrink', async () => {
    const token = firstOnPage('Active', 1);
    const { user } = renderModule();
    await findRow(token.name);
    expect(screen.getByText('60 rows')).toBeInTheDocument();
    const remove = holdTokenRequest('delete', token.id);

    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await findDialog('Delete API token?');
    expect(dialog).toHaveTextContent(`“${token.name}” (${token.id}) will be deleted permanently.`);
    expect(dialog).toHaveTextContent('This cannot be undone');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));

    await waitFor(() => expect(queryRow(token.name)).not.toBeInTheDocument());
    expect(screen.getByText('59 rows')).toBeInTheDocument();
    expect(mockBackend.db.getToken(token.id)).toBeDefined();
    remove.release();

    await expectMessage(`API token “${token.name}” deleted.`);
    expect(mockBackend.db.getToken(token.id)).toBeUndefined();
    expect(screen.getByText('59 rows')).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Pagination' })).getByText('1–10 of 59 rows'),
    ).toBeInTheDocument();
  });

  it('puts a row back when the delete fails', async () => {
    const token = firstOnPage('Disabled');
    const { user } = renderModule();
    await findRow(token.name);
    mockBackend.setScenario({ failures: { delete: 500 } });

    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(`Could not delete “${token.name}”`);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(await findRow(token.name)).toBeInTheDocument();
    expect(screen.getByText('60 rows')).toBeInTheDocument();
    // The row came back as a new element: focus goes to its menu button, where the user started.
    await waitFor(async () => expect(await findRowMenuButton(token.name)).toHaveFocus());
  });

  it('deleting the last row of the last page does not leave the grid on an empty page', async () => {
    // 60 tokens, 25 a page: the third page holds 10. Remove nine so it holds one.
    for (const token of [...mockBackend.db.listTokens()].slice(0, 9)) mockBackend.db.deleteToken(token.id);
    const { user, currentLocation } = renderModule({ search: '?size=25&page=3&sort=name' });
    const last = [...mockBackend.db.listTokens()].sort((a, b) => a.name.localeCompare(b.name)).at(-1);
    if (!last) throw new Error('no tokens');
    await findRow(last.name);
    expect(
      within(screen.getByRole('navigation', { name: 'Pagination' })).getByText('51–51 of 51 rows'),
    ).toBeInTheDocument();

    await chooseFromRowMenu(user, last.name, 'Delete');
    await user.click(
      within(await findDialog('Delete API token?')).getByRole('button', { name: 'Delete token' }),
    );
    await expectMessage(`API token “${last.name}” deleted.`);

    // Back on the page that is now the last one, with the totals right.
    await waitFor(() => {
      expect(new URLSearchParams(currentLocation()?.search).get('page')).toBe('2');
      expect(
        within(screen.getByRole('navigation', { name: 'Pagination' })).getByText('26–50 of 50 rows'),
      ).toBeInTheDocument();
    });
    expect(screen.getByText('50 rows')).toBeInTheDocument();
    expect(queryRow(last.name)).not.toBeInTheDocument();
  });
});

describe('row menu: edit and duplicate', () => {
  it('Edit opens the edit dialog for that token and returns focus to the grid when closed', async () => {
    const token = firstOnPage('Active');
    const { user } = renderModule();
    await chooseFromRowMenu(user, token.name, 'Edit');
    // The dialog shows a loading state first, then the form (a new dialog element) once the token has loaded.
    await screen.findByRole('dialog', { name: 'Edit API token' });
    expect(await screen.findByRole('textbox', { name: /API token name/ })).toHaveValue(token.name);
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Edit API token' })).not.toBeInTheDocument(),
    );
    await waitFor(async () => expect(await findRowMenuButton(token.name)).toHaveFocus());
  });

  it('Duplicate opens the Add wizard from this token and keeps the grid view', async () => {
    const token = firstOnPage('Active');
    const { user, currentLocation } = renderModule({ search: '?status=Active' });
    await chooseFromRowMenu(user, token.name, 'Duplicate');
    await waitFor(() => expect(currentLocation()?.pathname).toBe('/portal/settings/api-tokens/new'));
    const params = new URLSearchParams(currentLocation()?.search);
    expect(params.get('from')).toBe(token.id);
    expect(params.get('status')).toBe('Active');
  });
});

describe('bulk actions', () => {
  it('disables the active ones among the selection, says how many apply, then one message', async () => {
    const actives = [firstOnPage('Active', 0), firstOnPage('Active', 1), firstOnPage('Active', 2)];
    const disabled = firstOnPage('Disabled');
    const { user } = renderModule();
    const bar = await selectRows(
      user,
      [...actives, disabled].map((t) => t.name),
    );
    // The mock holds every disable until the test lets them through, so the optimistic state can be checked
    // while none has landed, however slow the machine.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/:id/disable`, async () => {
        await held;
        return undefined;
      }),
    );

    await user.click(within(bar).getByRole('button', { name: 'Disable' }));
    const dialog = await findDialog('Disable 3 tokens?');
    expect(dialog).toHaveTextContent('3 of the 4 selected tokens are active and will be disabled.');
    expect(dialog).toHaveTextContent(
      'Integrations using them get errors until the tokens are enabled again.',
    );
    const list = within(dialog).getByRole('list', { name: 'Tokens this applies to' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(
      actives.map((t) => expect.stringMatching(new RegExp(`^${t.name} ${t.id}Active(Last used|Never used)`))),
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Disable 3 tokens' }));
    // Optimistic for all three while the requests run.
    for (const token of actives)
      await waitFor(async () => expect(rowStatus(await findRow(token.name))).toBe('Disabled'));
    expect(mockBackend.db.getToken(actives[2]?.id ?? '')?.status).toBe('Active');
    for (const token of actives) expect(mockBackend.db.getToken(token.id)?.status).toBe('Active');
    release();

    await expectMessage('3 tokens disabled');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    for (const token of actives) expect(mockBackend.db.getToken(token.id)?.status).toBe('Disabled');
    expect(mockBackend.db.getToken(disabled.id)?.status).toBe('Disabled');
    // The selection is cleared once the action ran.
    expect(screen.queryByRole('region', { name: 'Selected tokens' })).not.toBeInTheDocument();
  });

  it('partial failure: the dialog stays open, lists which failed and why, and can retry just those', async () => {
    const actives = [firstOnPage('Active', 0), firstOnPage('Active', 1), firstOnPage('Active', 2)];
    const failing = actives[1];
    if (!failing) throw new Error('seed');
    let refuse = true;
    server.use(
      http.post(`${TOKENS}/:id/disable`, ({ params }) =>
        refuse && params.id === failing.id
          ? HttpResponse.json(
              {
                title: 'Conflict',
                status: 409,
                detail: 'The token is in use by a running export.',
                traceId: '00-bulk-trace-00',
              },
              { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    );
    const notify = vi.fn();
    const { user } = renderModule({ config: { notify } });
    const bar = await selectRows(
      user,
      actives.map((t) => t.name),
    );

    await user.click(within(bar).getByRole('button', { name: 'Disable' }));
    const dialog = await findDialog('Disable 3 tokens?');
    expect(dialog).toHaveTextContent('All 3 selected tokens are active and will be disabled.');
    // The status line is there, empty, before the run: a live region announces only changes to one that exists.
    const status = within(dialog).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(within(dialog).getByRole('button', { name: 'Disable 3 tokens' }));

    const result = await findDialog('1 token could not be disabled');
    expect(result).toHaveTextContent('2 tokens disabled.');
    // The same status line says how the run ended; no notification repeats it over the open dialog.
    expect(result).toContainElement(status);
    expect(status).toHaveTextContent(
      '1 token could not be disabled. 2 tokens disabled. The tokens below are unchanged. You can try them again or close this dialog.',
    );
    expect(notify).not.toHaveBeenCalled();
    const failures = within(result).getByRole('list', { name: 'Tokens that failed' });
    const items = within(failures).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(failing.name);
    expect(items[0]).toHaveTextContent(failing.id);
    // The server's own sentence, marked as the API's language (English) for a page in another.
    expect(within(items[0]!).getByText('The token is in use by a running export.')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(items[0]).toHaveTextContent('00-bulk-trace-00');

    // The failed token went back; the others keep the change.
    expect(rowStatus(await findRow(failing.name))).toBe('Active');
    expect(rowStatus(await findRow(actives[0]?.name ?? ''))).toBe('Disabled');

    refuse = false;
    await user.click(within(result).getByRole('button', { name: 'Retry 1 token' }));
    // Closing, the dialog leaves it to the notification.
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(notify.mock.calls).toEqual([['1 token disabled', { tone: 'success' }]]);
    expect(mockBackend.db.getToken(failing.id)?.status).toBe('Disabled');
  });

  it('enables only the disabled ones and deletes all selected', async () => {
    const active = firstOnPage('Active', 0);
    const disabled = firstOnPage('Disabled', 0);
    const { user } = renderModule();
    let bar = await selectRows(user, [active.name, disabled.name]);

    await user.click(within(bar).getByRole('button', { name: 'Enable' }));
    let dialog = await findDialog('Enable 1 token?');
    expect(dialog).toHaveTextContent('1 of the 2 selected tokens is disabled and will be enabled.');
    await user.click(within(dialog).getByRole('button', { name: 'Enable 1 token' }));
    await expectMessage('1 token enabled');
    expect(mockBackend.db.getToken(disabled.id)?.status).toBe('Active');

    bar = await selectRows(user, [active.name, disabled.name]);
    await user.click(within(bar).getByRole('button', { name: 'Delete' }));
    dialog = await findDialog('Delete 2 tokens?');
    expect(dialog).toHaveTextContent('All 2 selected tokens will be deleted.');
    expect(dialog).toHaveTextContent('cannot be restored or reused');
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 tokens' }));
    await expectMessage('2 tokens deleted');
    expect(queryRow(active.name)).not.toBeInTheDocument();
    expect(queryRow(disabled.name)).not.toBeInTheDocument();
    expect(screen.getByText('58 rows')).toBeInTheDocument();
  });

  it('offers Enable or Disable only when a selected row can take it, as the row menu does', async () => {
    const actives = [firstOnPage('Active', 0), firstOnPage('Active', 1)];
    const disabled = firstOnPage('Disabled', 0);
    const { user } = renderModule();
    let bar = await selectRows(
      user,
      actives.map((t) => t.name),
    );
    const offered = () =>
      within(bar)
        .getAllByRole('button')
        .map((button) => button.textContent);
    expect(offered()).toEqual(['Disable', 'Delete', 'Clear selection']);

    bar = await selectRows(user, [disabled.name]);
    expect(offered()).toEqual(['Enable', 'Disable', 'Delete', 'Clear selection']);

    await user.click(within(bar).getByRole('button', { name: 'Clear selection' }));
    // The bar went with its button: focus is on the table, not on the page's top.
    await waitFor(() => expect(screen.getByRole('region', { name: 'API tokens table' })).toHaveFocus());
    bar = await selectRows(user, [disabled.name]);
    expect(offered()).toEqual(['Enable', 'Delete', 'Clear selection']);
  });
});

describe('a refusal that would come again', () => {
  /** The API's answer to a write it will never accept from this user. */
  const forbidden = () =>
    HttpResponse.json(
      { title: 'Forbidden', status: 403, detail: 'Forbidden', traceId: '00-forbidden-trace-00' },
      { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
    );

  it('a delete of a token deleted meanwhile elsewhere is done: the row goes, and no failure is reported', async () => {
    const token = firstOnPage('Disabled');
    const { user } = renderModule();
    await findRow(token.name);
    mockBackend.db.deleteToken(token.id);

    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    await expectMessage(`API token “${token.name}” deleted.`);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(queryRow(token.name)).not.toBeInTheDocument());
  });

  it('a bulk delete counts a token deleted meanwhile elsewhere as deleted', async () => {
    const first = firstOnPage('Active', 0);
    const gone = firstOnPage('Disabled', 0);
    const { user } = renderModule();
    const bar = await selectRows(user, [first.name, gone.name]);
    mockBackend.db.deleteToken(gone.id);

    await user.click(within(bar).getByRole('button', { name: 'Delete' }));
    const dialog = await findDialog('Delete 2 tokens?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 tokens' }));
    await expectMessage('2 tokens deleted');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(mockBackend.db.getToken(first.id)).toBeUndefined();
  });

  it('a delete refused for want of permission says so and offers no Try again, only Close', async () => {
    const token = firstOnPage('Disabled');
    mockBackend.setScenario({ failures: { delete: 403 } });
    const { user } = renderModule();
    await findRow(token.name);

    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('You do not have permission to do this.');
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Delete token' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(await findRow(token.name)).toBeInTheDocument();
    expect(mockBackend.db.getToken(token.id)).toBeTruthy();
  });

  it('a bulk run retries only the tokens a second try can help; with none left, it offers only Close', async () => {
    const actives = [firstOnPage('Active', 0), firstOnPage('Active', 1), firstOnPage('Active', 2)];
    const [, refused, failing] = actives;
    if (!refused || !failing) throw new Error('seed');
    let serverDown = true;
    server.use(
      http.post(`${TOKENS}/:id/disable`, ({ params }) => {
        if (params.id === refused.id) return forbidden();
        if (params.id === failing.id && serverDown) return new HttpResponse(null, { status: 503 });
        return undefined;
      }),
    );
    const { user } = renderModule();
    const bar = await selectRows(
      user,
      actives.map((t) => t.name),
    );
    await user.click(within(bar).getByRole('button', { name: 'Disable' }));
    await user.click(
      within(await findDialog('Disable 3 tokens?')).getByRole('button', { name: 'Disable 3 tokens' }),
    );

    // Both failures are listed; only the one the server may accept later is offered again.
    const result = await findDialog('2 tokens could not be disabled');
    const items = within(within(result).getByRole('list', { name: 'Tokens that failed' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining(refused.name),
      expect.stringContaining(failing.name),
    ]);
    expect(within(result).queryByRole('button', { name: 'Retry 2 tokens' })).not.toBeInTheDocument();
    serverDown = false;
    const calls = countStateRequests('disable');
    await user.click(within(result).getByRole('button', { name: 'Retry 1 token' }));
    // The refused one is left, and a second try would not help: only Close. The status line says what the retry
    // did.
    const left = await findDialog('1 token could not be disabled');
    expect(left).toHaveTextContent('trying again would not help');
    expect(calls).toEqual([`/public/v1/accounts/api-tokens/${failing.id}/disable`]);
    expect(
      within(left)
        .getAllByRole('status')
        .some((status) => status.textContent?.startsWith('1 token could not be disabled. 1 token disabled.')),
    ).toBe(true);
    expect(within(left).queryByRole('button', { name: /^Retry/ })).not.toBeInTheDocument();
    await user.click(within(left).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(mockBackend.db.getToken(refused.id)?.status).toBe('Active');
    expect(mockBackend.db.getToken(failing.id)?.status).toBe('Disabled');
  });
});
