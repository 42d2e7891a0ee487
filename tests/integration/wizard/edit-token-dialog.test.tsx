import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { TEST_API_BASE_URL, mockBackend, server } from '../../../mocks/node';
import { LOADING_PATIENCE_MS } from '../../../src/components/ui/step-dialog';
import { apiTokenQueries } from '../../../src/features/api-tokens/api/queries';
import type { ApiClient } from '../../../src/lib/api-client';
import type { ApiToken, ApiTokenCollection } from '../../../src/features/api-tokens/api/types';
import { renderModule } from '../../support/render-module';
import { holdAnswer } from '../../support/hold-answer';
import { chooseFromRowMenu, findRow } from '../actions/action-helpers';
import {
  captureRequests,
  pngFile,
  renderEditDialog,
  serializedQueryCache,
  tokenPath,
  installNodeFileApis,
} from './wizard-support';

installNodeFileApis();

// Query keys do not include the client, so any stand-in reads the same cache entries.
const client = { baseUrl: TEST_API_BASE_URL } as ApiClient;

function seeded(
  predicate: (token: ReturnType<typeof mockBackend.db.listTokens>[number]) => boolean = () => true,
) {
  const token = mockBackend.db.listTokens().find(predicate);
  if (!token) throw new Error('no seeded token matches');
  return token;
}

async function findEditDialog() {
  // While the token loads the dialog shows a loading frame; the form takes its place once it is there.
  await screen.findByRole('textbox', { name: 'API token name' });
  return screen.getByRole('dialog', { name: 'Edit API token' });
}

async function save(user: ReturnType<typeof renderEditDialog>['user'], dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
}

