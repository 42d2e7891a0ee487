// Under a slow or flaky API: the screen keeps answering, shows that it is working, never sends a change
// twice, and reads recover once the API is back. A slow API is modelled by holding its answers until the test
// lets them go, so what the user does "while it loads" happens while it loads, however slow the machine is.
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { createQueryClient } from '../../../src/lib/query-client';
import { commonMessages } from '../../../src/messages/common';
import { renderModule } from '../../support/render-module';
import { chooseFromRowMenu, findRow, firstPageTokens, rowStatus } from '../actions/action-helpers';

const TOKENS_PATH = '/public/v1/accounts/api-tokens';

/**
 * From now on every API answer waits until `release()` (or the end of the test), then comes from the mock as
 * usual: a handler that returns nothing hands the request on to the next one.
 */
function holdAnswers() {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  onTestFinished(() => release());
  server.use(
    http.all(`${TEST_API_BASE_URL}/public/v1/*`, async () => {
      await opened;
    }),
  );
  return { release };
}

/** Counts the requests matching method and path test, from now until the test ends. */
function countRequests(method: string, path: (pathname: string) => boolean) {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (request.method === method && path(url.pathname))
      seen.push(`${request.method} ${url.pathname}${url.search}`);
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return seen;
}

function activeOnFirstPage() {
  const token = firstPageTokens().find((t) => t.status === 'Active');
  if (!token) throw new Error('the first page has no Active token');
  return token;
}

/** Two quick clicks and an Enter on the same button: what an impatient user does while nothing seems to happen. */
async function hammer(user: UserEvent, button: HTMLElement) {
  await user.dblClick(button);
  button.focus();
  await user.keyboard('{Enter}');
}

describe('while the API is slow to answer', () => {
  it('the grid shows progress and stays usable while the list loads', { timeout: 60_000 }, async () => {
    const answers = holdAnswers();
    const lists = countRequests('GET', (p) => p === TOKENS_PATH);
    const { user } = renderModule();

    const region = await screen.findByRole('region', { name: 'API tokens table' });
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading API tokens…')).toBeInTheDocument();

    // While the first request is still out, the controls answer at once.
    const box = screen.getByRole('textbox', { name: 'Search by name or ID' });
    await user.type(box, 'slack');
    expect(box).toHaveValue('slack');
    await user.click(screen.getByRole('radio', { name: 'Active' }));
    expect(screen.getByRole('radio', { name: 'Active' })).toBeChecked();
    expect(region).toHaveAttribute('aria-busy', 'true');
    // The search is sent once typing pauses; the answers are let go once it is out.
    await waitFor(() => expect(lists.some((request) => request.includes('slack'))).toBe(true));
    answers.release();

    // The rows that settle are the ones the user asked for last, not the first request's.
    await waitFor(
      () => {
        expect(region).not.toHaveAttribute('aria-busy');
        const names = [...region.querySelectorAll('tbody a')].map((a) => a.textContent ?? '');
        expect(names.length).toBeGreaterThan(0);
        for (const name of names) expect(name.toLowerCase()).toContain('slack');
      },
      { timeout: 15_000 },
    );
    // The hygiene counts (limit=0) follow the first rows; the last page request is the search.
    expect(lists.filter((request) => !request.includes('limit=0')).at(-1)).toContain('slack');
  });

  it('a confirmation sends its change once, however often it is confirmed', { timeout: 60_000 }, async () => {
    const token = activeOnFirstPage();
    const { user } = renderModule();
    await findRow(token.name);
    const disables = countRequests('POST', (p) => p === `${TOKENS_PATH}/${token.id}/disable`);
    const answers = holdAnswers();

    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await screen.findByRole('alertdialog', { name: 'Disable API token?' });
    const confirm = within(dialog).getByRole('button', { name: 'Disable token' });
    await hammer(user, confirm);

    // Working, and saying so; the grid already shows where it is going.
    expect(confirm).toHaveAttribute('aria-busy', 'true');
    expect(rowStatus(await findRow(token.name))).toBe('Disabled');
    answers.release();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull(), { timeout: 15_000 });
    expect(disables).toHaveLength(1);
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Disabled');
  });

  it('Add in the wizard creates one token, however often it is pressed', { timeout: 60_000 }, async () => {
    const { user } = renderModule({ path: '/new' });
    const wizard = await screen.findByRole('dialog', { name: 'Add API token' });
    await user.type(within(wizard).getByRole('textbox', { name: 'API token name' }), 'Impatient robot');
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));
    await user.click(await within(wizard).findByRole('checkbox', { name: 'Billing' }));
    await user.click(within(wizard).getByRole('button', { name: 'Next' }));
    await within(wizard).findByRole('heading', { name: /Overview/ });
    const creates = countRequests('POST', (p) => p === TOKENS_PATH);
    const before = mockBackend.db.tokenCount();
    const answers = holdAnswers();

    const add = within(wizard).getByRole('button', { name: 'Add' });
    await hammer(user, add);
    expect(add).toHaveAttribute('aria-busy', 'true');
    expect(within(wizard).getByRole('status')).toHaveTextContent('Adding the API token…');
    // No Close that would drop the secret's hand-over while the request is out: only Cancel, which stops waiting
    // and says so (tests/integration/actions/cancel-and-timeout.test.tsx).
    expect(within(wizard).queryByRole('button', { name: 'Close' })).toBeNull();
    expect(within(wizard).getByRole('button', { name: 'Cancel' })).toBeEnabled();
    expect(screen.getByRole('dialog', { name: 'Add API token' })).toBe(wizard);
    answers.release();

    await within(wizard).findByRole('heading', { name: /API token added/ }, { timeout: 15_000 });
    expect(creates).toHaveLength(1);
    expect(mockBackend.db.tokenCount()).toBe(before + 1);
  });

  it(
    'Save in the edit dialog sends one update, however often it is pressed',
    { timeout: 60_000 },
    async () => {
      const token = activeOnFirstPage();
      const { user } = renderModule();
      await chooseFromRowMenu(user, token.name, 'Edit');
      const name = await screen.findByRole('textbox', { name: 'API token name' });
      const dialog = screen.getByRole('dialog', { name: 'Edit API token' });
      await user.clear(name);
      await user.type(name, 'Saved once');
      const updates = countRequests('PUT', (p) => p === `${TOKENS_PATH}/${token.id}`);
      const answers = holdAnswers();

      const save = within(dialog).getByRole('button', { name: 'Save' });
      await hammer(user, save);
      expect(save).toHaveAttribute('aria-busy', 'true');
      answers.release();
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit API token' })).toBeNull(), {
        timeout: 15_000,
      });
      expect(updates).toHaveLength(1);
      expect(mockBackend.db.getToken(token.id)?.name).toBe('Saved once');
    },
  );
});

