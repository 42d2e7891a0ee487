import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TEST_API_BASE_URL, mockBackend, server } from '../../../mocks/node';
import { apiTokenQueries } from '../../../src/features/api-tokens/api/queries';
import { MOUNT_PATH, renderModule } from '../../support/render-module';
import { holdCreate } from './interrupted-support';
import {
  API_TOKENS_PATH,
  captureRequests,
  chooseModules,
  currentStep,
  fillGeneral,
  findWizard,
  goToOverview,
  next,
  pngFile,
  serializedQueryCache,
  installNodeFileApis,
} from './wizard-support';

installNodeFileApis();

const secureContext = Object.getOwnPropertyDescriptor(window, 'isSecureContext');
afterEach(() => {
  if (secureContext) Object.defineProperty(window, 'isSecureContext', secureContext);
  else delete (window as { isSecureContext?: boolean }).isSecureContext;
});

const SECRET_PATTERN = /^idt:TKN-\d{4}-\d{4}:.+/;

function problem(errors: unknown) {
  return HttpResponse.json(
    {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      detail: 'See the errors for the fields that need attention.',
      traceId: '00-trace-400-00',
      errors,
    },
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

describe('Add API token wizard: creating', () => {
  test('creates a token (JSON), shows the secret once, and keeps it out of every cache', async () => {
    const posts = captureRequests('POST', API_TOKENS_PATH);
    const before = mockBackend.db.tokenCount();
    const { user, queryClient, currentLocation } = renderModule({
      path: '/new',
      search: '?status=Active&q=nightly',
    });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: '  Nightly export  ', description: 'Pushes usage to the lake' });
    await next(user, dialog);
    await chooseModules(user, dialog, ['Billing', 'Orders']);
    await next(user, dialog);

    // Overview: read-only review of everything.
    await waitFor(() => expect(currentStep(dialog)).toContain('Overview'));
    const general = within(dialog).getByRole('region', { name: 'General' });
    expect(general).toHaveTextContent('Nightly export');
    expect(general).toHaveTextContent('Pushes usage to the lake');
    expect(general).toHaveTextContent('No logo');
    const modules = within(dialog).getByRole('region', { name: /Modules/ });
    expect(
      within(modules)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Billing'), expect.stringContaining('Orders')]);

    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Summary'));

    const [post] = await posts.all();
    expect(posts.count).toBe(1);
    expect(post?.contentType).toContain('application/json');
    expect(post?.body).toEqual({
      name: 'Nightly export',
      description: 'Pushes usage to the lake',
      modules: [{ id: 'MOD-2131' }, { id: 'MOD-2387' }],
    });
    expect(mockBackend.db.tokenCount()).toBe(before + 1);

    const secretField = within(dialog).getByRole('textbox', { name: 'API token' });
    const secret = (secretField as HTMLInputElement).value;
    expect(secret).toMatch(SECRET_PATTERN);
    expect(secretField).toHaveAttribute('readonly');
    expect(within(dialog).getByText(/only time the API token is shown/)).toBeInTheDocument();

    // jsdom does not say it is a secure context; the Clipboard API only exists in one.
    Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
    // Spied rather than read back: the test's Node Blob (see installNodeFileApis) is foreign to jsdom's clipboard stub.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    // One line that scrolls sideways: the value never wraps at an arbitrary character.
    expect(secretField.tagName).toBe('INPUT');
    await user.click(within(dialog).getByRole('button', { name: 'Copy API token' }));
    // "Copied" beside the value, visibly, in a status region screen readers announce.
    const copied = await within(dialog).findByText('Copied');
    expect(copied).toBeVisible();
    expect(copied).toHaveAttribute('role', 'status');
    expect(copied.previousElementSibling).toBe(
      within(dialog).getByRole('button', { name: 'Copy API token' }),
    );
    expect(writeText).toHaveBeenCalledWith(secret);

    // Not in the query cache, the mutation cache, the URL or storage.
    expect(serializedQueryCache(queryClient)).not.toContain(secret);
    const location = currentLocation();
    expect(`${location?.pathname}${location?.search}${location?.hash}`).not.toContain(secret.split(':')[2]);
    expect(JSON.stringify({ ...window.localStorage })).not.toContain(secret);
    expect(JSON.stringify({ ...window.sessionStorage })).not.toContain(secret);

    // The new token's detail is primed (without the secret) and the grid's lists were refetched with it.
    const createdId = secret.split(':')[1] ?? '';
    const client = { baseUrl: TEST_API_BASE_URL } as Parameters<typeof apiTokenQueries.detail>[0];
    expect(queryClient.getQueryData(apiTokenQueries.detail(client, createdId).queryKey)).toMatchObject({
      id: createdId,
      name: 'Nightly export',
    });
    expect(queryClient.getQueryData(apiTokenQueries.detail(client, createdId).queryKey)).not.toHaveProperty(
      'token',
    );

    // Close after creation just closes, back to the same grid view, which lists the new token.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add API token' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(currentLocation()?.pathname).toBe(MOUNT_PATH);
    expect(new URLSearchParams(currentLocation()?.search).get('status')).toBe('Active');
    expect(new URLSearchParams(currentLocation()?.search).get('q')).toBe('nightly');
    expect(await screen.findByRole('link', { name: 'Nightly export' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(secret);
    expect(serializedQueryCache(queryClient)).not.toContain(secret);
  });

  test('sends multipart with the logo when one was chosen; View details opens the new token', async () => {
    const posts = captureRequests('POST', API_TOKENS_PATH);
    // A view of its own under the dialog (the default view's address is empty), which View details hands on.
    const { user, currentLocation } = renderModule({ path: '/new', search: '?page=2' });
    const dialog = await findWizard();
    await user.upload(within(dialog).getByLabelText('Add logo'), pngFile('robot.png'));
    await goToOverview(user, dialog, 'Logo robot', ['Access Management', 'Helpdesk']);
    expect(within(dialog).getByRole('region', { name: 'General' })).toContainElement(
      within(dialog).getByRole('img', { name: 'Logo preview' }),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Summary'));
    const [post] = await posts.all();
    expect(post?.contentType).toMatch(/^multipart\/form-data/);
    expect(post?.body).toMatchObject({
      name: 'Logo robot',
      modules: [{ id: 'MOD-1756' }, { id: 'MOD-3587' }],
    });
    expect(post?.icon?.name).toBe('robot.png');
    expect(post?.icon?.type).toBe('image/png');

    const secret = (within(dialog).getByRole('textbox', { name: 'API token' }) as HTMLInputElement).value;
    const id = secret.split(':')[1] ?? '';
    expect(mockBackend.db.getToken(id)?.icon).toMatch(/\/icon/);

    await user.click(within(dialog).getByRole('button', { name: 'View details' }));
    await waitFor(() => expect(currentLocation()?.pathname).toMatch(new RegExp(`^${MOUNT_PATH}/${id}(/|$)`)));
    expect(currentLocation()?.state).toEqual({ gridSearch: '?page=2' });
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add API token' })).not.toBeInTheDocument(),
    );
    expect(document.body.textContent).not.toContain(secret);
  });

  test('runs of whitespace in the name are sent as one space and accents composed, as the Overview shows it', async () => {
    const posts = captureRequests('POST', API_TOKENS_PATH);
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    // With a decomposed accent ("e" and U+0301), as pasted from some sources: saved composed (U+00E9), as typed.
    await goToOverview(user, dialog, ' Nightly   export\u00A0\u3000bot Cafe\u0301 ', ['Billing']);
    const shown = within(within(dialog).getByRole('region', { name: 'General' })).getByText(/Nightly/);
    // Checked without the matcher's own whitespace folding: the Overview shows the name as it will be saved.
    expect(shown.textContent).toBe('Nightly export bot Caf\u00e9');

    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Summary'));
    const [post] = await posts.all();
    expect(post?.body).toMatchObject({ name: 'Nightly export bot Caf\u00e9' });
    expect(mockBackend.db.listTokens().some((token) => token.name === 'Nightly export bot Caf\u00e9')).toBe(
      true,
    );
  });

  test('double click and Enter on Add send one request', async () => {
    const posts = captureRequests('POST', API_TOKENS_PATH);
    const before = mockBackend.db.tokenCount();
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await goToOverview(user, dialog, 'Only once', ['Billing']);

    // The answer waits until the presses are done, however slow the machine.
    const create = holdCreate();
    const add = within(dialog).getByRole('button', { name: 'Add' });
    await user.dblClick(add);
    expect(add).toHaveAttribute('aria-busy', 'true');
    expect(within(dialog).getByText('Adding the API token…')).toBeInTheDocument();
    add.focus();
    await user.keyboard('{Enter}');
    await user.click(add);
    create.release();
    await waitFor(() => expect(currentStep(dialog)).toContain('Summary'));

    expect(posts.count).toBe(1);
    expect(mockBackend.db.tokenCount()).toBe(before + 1);
  });

  test('a server error keeps every field and shows the server message', async () => {
    mockBackend.setScenario({ failures: { create: 500 } });
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await user.upload(within(dialog).getByLabelText('Add logo'), pngFile('keep.png'));
    await fillGeneral(user, dialog, { name: 'Keep everything', description: 'Typed with care' });
    await next(user, dialog);
    await chooseModules(user, dialog, ['Catalog']);
    await next(user, dialog);
    await user.click(await within(dialog).findByRole('button', { name: 'Add' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not add the API token');
    expect(alert).toHaveTextContent('Something went wrong on the server. Try again in a moment.');
    expect(alert).toHaveTextContent(/Trace ID/);
    expect(currentStep(dialog)).toContain('Overview');

    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(await within(dialog).findByRole('checkbox', { name: 'Catalog' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue('Keep everything');
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue('Typed with care');
    expect(within(dialog).getByText('Chosen: keep.png')).toBeInTheDocument();

    // Once the server recovers, the same input goes through.
    mockBackend.reset();
    await next(user, dialog);
    await next(user, dialog);
    await user.click(await within(dialog).findByRole('button', { name: 'Add' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('Summary'));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  test('per-field 400 errors land on their fields and the wizard jumps to that step', async () => {
    server.use(
      http.post(
        `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`,
        () => problem({ name: ['An API token with this name already exists.'] }),
        { once: true },
      ),
    );
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await goToOverview(user, dialog, 'Duplicate name', ['Billing']);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() => expect(currentStep(dialog)).toContain('General'));
    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining('An API token with this name already exists.'),
    );
    expect(name).toHaveValue('Duplicate name');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Could not add the API token');
    // The server's words, under the field and in the panel's list, are marked as the API's language (English), so
    // a screen reader on a page in another language reads them with an English voice.
    const serverWords = within(dialog).getAllByText('An API token with this name already exists.');
    expect(serverWords).toHaveLength(2);
    for (const words of serverWords) expect(words).toHaveAttribute('lang', 'en');

    // Fixing the field clears its message; the rest of the input is still there.
    await user.type(name, ' 2');
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
    await next(user, dialog);
    expect(await within(dialog).findByRole('checkbox', { name: 'Billing' })).toBeChecked();
  });

  test('a 400 about the name and the modules: the modules message waits on its step after the name is fixed', async () => {
    server.use(
      http.post(
        `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`,
        () =>
          problem({
            name: ['An API token with this name already exists.'],
            modules: ['Module MOD-2131 is not enabled for the account.'],
          }),
        { once: true },
      ),
    );
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await goToOverview(user, dialog, 'Two troubles', ['Billing']);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() => expect(currentStep(dialog)).toContain('General'));
    const steps = within(dialog).getByRole('list', { name: 'Steps' });
    // Both steps with a message say so in the step list.
    expect(
      within(steps)
        .getByText(/^General/)
        .closest('li'),
    ).toHaveTextContent('(has errors)');
    expect(
      within(steps)
        .getByText(/^Modules/)
        .closest('li'),
    ).toHaveTextContent('(has errors)');

    const name = within(dialog).getByRole('textbox', { name: 'API token name' });
    await user.type(name, ' 2');
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
    await next(user, dialog);

    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
    const billing = await within(dialog).findByRole('checkbox', { name: 'Billing' });
    expect(billing).toHaveAttribute('aria-invalid', 'true');
    expect(billing).toHaveAccessibleDescription(
      expect.stringContaining('Module MOD-2131 is not enabled for the account.'),
    );
    expect(
      within(steps)
        .getByText(/^General/)
        .closest('li'),
    ).not.toHaveTextContent('(has errors)');
    expect(
      within(steps)
        .getByText(/^Modules/)
        .closest('li'),
    ).toHaveTextContent('(has errors)');
  });

  test('a 400 about modules (array shape) jumps to Modules; one about description to General', async () => {
    server.use(
      http.post(
        `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`,
        () =>
          problem([
            {
              id: 'modules.unknown',
              message: 'Module MOD-2131 is not enabled for the account.',
              properties: ['modules'],
            },
          ]),
        { once: true },
      ),
    );
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await goToOverview(user, dialog, 'Module trouble', ['Billing']);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
    const first = (await within(dialog).findAllByRole('checkbox'))[0];
    await waitFor(() => expect(first).toHaveFocus());
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(first).toHaveAccessibleDescription(
      expect.stringContaining('Module MOD-2131 is not enabled for the account.'),
    );

    server.use(
      http.post(
        `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`,
        () => problem({ Description: ['Description contains forbidden words.'] }),
        { once: true },
      ),
    );
    await next(user, dialog);
    await user.click(await within(dialog).findByRole('button', { name: 'Add' }));
    await waitFor(() => expect(currentStep(dialog)).toContain('General'));
    const description = within(dialog).getByRole('textbox', { name: 'Description' });
    await waitFor(() => expect(description).toHaveFocus());
    expect(description).toHaveAccessibleDescription(
      expect.stringContaining('Description contains forbidden words.'),
    );
  });

  test('a 400 about one module of the list (keyed by its place in it) lands on the Modules step', async () => {
    server.use(
      http.post(
        `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`,
        () => problem({ 'Modules[1].Id': ['Module MOD-2219 is not available for this account type.'] }),
        { once: true },
      ),
    );
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await goToOverview(user, dialog, 'Per module', ['Billing', 'Catalog']);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await waitFor(() => expect(currentStep(dialog)).toContain('Modules'));
    const first = (await within(dialog).findAllByRole('checkbox'))[0];
    await waitFor(() => expect(first).toHaveFocus());
    expect(first).toHaveAccessibleDescription(
      expect.stringContaining('Module MOD-2219 is not available for this account type.'),
    );
    expect(await within(dialog).findByRole('checkbox', { name: 'Catalog' })).toBeChecked();
  });
});

describe('Add API token wizard: closing', () => {
  test('with nothing entered, Escape closes at once and returns to the same grid view', async () => {
    const { user, currentLocation } = renderModule({ path: '/new', search: '?status=Disabled&size=25' });
    await findWizard();
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add API token' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(currentLocation()?.pathname).toBe(MOUNT_PATH);
    expect(currentLocation()?.search).toBe('?status=Disabled&size=25');
    // Opened from its address, the wizard had nothing to hand focus back to: the grid's heading takes it.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'API tokens' })).toHaveFocus());
  });

  test('with unsaved input, Close and Escape ask before discarding', async () => {
    const { user, currentLocation } = renderModule({ path: '/new', search: '?q=robot' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'Half done' });

    await user.keyboard('{Escape}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within(dialog).getByRole('textbox', { name: 'API token name' })).toHaveValue('Half done');
    expect(currentLocation()?.pathname).toBe(`${MOUNT_PATH}/new`);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const again = await screen.findByRole('alertdialog', { name: 'Discard changes?' });
    await user.click(within(again).getByRole('button', { name: 'Discard' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add API token' })).not.toBeInTheDocument(),
    );
    expect(currentLocation()?.pathname).toBe(MOUNT_PATH);
    expect(currentLocation()?.search).toBe('?q=robot');
  });

  test('a chosen module alone counts as unsaved input', async () => {
    const { user } = renderModule({ path: '/new' });
    const dialog = await findWizard();
    await fillGeneral(user, dialog, { name: 'x' });
    await next(user, dialog);
    await chooseModules(user, dialog, ['Billing']);
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    await user.clear(within(dialog).getByRole('textbox', { name: 'API token name' }));
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('alertdialog', { name: 'Discard changes?' })).toBeInTheDocument();
  });
});