describe('Edit API token dialog', () => {
  test('stays one dialog while the token loads, then moves focus into the form', async () => {
    const token = seeded();
    const read = holdAnswer('get', `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${token.id}`);
    renderEditDialog({ token: { id: token.id, name: token.name } });
    const loading = await screen.findByRole('dialog', { name: 'Edit API token' });
    expect(within(loading).getByRole('status', { name: 'Loading the API token…' })).toBeInTheDocument();
    read.release();

    const name = await within(loading).findByRole('textbox', { name: 'API token name' });
    // The same element: assistive technology is not told about a second dialog, and nothing flickers.
    expect(screen.getByRole('dialog', { name: 'Edit API token' })).toBe(loading);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    await waitFor(() => expect(name).toHaveFocus());
  });

  test('says so when the token takes longer than usual to load, and shows the form once it is in', async () => {
    const token = seeded();
    const read = holdAnswer('get', `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${token.id}`);
    // Only the test moves the clock: the dialog's patience runs out when the test says, never by itself.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    renderEditDialog({ token: { id: token.id, name: token.name } });
    const status = screen.getByRole('status', { name: 'Loading the API token…' });
    await act(() => vi.advanceTimersByTimeAsync(LOADING_PATIENCE_MS - 1));
    expect(status).not.toHaveTextContent(/./);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(status).toHaveTextContent(
      'Loading the API token is taking longer than usual. You can keep waiting, or close and try again later.',
    );

    read.release();
    vi.useRealTimers();
    expect(await screen.findByRole('textbox', { name: 'API token name' })).toHaveValue(token.name);
    expect(screen.queryByText(/taking longer than usual/)).not.toBeInTheDocument();
  });

  test('names a token with a 255-character name in its subtitle by the first 80, the field holding it whole', async () => {
    const token = seeded();
    const long = `${'Long name '.repeat(25)}tail!`;
    mockBackend.db.updateToken(token.id, { name: long });
    renderEditDialog({ token: { id: token.id, name: long } });
    const dialog = await findEditDialog();
    expect(await within(dialog).findByRole('textbox', { name: 'API token name' })).toHaveValue(long);
    expect(dialog).toHaveAccessibleDescription(`${long.slice(0, 79)}… · ${token.id}`);
  });

  test('shows the token with General and Modules reachable in any order', async () => {
    const token = seeded((t) => t.modules.length >= 2);
    const { user } = renderEditDialog({ token: { id: token.id, name: token.name } });
    const dialog = await findEditDialog();
    expect(dialog).toHaveAccessibleDescription(`${token.name} · ${token.id}`);
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue(token.name);
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue(token.description ?? '');

    const steps = within(dialog).getByRole('list', { name: 'Steps' });
    expect(within(steps).getByRole('button', { name: /General/ })).toHaveAttribute('aria-current', 'step');
    await user.click(within(steps).getByRole('button', { name: /Modules/ }));
    expect(within(steps).getByRole('button', { name: /Modules/ })).toHaveAttribute('aria-current', 'step');
    for (const module of token.modules)
      expect(await within(dialog).findByRole('checkbox', { name: module.name })).toBeChecked();
    await user.click(within(steps).getByRole('button', { name: /General/ }));
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue(token.name);
    // Save is there on every step; there is no Next.
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
  });

  test('Save sends only the changed name, updates the caches, says so and closes', async () => {
    const token = seeded((t) => !!t.description);
    const puts = captureRequests('PUT', tokenPath(token.id));
    const { user, queryClient, notify, onOpenChange } = renderEditDialog({
      token: { id: token.id, name: token.name },
    });
    // A grid page that shows the token (not on screen, so it is patched rather than refetched).
    const listKey = apiTokenQueries.list(client, 'limit=10&offset=0').queryKey;
    const otherRow: ApiToken = { id: 'TKN-9999-9999', name: 'Other' };
    queryClient.setQueryData<ApiTokenCollection>(listKey, {
      data: [{ id: token.id, name: token.name, status: token.status }, otherRow],
    });

    const dialog = await findEditDialog();
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await user.clear(name);
    await user.type(name, '  Renamed robot ');
    await save(user, dialog);

    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    const [put] = await puts.all();
    expect(puts.count).toBe(1);
    expect(put?.contentType).toContain('application/json');
    expect(put?.body).toEqual({ name: 'Renamed robot' });
    expect(mockBackend.db.getToken(token.id)?.name).toBe('Renamed robot');
    expect(notify).toHaveBeenCalledWith('API token “Renamed robot” was saved.', { tone: 'success' });

    const detail = queryClient.getQueryData<ApiToken>(apiTokenQueries.detail(client, token.id).queryKey);
    expect(detail?.name).toBe('Renamed robot');
    expect(detail?.description).toBe(token.description);
    expect(detail).not.toHaveProperty('token');
    const page = queryClient.getQueryData<ApiTokenCollection>(listKey);
    expect(page?.data).toEqual([
      expect.objectContaining({ id: token.id, name: 'Renamed robot', status: token.status }),
      otherRow,
    ]);
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(true);
  });

  test('changed modules and a cleared description are the only fields sent', async () => {
    const token = seeded(
      (t) => !!t.description && t.modules.length >= 2 && !t.modules.some((m) => m.id === 'MOD-2131'),
    );
    const puts = captureRequests('PUT', tokenPath(token.id));
    const { user } = renderEditDialog({ token: { id: token.id } });
    const dialog = await findEditDialog();
    await user.clear(within(dialog).getByRole('textbox', { name: 'Description' }));
    await user.click(within(dialog).getByRole('button', { name: /Modules/ }));
    const [first, ...rest] = token.modules;
    await user.click(await within(dialog).findByRole('checkbox', { name: first?.name }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Billing' }));
    await save(user, dialog);

    await waitFor(() => expect(puts.count).toBe(1));
    const [put] = await puts.all();
    expect(put?.body).toEqual({
      description: null,
      modules: [...rest.map((m) => ({ id: m.id })), { id: 'MOD-2131' }],
    });
  });

  test('removing the logo sends icon: null; a new logo goes as multipart', async () => {
    const token = seeded((t) => !!t.icon);
    const puts = captureRequests('PUT', tokenPath(token.id));
    const first = renderEditDialog({ token: { id: token.id } });
    let dialog = await findEditDialog();
    expect(within(dialog).getByRole('img', { name: 'Logo preview' })).toBeInTheDocument();
    await first.user.click(within(dialog).getByRole('button', { name: 'Remove logo' }));
    await save(first.user, dialog);
    await waitFor(() => expect(first.onOpenChange).toHaveBeenCalledWith(false));
    expect((await puts.all())[0]?.body).toEqual({ icon: null });
    expect(mockBackend.db.getToken(token.id)?.icon).toBeNull();
    first.unmount();

    const second = renderEditDialog({ token: { id: token.id } });
    dialog = await findEditDialog();
    await second.user.upload(within(dialog).getByLabelText('Add logo'), pngFile('fresh.png'));
    await save(second.user, dialog);
    await waitFor(() => expect(second.onOpenChange).toHaveBeenCalledWith(false));
    const put = (await puts.all())[1];
    expect(put?.contentType).toMatch(/^multipart\/form-data/);
    expect(put?.body).toEqual({});
    expect(put?.icon?.name).toBe('fresh.png');
    expect(mockBackend.db.getToken(token.id)?.icon).toMatch(/\/icon/);
  });

  test('nothing changed: no request, the dialog just closes', async () => {
    const token = seeded();
    const puts = captureRequests('PUT', tokenPath(token.id));
    const { user, onOpenChange, notify } = renderEditDialog({ token: { id: token.id } });
    const dialog = await findEditDialog();
    // Whitespace around the same name is no change.
    await user.type(within(dialog).getByRole('textbox', { name: 'API token name' }), '  ');
    await save(user, dialog);
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(puts.count).toBe(0);
    expect(notify).toHaveBeenCalledWith('Nothing has changed.', { tone: 'info' });
  });

  test('runs of whitespace in a new name are saved as one space, as the name is shown', async () => {
    const token = seeded();
    const puts = captureRequests('PUT', tokenPath(token.id));
    const { user, onOpenChange } = renderEditDialog({ token: { id: token.id } });
    const dialog = await findEditDialog();
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await user.clear(name);
    // Two spaces, a tab and a no-break space: HTML would show each run as one space.
    await user.type(name, 'Build  bot\t\u00A0two');
    await save(user, dialog);

    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    const [put] = await puts.all();
    expect(put?.body).toEqual({ name: 'Build bot two' });
    expect(mockBackend.db.getToken(token.id)?.name).toBe('Build bot two');
  });

  test('hints that another token has the typed name, never the token being edited', async () => {
    // The edited token is the first in the store, so a check that did not leave it out would find it first.
    const [own, other] = mockBackend.db.listTokens();
    if (!own || !other) throw new Error('seed');
    mockBackend.db.updateToken(own.id, { name: 'Shared name' });
    mockBackend.db.updateToken(other.id, { name: 'Shared name' });
    const { user } = renderEditDialog({ token: { id: own.id } });
    const dialog = await findEditDialog();
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });

    // Another case and spacing is a new name, and it is another token's as saved: a hint, not an error.
    await user.clear(name);
    await user.type(name, 'shared  NAME');
    const hint = await within(dialog).findByText(
      `A token named “Shared name” already exists (${other.id}). You can still use this name; a different one makes the tokens easier to tell apart.`,
    );
    expect(hint).toHaveAttribute('role', 'status');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('already exists'));
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  test('says nothing about the name while it is the token’s own, though another token has it too', async () => {
    const [own, other] = mockBackend.db.listTokens();
    if (!own || !other) throw new Error('seed');
    mockBackend.db.updateToken(own.id, { name: 'Shared name' });
    mockBackend.db.updateToken(other.id, { name: 'Shared name' });
    const { queryClient } = renderEditDialog({ token: { id: own.id } });
    const dialog = await findEditDialog();
    // The name is checked as soon as the form shows it, with no typing to wait for: once every request the form
    // started has been answered and drawn, a hint would be on screen.
    await act(async () => {});
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(within(dialog).queryByText(/already exists/)).not.toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).not.toHaveAccessibleDescription(
      expect.stringContaining('already exists'),
    );
  });

  test('validation: an empty name or no module blocks Save and shows where', async () => {
    const token = seeded();
    const puts = captureRequests('PUT', tokenPath(token.id));
    const { user } = renderEditDialog({ token: { id: token.id } });
    const dialog = await findEditDialog();
    await user.clear(within(dialog).getByRole('textbox', { name: 'API token name' }));
    await user.click(within(dialog).getByRole('button', { name: /Modules/ }));
    await within(dialog).findAllByRole('checkbox');
    await user.click(within(dialog).getByRole('button', { name: 'Select none' }));
    await save(user, dialog);

    // The first invalid field is on General: the dialog goes there and focuses it.
    const name = await within(dialog).findByRole('textbox', { name: 'API token name' });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Enter a name for the API token.'));
    const steps = within(dialog).getByRole('list', { name: 'Steps' });
    expect(within(steps).getByRole('button', { name: /Modules.*has errors/ })).toBeInTheDocument();

    await user.type(name, 'Back again');
    await save(user, dialog);
    const first = (await within(dialog).findAllByRole('checkbox'))[0];
    await waitFor(() => expect(first).toHaveFocus());
    expect(within(dialog).getByText('Choose at least one module.')).toBeInTheDocument();
    expect(puts.count).toBe(0);
  });

  test('a double click on Save sends one request', async () => {
    const token = seeded();
    const puts = captureRequests('PUT', tokenPath(token.id));
    const { user, onOpenChange } = renderEditDialog({ token: { id: token.id } });
    const dialog = await findEditDialog();
    await user.type(within(dialog).getByRole('textbox', { name: 'API token name' }), ' v2');
    // The answer waits until the presses are done, however slow the machine; then the mock's own handler answers.
    const save = holdAnswer('put', `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/${token.id}`);
    const button = within(dialog).getByRole('button', { name: 'Save' });
    await user.dblClick(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    await user.keyboard('{Enter}');
    save.release();
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(puts.count).toBe(1);
  });

  test('a server error keeps the input open; a 400 lands on its field and step', async () => {
    const token = seeded();
    mockBackend.setScenario({ failures: { update: 500 } });
    const { user, onOpenChange } = renderEditDialog({ token: { id: token.id } });
    const dialog = await findEditDialog();
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await user.clear(name);
    await user.type(name, 'Will fail');
    await save(user, dialog);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not save the changes');
    expect(alert).toHaveTextContent('Something went wrong on the server.');
    expect(name).toHaveValue('Will fail');
    expect(onOpenChange).not.toHaveBeenCalled();

    mockBackend.reset();
    server.use(
      http.put(
        `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/:id`,
        () =>
          HttpResponse.json(
            {
              title: 'One or more validation errors occurred.',
              status: 400,
              traceId: 't',
              errors: { modules: ['Module MOD-1756 cannot be used by API tokens.'] },
            },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    await save(user, dialog);
    const first = (await within(dialog).findAllByRole('checkbox'))[0];
    await waitFor(() => expect(first).toHaveFocus());
    expect(first).toHaveAccessibleDescription(
      expect.stringContaining('Module MOD-1756 cannot be used by API tokens.'),
    );
    expect(within(dialog).getByRole('button', { name: /Modules/ })).toHaveAttribute('aria-current', 'step');
  });

  test('closing with changes asks first; without changes it closes at once', async () => {
    const token = seeded();
    const { user, onOpenChange } = renderEditDialog({ token: { id: token.id } });
    const dialog = await findEditDialog();
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), ' more');
    await user.keyboard('{Escape}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    expect(onOpenChange).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(
      within(await screen.findByRole('alertdialog', { name: 'Discard changes?' })).getByRole('button', {
        name: 'Discard',
      }),
    );
    expect(onOpenChange).toHaveBeenCalledWith(false);

    const other = renderEditDialog({ token: { id: token.id } });
    await findEditDialog();
    await other.user.keyboard('{Escape}');
    expect(other.onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(serializedQueryCache(other.queryClient)).not.toContain('idt:');
  });

  test('from the grid row menu: the row shows the new name and modules without a refresh', async () => {
    const token = [...mockBackend.db.listTokens()].sort((a, b) =>
      b.audit.created.at.localeCompare(a.audit.created.at),
    )[0];
    if (!token) throw new Error('seed');
    const { user } = renderModule();
    await findRow(token.name);
    await chooseFromRowMenu(user, token.name, 'Edit');
    const dialog = await findEditDialog();
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await user.clear(name);
    await user.type(name, 'Edited from the grid');
    await user.click(within(dialog).getByRole('button', { name: /Modules/ }));
    await within(dialog).findAllByRole('checkbox');
    await user.click(within(dialog).getByRole('button', { name: 'Select none' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Billing' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Edit API token' })).not.toBeInTheDocument(),
    );
    const row = await findRow('Edited from the grid');
    expect(row).toHaveTextContent('Billing');
    expect(await screen.findAllByText('API token “Edited from the grid” was saved.')).not.toHaveLength(0);
  });

  test('from the detail page: the page shows the new values after Save', async () => {
    const token = seeded((t) => t.status === 'Active');
    const { user } = renderModule({ path: `/${token.id}` });
    await screen.findByRole('heading', { name: token.name });
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await findEditDialog();
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await user.clear(name);
    await user.type(name, 'Edited on the detail page');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'Edited on the detail page' })).toBeInTheDocument();
  });
});
