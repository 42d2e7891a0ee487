import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { MemoryRouter, useLocation, useNavigate, type NavigateFunction } from 'react-router';
import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { TEST_API_BASE_URL, mockBackend, server } from '../../../mocks/node';
import type { ApiTokensConfig } from '../../../src/embed';
import {
  PORTAL_MODULE_PATH,
  PortalDataRouterHost,
  PortalHostRoutes,
  createPortalDataRouter,
} from '../../host/portal-host';
import { TEST_ACCESS_TOKEN } from '../../support/render-module';
import { API_TOKENS_PATH, findWizard, goToOverview, serializedQueryCache } from './wizard-support';

// docs/product-rules.md, 'The secret': a create the user walks away from (Back, a link, the host navigating)
// still ends with its secret shown exactly once, wherever the user now is in the module; only when the module
// itself is gone does the host's notify hear of it, with the new token's ID and never its secret.

const TOKENS_URL = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
const WAIT = { timeout: 10_000 };

/** The mock holds the create's answer until `release()`; `secret` is the value its answer carried. */
function holdCreate() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  onTestFinished(() => release());
  let arrived = false;
  server.use(
    http.post(TOKENS_URL, async () => {
      arrived = true;
      await held;
      // Nothing returned: the mock's own handler answers, creating the token now.
      return undefined;
    }),
  );
  const secret = new Promise<string>((resolve) => {
    const listener = ({ request, response }: { request: Request; response: Response }) => {
      if (request.method !== 'POST' || !API_TOKENS_PATH.test(new URL(request.url).pathname)) return;
      if (!response.ok) return;
      void response
        .clone()
        .json()
        .then((body: { token?: string }) => resolve(body.token ?? ''));
    };
    server.events.on('response:mocked', listener);
    onTestFinished(() => server.events.removeListener('response:mocked', listener));
  });
  return { release, arrived: () => arrived, secret };
}

/** Whether closing or reloading the tab would ask first. */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function hostQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

function hostConfig(queryClient: QueryClient) {
  const notify = vi.fn<NonNullable<ApiTokensConfig['notify']>>();
  const config: ApiTokensConfig = {
    apiBaseUrl: TEST_API_BASE_URL,
    getAccessToken: () => TEST_ACCESS_TOKEN,
    queryClient,
    notify,
    locale: 'en-GB',
    timeZone: 'UTC',
  };
  return { config, notify };
}

interface Mounted {
  /** The host's router: `go(-1)` is the browser's Back, a path is the host (or a link) navigating. */
  go: (to: string | number) => Promise<void>;
  pathname: () => string;
  queryClient: QueryClient;
  notify: ReturnType<typeof hostConfig>['notify'];
}

/** `<ApiTokensModule>` under the portal's splat route (component routes). */
function mountAsComponent(): Mounted {
  const queryClient = hostQueryClient();
  const { config, notify } = hostConfig(queryClient);
  const host: { navigate: NavigateFunction | null; pathname: string } = { navigate: null, pathname: '' };
  function HostRouter() {
    host.navigate = useNavigate();
    host.pathname = useLocation().pathname;
    return null;
  }
  render(
    <MemoryRouter initialEntries={['/portal/home', PORTAL_MODULE_PATH]} initialIndex={1}>
      <PortalHostRoutes config={config} queryClient={queryClient} />
      <HostRouter />
    </MemoryRouter>,
  );
  return {
    go: async (to) => {
      await act(async () => {
        if (typeof to === 'number') await host.navigate?.(to);
        else await host.navigate?.(to);
      });
    },
    pathname: () => host.pathname,
    queryClient,
    notify,
  };
}

/** `createApiTokensRoutes` in the portal's data router. */
function mountAsDataRoutes(): Mounted {
  const queryClient = hostQueryClient();
  const { config, notify } = hostConfig(queryClient);
  const router = createPortalDataRouter(config, queryClient, PORTAL_MODULE_PATH);
  render(<PortalDataRouterHost router={router} />);
  return {
    go: async (to) => {
      await act(async () => {
        if (typeof to === 'number') await router.navigate(to);
        else await router.navigate(to);
      });
    },
    pathname: () => router.state.location.pathname,
    queryClient,
    notify,
  };
}

/** From the grid: Add, fill in the wizard, press Add; resolves once the create is at the (held) server. */
async function startCreate(name: string, hold: ReturnType<typeof holdCreate>) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('link', { name: 'Add' }, WAIT));
  const dialog = await findWizard();
  await goToOverview(user, dialog, name, ['Billing']);
  expect(leavingAsks()).toBe(false);
  await user.click(within(dialog).getByRole('button', { name: 'Add' }));
  await waitFor(() => expect(hold.arrived()).toBe(true), WAIT);
  return { user, dialog };
}

function createdToken(name: string) {
  return mockBackend.db.listTokens().find((token) => token.name === name);
}

const mountings = [
  { style: 'component routes (<ApiTokensModule>)', mount: mountAsComponent },
  { style: 'data router (createApiTokensRoutes)', mount: mountAsDataRoutes },
];