describe('when the network comes back', () => {
  it('the grid and the detail page recover with Retry', async () => {
    const token = firstPageTokens()[0];
    if (!token) throw new Error('no seeded token');
    mockBackend.setScenario({ failures: { list: 'network', get: 'network' } });
    const { user, unmount } = renderModule();
    const gridError = await screen.findByRole('alert');
    expect(gridError).toHaveTextContent(commonMessages.errors.network);
    mockBackend.reset();
    await user.click(within(gridError).getByRole('button', { name: 'Retry' }));
    await findRow(token.name);
    expect(screen.queryByRole('alert')).toBeNull();
    unmount();

    mockBackend.setScenario({ failures: { get: 'network' } });
    const detail = renderModule({ path: `/${token.id}/general` });
    const pageError = await screen.findByRole('alert');
    expect(pageError).toHaveTextContent(commonMessages.errors.network);
    mockBackend.reset();
    await detail.user.click(within(pageError).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: token.name })).toBeInTheDocument();
  });
});

describe('the module’s own QueryClient', () => {
  it(
    'retries a transient failure of a read by itself and recovers without the user',
    { timeout: 20_000 },
    async () => {
      const lists = countRequests('GET', (p) => p === TOKENS_PATH);
      let failuresLeft = 2;
      server.use(
        http.get(`${TEST_API_BASE_URL}${TOKENS_PATH}`, ({ request }) => {
          // Only the grid's page fails (counts elsewhere on the page have their own requests); then the mock answers.
          if (failuresLeft <= 0 || !request.url.includes('select=')) return undefined;
          failuresLeft -= 1;
          return HttpResponse.json({ title: 'Internal Server Error', status: 500 }, { status: 500 });
        }),
      );
      renderModule({ queryClient: createQueryClient() });
      const first = firstPageTokens()[0];
      await findRow(first?.name ?? '');
      // Two failures, then success: three requests for the grid's page, and the user never saw an error.
      expect(lists.filter((url) => url.includes('offset=0') && url.includes('select='))).toHaveLength(3);
      expect(screen.queryByRole('alert')).toBeNull();
    },
  );

  it('does not retry what retrying cannot fix', async () => {
    mockBackend.setScenario({ failures: { list: 403 } });
    const lists = countRequests('GET', (p) => p === TOKENS_PATH);
    renderModule({ queryClient: createQueryClient() });
    expect(await screen.findByRole('alert')).toHaveTextContent(commonMessages.errors.forbidden);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(lists.filter((url) => url.includes('select='))).toHaveLength(1);
  });

  it('never retries a change on its own, even after a transient failure', async () => {
    const token = activeOnFirstPage();
    const { user } = renderModule({ queryClient: createQueryClient() });
    await findRow(token.name);
    const disables = countRequests('POST', (p) => p === `${TOKENS_PATH}/${token.id}/disable`);
    mockBackend.setScenario({ failures: { disable: 500 } });

    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await screen.findByRole('alertdialog', { name: 'Disable API token?' });
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(commonMessages.errors.server);
    // Longer than the query client's first retry delay: had it retried, the second request would be out by now.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(disables).toHaveLength(1);
    expect(rowStatus(await findRow(token.name))).toBe('Active');

    // The user decides: Try again sends exactly one more.
    mockBackend.reset();
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(disables).toHaveLength(2);
  });
});
