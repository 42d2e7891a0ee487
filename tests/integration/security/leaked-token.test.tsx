// A leaked token value pasted (or typed, or linked) into the search: the secret part is dropped before anything
// leaves the input, only the ID is searched (exact match), and a notice leads to the token.
import { render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { createApiTokensRoutes } from '../../../src/embed';
import {
  createTestQueryClient,
  MOUNT_PATH,
  renderModule,
  TEST_ACCESS_TOKEN,
} from '../../support/render-module';
import { findDialog, firstPageTokens } from '../actions/action-helpers';
import { serializedQueryCache } from '../wizard/wizard-support';

const SECRET = 'Zq9LeakedSecretPart0123456789abcdefXYZ';
const SLOW = { timeout: 20_000 };
const LIST_PATH = '/public/v1/accounts/api-tokens';

/** A seeded token the grid's first page does not necessarily show, so finding it proves the search. */
function aToken(status: 'Active' | 'Disabled' = 'Active') {
  const token = [...mockBackend.db.listTokens()].reverse().find((t) => t.status === status);
  if (!token) throw new Error(`no ${status} token in the seed`);
  return token;
}

const valueOf = (id: string) => `idt:${id}:${SECRET}`;

/** Every request the app sends from now on, with where the app was when it was sent. */
function recordRequests(where: () => string) {
  const sent: Array<{ url: string; headers: string; at: string }> = [];
  const listener = ({ request }: { request: Request }) => {
    sent.push({ url: request.url, headers: JSON.stringify([...request.headers]), at: where() });
  };
  server.events.on('request:start', listener);
  onTestFinished(() => {
    server.events.removeListener('request:start', listener);
  });
  return sent;
}

/** Everything the console was given. */
function recordConsole() {
  const calls: unknown[][] = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(args);
    });
  }
  return calls;
}

afterEach(() => {
  vi.restoreAllMocks();
});

function storageText(): string {
  const dump = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, i) => {
      const key = storage.key(i) ?? '';
      return `${key}=${storage.getItem(key)}`;
    }).join('\n');
  return `${dump(window.localStorage)}\n${dump(window.sessionStorage)}`;
}

function searchBox() {
  return screen.getByRole('textbox', { name: 'Search by name or ID' });
}

async function findNotice() {
  return screen.findByRole('region', { name: 'A full API token value was recognised' }, SLOW);
}

/** Nothing of the secret anywhere it could leave the input. */
function expectNoSecret(
  rendered: ReturnType<typeof renderModule>,
  sent: Array<{ url: string; headers: string }>,
  consoleCalls: unknown[][],
) {
  const location = rendered.currentLocation();
  expect(`${location?.pathname}${location?.search}${location?.hash}`).not.toContain(SECRET);
  expect(JSON.stringify(location?.state ?? null)).not.toContain(SECRET);
  for (const request of sent) {
    expect(decodeURIComponent(request.url)).not.toContain(SECRET);
    expect(request.headers).not.toContain(SECRET);
  }
  expect(storageText()).not.toContain(SECRET);
  expect(JSON.stringify(consoleCalls)).not.toContain(SECRET);
  expect(serializedQueryCache(rendered.queryClient)).not.toContain(SECRET);
}