describe.each(mountings)('an interrupted create, $style', ({ mount }) => {
  test('Back while the create runs: the summary shows over the grid, with the secret, exactly once', async () => {
    const hold = holdCreate();
    const module = mount();
    const { user } = await startCreate('Interrupted by Back', hold);
    // Closing or reloading the tab now would lose the secret: the browser asks first.
    expect(leavingAsks()).toBe(true);

    await module.go(-1);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add API token' })).toBeNull(), WAIT);
    expect(module.pathname()).toBe(PORTAL_MODULE_PATH);
    hold.release();
    const secret = await hold.secret;
    expect(secret).toMatch(/^idt:TKN-\d{4}-\d{4}:.+/);

    const summary = await screen.findByRole('dialog', { name: 'Add API token' }, WAIT);
    expect(within(summary).getByRole('heading', { name: /API token added/ })).toBeInTheDocument();
    const token = createdToken('Interrupted by Back');
    expect(token?.status).toBe('Active');
    expect(summary).toHaveTextContent(`“Interrupted by Back” (${token?.id}) was added.`);
    // Once: one dialog, one field with the value, and the grid behind it (the user stays where they went).
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    const fields = screen.getAllByRole('textbox', { name: 'API token' });
    expect(fields).toHaveLength(1);
    expect(fields[0]).toHaveValue(secret);
    expect(module.pathname()).toBe(PORTAL_MODULE_PATH);
    expect(leavingAsks()).toBe(false);

    // The same summary as the wizard's: Close before copying asks first.
    await user.click(within(summary).getByRole('button', { name: 'Close' }));
    const question = await screen.findByRole('alertdialog', { name: 'Close without copying the API token?' });
    await user.click(within(question).getByRole('button', { name: 'Close anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), WAIT);

    // Gone for good: not on the page, not in any cache, never told to the host.
    expect(await screen.findByRole('link', { name: 'Interrupted by Back' }, WAIT)).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(secret);
    expect(serializedQueryCache(module.queryClient)).not.toContain(secret);
    expect(JSON.stringify(module.notify.mock.calls)).not.toContain(secret);
  });

  test('the host navigates to another token while the create runs: the summary shows there', async () => {
    const hold = holdCreate();
    const module = mount();
    const { user } = await startCreate('Interrupted by a link', hold);
    const other = mockBackend.db.listTokens()[0];
    if (!other?.id || !other.name) throw new Error('seed');

    await module.go(`${PORTAL_MODULE_PATH}/${other.id}`);
    expect(await screen.findByRole('heading', { name: other.name, level: 1 }, WAIT)).toBeInTheDocument();
    hold.release();
    const secret = await hold.secret;

    const summary = await screen.findByRole('dialog', { name: 'Add API token' }, WAIT);
    expect(screen.getAllByRole('textbox', { name: 'API token' })).toHaveLength(1);
    expect(within(summary).getByRole('textbox', { name: 'API token' })).toHaveValue(secret);
    expect(module.pathname()).toMatch(new RegExp(`^${PORTAL_MODULE_PATH}/${other.id}`));

    // View details opens the new token's page from wherever the user was.
    const created = createdToken('Interrupted by a link');
    await user.click(within(summary).getByRole('button', { name: 'View details' }));
    await waitFor(() =>
      expect(module.pathname()).toMatch(new RegExp(`^${PORTAL_MODULE_PATH}/${created?.id}`)),
    );
    expect(
      await screen.findByRole('heading', { name: 'Interrupted by a link', level: 1 }, WAIT),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.body.innerHTML).not.toContain(secret);
  });

  test('the module is unmounted while the create runs: the host is warned, with the ID and without the secret', async () => {
    const hold = holdCreate();
    const module = mount();
    await startCreate('Interrupted by leaving', hold);

    await module.go('/portal/home');
    expect(await screen.findByRole('heading', { name: 'Welcome to the portal' }, WAIT)).toBeInTheDocument();
    // The request is still in flight: closing the tab still asks.
    expect(leavingAsks()).toBe(true);
    hold.release();
    const secret = await hold.secret;

    await waitFor(() => expect(module.notify).toHaveBeenCalledTimes(1), WAIT);
    const token = createdToken('Interrupted by leaving');
    expect(token?.status).toBe('Active');
    const [message, options] = module.notify.mock.calls[0] ?? [];
    expect(options).toEqual({ tone: 'warning' });
    expect(message).toContain(token?.id);
    expect(message).toMatch(/cannot be shown again/);
    expect(message).toMatch(/Delete or rotate/);
    expect(message).not.toContain(secret);
    expect(leavingAsks()).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.body.innerHTML).not.toContain(secret);
  });
});

describe('a create that is not interrupted', () => {
  test('shows its summary in the wizard only, and asks before leaving only while it runs', async () => {
    const hold = holdCreate();
    const module = mountAsComponent();
    await startCreate('Not interrupted', hold);
    expect(leavingAsks()).toBe(true);
    hold.release();
    const secret = await hold.secret;

    const wizard = await findWizard();
    await waitFor(
      () => expect(within(wizard).getByRole('textbox', { name: 'API token' })).toHaveValue(secret),
      WAIT,
    );
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(screen.getAllByRole('textbox', { name: 'API token' })).toHaveLength(1);
    expect(module.pathname()).toBe(`${PORTAL_MODULE_PATH}/new`);
    expect(leavingAsks()).toBe(false);
    expect(module.notify).not.toHaveBeenCalled();
  });

  test('a create that fails after the user left says so through notify', async () => {
    server.use(http.post(TOKENS_URL, () => new Response(null, { status: 503 })));
    const hold = holdCreate();
    const module = mountAsComponent();
    await startCreate('Failed after leaving', hold);
    await module.go(-1);
    hold.release();
    await waitFor(() => expect(module.notify).toHaveBeenCalledTimes(1), WAIT);
    expect(module.notify.mock.calls[0]?.[0]).toContain('“Failed after leaving” was not added.');
    expect(module.notify.mock.calls[0]?.[1]).toEqual({ tone: 'error' });
    expect(createdToken('Failed after leaving')).toBeUndefined();
    expect(leavingAsks()).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