describe('a pasted token value', { timeout: 40_000 }, () => {
  it('pasted: only the ID is kept and searched exactly; the notice names the token', async () => {
    const token = aToken();
    const consoleCalls = recordConsole();
    const rendered = renderModule({ search: '?status=Disabled' });
    const sent = recordRequests(() => rendered.currentLocation()?.search ?? '');
    const { user } = rendered;
    await screen.findAllByRole('button', { name: /^Actions for / }, SLOW);

    await user.click(searchBox());
    await user.paste(valueOf(token.id));
    expect(searchBox()).toHaveValue(token.id);
    // At once, not after the typing pause: the whole list (the status filter is dropped), the exact ID.
    await waitFor(() => expect(rendered.currentLocation()?.search).toBe(`?q=${token.id}`));
    const notice = await findNotice();
    expect(notice).toHaveTextContent(`only the token ID, ${token.id}, is searched`);
    await waitFor(() => expect(notice).toHaveTextContent(new RegExp(`\\(${token.id}\\) is active`)), SLOW);
    // The ID is kept whole, never broken at a hyphen: an element of its own in both sentences.
    expect(within(notice).getAllByText(token.id)).toHaveLength(2);
    await screen.findByRole('button', { name: `Actions for ${token.name}` }, SLOW);
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Actions for / })).toHaveLength(1));
    const lists = sent.filter((r) => new URL(r.url).pathname === LIST_PATH && !r.url.includes('limit=0'));
    expect(decodeURIComponent(lists.at(-1)?.url ?? '')).toContain(`eq(id,"${token.id}")`);

    expectNoSecret(rendered, sent, consoleCalls);
  });

  it('typed by hand: recognised as soon as its prefix is complete; the rest is dropped too', async () => {
    const token = aToken();
    const consoleCalls = recordConsole();
    const rendered = renderModule();
    const sent = recordRequests(() => rendered.currentLocation()?.search ?? '');
    const { user } = rendered;
    await screen.findAllByRole('button', { name: /^Actions for / }, SLOW);

    await user.type(searchBox(), valueOf(token.id));
    expect(searchBox()).toHaveValue(token.id);
    // Enter commits whatever the field holds now: still the ID alone.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rendered.currentLocation()?.search).toBe(`?q=${token.id}`));
    await findNotice();
    expectNoSecret(rendered, sent, consoleCalls);

    // An edit other than typing on makes it a normal search again.
    await user.keyboard('{Backspace}');
    await user.type(searchBox(), '9{Enter}');
    await waitFor(() => expect(rendered.currentLocation()?.search).toBe(`?q=${token.id.slice(0, -1)}9`));
    expect(
      screen.queryByRole('region', { name: 'A full API token value was recognised' }),
    ).not.toBeInTheDocument();
  });

  it.each([
    ['surrounded by whitespace', (v: string) => `   ${v}  \n`],
    ['in double quotes', (v: string) => `"${v}"`],
    ['in single quotes', (v: string) => `'${v}'`],
    ['in a header line', (v: string) => `Authorization: Bearer ${v}`],
    ['with a lower-case prefix and ID', (v: string) => v.replace('idt:TKN', 'idt:tkn')],
    ['with an upper-case prefix', (v: string) => v.replace('idt:', 'IDT:')],
  ])('pasted %s: recognised', async (_, wrap) => {
    const token = aToken();
    const rendered = renderModule();
    const sent = recordRequests(() => rendered.currentLocation()?.search ?? '');
    await screen.findAllByRole('button', { name: /^Actions for / }, SLOW);
    await rendered.user.click(searchBox());
    await rendered.user.paste(wrap(valueOf(token.id)));
    expect(searchBox()).toHaveValue(token.id);
    await waitFor(() => expect(rendered.currentLocation()?.search).toBe(`?q=${token.id}`));
    await findNotice();
    expectNoSecret(rendered, sent, []);
  });

  it('Disable now asks as usual and disables the token', async () => {
    const token = aToken();
    const { user } = renderModule();
    await screen.findAllByRole('button', { name: /^Actions for / }, SLOW);
    await user.click(searchBox());
    await user.paste(valueOf(token.id));
    const notice = await findNotice();
    await user.click(await within(notice).findByRole('button', { name: 'Disable now' }, SLOW));
    const dialog = await findDialog('Disable API token?');
    expect(dialog).toHaveTextContent(token.id);
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    await waitFor(() => expect(mockBackend.db.getToken(token.id)?.status).toBe('Disabled'), SLOW);
    await waitFor(() => expect(notice).toHaveTextContent(new RegExp(`\\(${token.id}\\) is disabled`)), SLOW);
    expect(within(notice).queryByRole('button', { name: 'Disable now' })).not.toBeInTheDocument();
  });

  it('Rotate… opens the Rotate dialog; Open and Activity lead to the token', async () => {
    const token = aToken('Disabled');
    const { user, currentLocation } = renderModule();
    await screen.findAllByRole('button', { name: /^Actions for / }, SLOW);
    await user.click(searchBox());
    await user.paste(valueOf(token.id));
    const notice = await findNotice();
    // A disabled token has nothing to disable.
    await waitFor(() => expect(notice).toHaveTextContent(new RegExp(`\\(${token.id}\\) is disabled`)), SLOW);
    expect(within(notice).queryByRole('button', { name: 'Disable now' })).not.toBeInTheDocument();

    expect(within(notice).getByRole('link', { name: `Activity of ${token.id}` })).toHaveAttribute(
      'href',
      `${MOUNT_PATH}/${token.id}/activity`,
    );

    await user.click(within(notice).getByRole('button', { name: 'Rotate…' }));
    const rotate = await screen.findByRole('dialog', { name: 'Rotate API token' }, { timeout: 10_000 });
    await within(rotate).findByRole('textbox', { name: 'API token name' }, SLOW);
    await user.click(within(rotate).getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Rotate API token' })).not.toBeInTheDocument(),
    );

    await user.click(within(notice).getByRole('link', { name: `Open ${token.id}` }));
    await screen.findByRole('heading', { level: 1, name: token.name }, SLOW);
    expect(currentLocation()?.pathname).toMatch(new RegExp(`^${MOUNT_PATH}/${token.id}`));
  });

  it('an ID no token has: the notice says so plainly', async () => {
    const unknown = 'TKN-0000-9999';
    expect(mockBackend.db.getToken(unknown)).toBeUndefined();
    const { user } = renderModule();
    await screen.findAllByRole('button', { name: /^Actions for / }, SLOW);
    await user.click(searchBox());
    await user.paste(valueOf(unknown));
    const notice = await findNotice();
    expect(
      await within(notice).findByText(
        `No token with ID ${unknown} exists in this account. It may belong to another account, or it has been deleted.`,
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(within(notice).queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('a link that holds a full token value', { timeout: 40_000 }, () => {
  it('is rewritten to the ID, replacing its history entry, before any request', async () => {
    const token = firstPageTokens()[3] ?? aToken();
    const consoleCalls = recordConsole();
    const queryClient = createTestQueryClient();
    const leaked = `?q=${encodeURIComponent(`"${valueOf(token.id)}"`)}&size=25`;
    // As the standalone app and data-router hosts mount it: with the grid's loader, which starts its request early.
    const routes = createApiTokensRoutes({
      apiBaseUrl: TEST_API_BASE_URL,
      getAccessToken: () => TEST_ACCESS_TOKEN,
      onUnauthorized: () => undefined,
      queryClient,
      locale: 'en-GB',
      timeZone: 'UTC',
    });
    const sent = recordRequests(() => router.state.location.search);
    const router = createMemoryRouter([{ path: MOUNT_PATH, children: routes }], {
      initialEntries: [`${MOUNT_PATH}?size=50`, `${MOUNT_PATH}${leaked}`],
      initialIndex: 1,
    });
    render(<RouterProvider router={router} />);

    await findNotice();
    expect(router.state.location.search).toBe(`?q=${token.id}&size=25`);
    expect(router.state.historyAction).toBe('REPLACE');
    expect(JSON.stringify(router.state.location.state)).not.toContain(SECRET);
    expect(sent.length).toBeGreaterThan(0);
    // Every request, the first included, left after the rewrite, and none carries the secret.
    for (const request of sent) {
      expect(request.at).toBe(`?q=${token.id}&size=25`);
      expect(decodeURIComponent(request.url)).not.toContain(SECRET);
    }
    expect(JSON.stringify(consoleCalls)).not.toContain(SECRET);
    expect(serializedQueryCache(queryClient)).not.toContain(SECRET);

    // Back leads to the page before; forward to the rewritten link, never to the value.
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?size=50'));
    await router.navigate(1);
    await waitFor(() => expect(router.state.location.search).toBe(`?q=${token.id}&size=25`));
    expect(searchBox()).toHaveValue(token.id);
  });

  it("drops the link's other filters, as a pasted value does, so they cannot hide the token it names", async () => {
    const token = aToken('Disabled');
    const moduleId = token.modules[0]?.id ?? 'MOD-0000';
    const search = `?q=${encodeURIComponent(valueOf(token.id))}&status=Active&module=${moduleId}&sort=name&size=25`;
    const rendered = renderModule({ search });

    await findNotice();
    const params = new URLSearchParams(rendered.currentLocation()?.search);
    expect(Object.fromEntries(params)).toEqual({ q: token.id, sort: 'name', size: '25' });
    const table = await screen.findByRole('table', {}, SLOW);
    expect(await within(table).findByRole('link', { name: token.name }, SLOW)).toBeInTheDocument();
    expect(searchBox()).toHaveValue(token.id);
  });
});
