import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { createTestQueryClient, MOUNT_PATH, renderModule } from '../../support/render-module';
import { holdAnswer } from '../../support/hold-answer';
import { dataRows, findRows, grid, tokensNewestFirst, visibleNames } from './grid-helpers';

const region = () => screen.getByRole('region', { name: 'API tokens table' });

/** The grid's second page fails (a server error) until `answer` is called. */
function failSecondPage() {
  let failing = true;
  server.use(
    http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, ({ request }) =>
      failing && new URL(request.url).searchParams.get('offset') === '10'
        ? HttpResponse.json({ status: 500, title: 'Internal Server Error' }, { status: 500 })
        : undefined,
    ),
  );
  return { answer: () => void (failing = false) };
}

describe('tokens grid: loading, empty, no match and error states', () => {
  it('shows skeleton rows when the first load takes a while', async () => {
    const list = holdAnswer('get', `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`);
    renderModule();
    expect(region()).toHaveAttribute('aria-busy', 'true');
    expect(grid()).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Loading API tokens…');
    // Not at once: a quick answer should not flash placeholders.
    expect(dataRows()).toHaveLength(0);
    await waitFor(() => expect(dataRows()).toHaveLength(5));
    expect(visibleNames()).toEqual([]);
    list.release();
    await findRows();
    expect(region()).not.toHaveAttribute('aria-busy');
    expect(dataRows()).toHaveLength(10);
  });

  it('goes straight from loading to rows when the answer is quick', async () => {
    // The clock only moves when the test moves it, so a slow machine cannot turn a quick answer into a slow one.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const list = holdAnswer('get', `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`);
    let skeletonSeen = false;
    const observer = new MutationObserver(() => {
      const rows = document.querySelectorAll('table tbody tr');
      if (rows.length > 0 && document.querySelectorAll('table tbody a').length === 0) skeletonSeen = true;
    });
    observer.observe(document.body, { subtree: true, childList: true });
    onTestFinished(() => observer.disconnect());

    renderModule();
    expect(region()).toHaveAttribute('aria-busy', 'true');
    // Just short of the wait for placeholders, the answer arrives.
    await act(() => vi.advanceTimersByTimeAsync(249));
    expect(dataRows()).toHaveLength(0);
    list.release();
    // Without another millisecond passing: run what is due now and let the response's own work happen.
    for (let turn = 0; turn < 500 && visibleNames().length === 0; turn += 1) {
      await act(() => vi.advanceTimersByTimeAsync(0));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(visibleNames()).toHaveLength(10);
    expect(skeletonSeen).toBe(false);
    expect(region()).not.toHaveAttribute('aria-busy');
  });

  it('keeps the previous rows, marked busy, while the next page loads', async () => {
    const { user } = renderModule();
    await findRows();
    const firstPage = visibleNames();
    // The second page's answer waits for the test: longer than the grid waits before it shows the change with the
    // rows it has, however slow the machine.
    const secondPage = holdAnswer(
      'get',
      `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`,
      (request) => new URL(request.url).searchParams.get('offset') === '10',
    );

    await user.click(screen.getByRole('button', { name: 'Next' }));
    // The page chosen shows at once; the rows it had stay, marked busy, until the new ones are in.
    expect(screen.getByRole('textbox', { name: /^Page number/ })).toHaveValue('2');
    await waitFor(() => expect(region()).toHaveAttribute('aria-busy', 'true'));
    expect(visibleNames()).toEqual(firstPage);
    secondPage.release();
    await waitFor(() =>
      expect(visibleNames()).toEqual(
        tokensNewestFirst()
          .slice(10, 20)
          .map((t) => t.name),
      ),
    );
    expect(region()).not.toHaveAttribute('aria-busy');
  });

  it('keeps the rows shown when the next page fails, says so at the pager with Retry, and keeps focus on Next', async () => {
    const { user, currentLocation } = renderModule();
    await findRows();
    const firstPage = visibleNames();
    const secondPage = failSecondPage();
    const pager = screen.getByRole('navigation', { name: 'Pagination' });
    const next = within(pager).getByRole('button', { name: 'Next' });
    await user.click(next);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Could not load page 2\. Something went wrong on the server\./);
    expect(currentLocation()?.search).toBe('?page=2');
    // What was shown stays, with its own range, and so does the pager with the control just used.
    expect(visibleNames()).toEqual(firstPage);
    expect(region()).not.toHaveAttribute('aria-busy');
    expect(pager).toBeInTheDocument();
    expect(pager).toHaveTextContent(/1–10 of \d+ rows/);
    // The page box says the page whose rows are shown, as the range does; the failure names the one asked for.
    expect(within(pager).getByRole('textbox', { name: /^Page number/ })).toHaveValue('1');
    expect(next).toHaveFocus();

    // Next again reads the page that failed again, where the address already is; then Retry brings it.
    await user.click(next);
    await waitFor(() => expect(alert).toHaveTextContent(/^Still could not load page 2\. /));
    expect(visibleNames()).toEqual(firstPage);
    secondPage.answer();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const secondPageNames = tokensNewestFirst()
      .slice(10, 20)
      .map((t) => t.name);
    await waitFor(() => expect(visibleNames()).toEqual(secondPageNames));
    expect(pager).toHaveTextContent(/11–20 of \d+ rows/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Retry went with its note: focus lands on the rows it brought, not on the page's top.
    await waitFor(() => expect(region()).toHaveFocus());
  });

  it('drops a selection made on the rows a failed page held once that page comes, though a row of it is there', async () => {
    const { user } = renderModule();
    await findRows();
    const secondPage = failSecondPage();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const alert = await screen.findByRole('alert');
    // The last of the rows held, which the page that failed starts with once a token is added before it.
    const last = tokensNewestFirst()[9]!;
    await user.click(screen.getByRole('checkbox', { name: `Select ${last.name}` }));
    expect(await screen.findByText(/^1 selected$/)).toBeInTheDocument();
    mockBackend.db.createToken({ name: 'Added meanwhile', description: null, icon: null, moduleIds: [] });

    secondPage.answer();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(visibleNames()[0]).toBe(last.name));
    // Selected on the page before, not on this one: a bulk action must not reach it unseen.
    expect(screen.getByRole('checkbox', { name: `Select ${last.name}` })).not.toBeChecked();
    expect(screen.queryByText(/selected$/)).not.toBeInTheDocument();
  });

  it('invites an empty account to add its first token', async () => {
    mockBackend.reset({ dataset: 'empty' });
    renderModule();
    expect(await screen.findByRole('heading', { name: 'No API tokens yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add API token' })).toHaveAttribute('href', `${MOUNT_PATH}/new`);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when nothing matches and clears the filters on request, keeping the sort', async () => {
    const { user, currentLocation } = renderModule({
      search: '?q=no-such-token&status=Active&sort=name&lastAccess=never',
    });
    expect(await screen.findByRole('heading', { name: 'No API tokens match this view' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/^0 rows$/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument();
    const message = screen.getByRole('heading', { name: 'No API tokens match this view' })
      .parentElement as HTMLElement;
    await user.click(within(message).getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(currentLocation()?.search).toBe('?sort=name'));
    await findRows();
    expect(screen.getByRole('textbox', { name: 'Search by name or ID' })).toHaveValue('');
    // The message went with its button: focus is on the rows that took its place.
    await waitFor(() => expect(screen.getByRole('region', { name: 'API tokens table' })).toHaveFocus());
  });

  it('names a search that matches nothing and clears only the search', async () => {
    const { user, currentLocation } = renderModule({ search: '?q=no-such-token&sort=name' });
    const heading = await screen.findByRole('heading', { name: 'No API tokens match “no-such-token”' });
    const message = heading.parentElement as HTMLElement;
    expect(message).toHaveTextContent('Check the spelling, or search for part of a name or ID.');
    expect(within(message).queryByRole('button', { name: 'Clear filters' })).toBeNull();
    await user.click(within(message).getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(currentLocation()?.search).toBe('?sort=name'));
    await findRows();
  });

  it('shows a failed load with the reason, said once, and recovers on Retry', async () => {
    mockBackend.setScenario({ failures: { list: 500 } });
    const { user } = renderModule();
    const alert = await screen.findByRole('alert');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // The title, one plain sentence and the Trace ID: the server's generic detail adds nothing, so it is left out.
    const texts = [...alert.querySelectorAll('p')].map((p) => p.textContent);
    expect(texts).toEqual([
      'Could not load API tokens',
      'Something went wrong on the server. Try again in a moment.',
    ]);
    expect(alert).not.toHaveTextContent('An unexpected error occurred');
    expect(alert).toHaveTextContent(/Trace ID: 00-[0-9a-f]{32}-[0-9a-f]{16}-00/);
    // The copy button comes in a chunk of its own, a moment after the panel.
    expect(await within(alert).findByRole('button', { name: 'Copy Trace ID' })).toBeInTheDocument();
    // Spelled one way: the label and the copy button's name.
    expect(alert.textContent?.match(/trace id/gi)).toEqual(['Trace ID']);

    mockBackend.setScenario({ failures: { list: undefined } });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await findRows();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The Retry pressed went with its panel: focus is on the rows it brought back, not on the page's top.
    await waitFor(() => expect(screen.getByRole('region', { name: 'API tokens table' })).toHaveFocus());
  });

  it('Retry after a failed load brings back the counts above the grid too', async () => {
    mockBackend.setScenario({ failures: { list: 500 } });
    const { user } = renderModule();
    const alert = await screen.findByRole('alert');
    const counts = await screen.findByRole('list', { name: 'Token hygiene' });
    expect(await within(counts).findByRole('link', { name: 'Active: not available' })).toBeInTheDocument();

    mockBackend.setScenario({ failures: { list: undefined } });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await findRows();
    const active = mockBackend.db.listTokens().filter((token) => token.status === 'Active').length;
    const formatted = new Intl.NumberFormat('en-GB').format(active);
    expect(await within(counts).findByRole('link', { name: `Active: ${formatted}` })).toBeInTheDocument();
    expect(within(counts).queryByRole('link', { name: /not available/ })).not.toBeInTheDocument();
  });

  it('says once that the network is down, with Retry', async () => {
    mockBackend.setScenario({ failures: { list: 'network' } });
    renderModule();
    const alert = await screen.findByRole('alert');
    const texts = [...alert.querySelectorAll('p')].map((p) => p.textContent);
    expect(texts).toEqual([
      'Could not load API tokens',
      'The server could not be reached. Check your connection and try again.',
    ]);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says once that the admin may not see the tokens, and offers no Retry that cannot help', async () => {
    mockBackend.setScenario({ failures: { list: 403 } });
    renderModule();
    const alert = await screen.findByRole('alert');
    const texts = [...alert.querySelectorAll('p')].map((p) => p.textContent);
    expect(texts).toEqual([
      'Could not load API tokens',
      'You do not have permission to do this. Ask an account administrator for access.',
    ]);
    expect(alert.textContent?.match(/permission/g)).toHaveLength(1);
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(
      within(alert)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Copy Trace ID']);
    expect(within(alert).getByText(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/)).toBeInTheDocument();
  });

  it.each([
    ['an empty object', {}],
    ['a list that is not one', { data: {} }],
    ['a list of nulls', { data: [null], $meta: { pagination: { total: 1, limit: 25, offset: 0 } } }],
  ])('an answer of %s is an error the admin sees, never an empty account', async (_label, body) => {
    server.use(http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, () => HttpResponse.json(body)));
    renderModule();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load API tokens');
    expect(alert).toHaveTextContent('The server sent an answer the page cannot read.');
    expect(screen.queryByText(/No API tokens/)).not.toBeInTheDocument();
  });

  it('offers Retry for an answer it cannot read, which a second try may not repeat', async () => {
    // A sign-in page from a gateway whose session ran out, answered with 200: once signed in there, Retry works.
    let answers = 0;
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, ({ request }) =>
        request.url.includes('select=') && answers++ === 0
          ? HttpResponse.html('<!doctype html><title>Sign in</title>')
          : undefined,
      ),
    );
    const { user } = renderModule();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server sent an answer the page cannot read.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await findRows();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("adds the server's detail when it says something new", async () => {
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, ({ request }) =>
        request.url.includes('select=')
          ? HttpResponse.json(
              { title: 'Not Found', status: 404, detail: 'Account ACC-1234-5678 was not found.' },
              { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    );
    renderModule();
    const alert = await screen.findByRole('alert');
    const texts = [...alert.querySelectorAll('p')].map((p) => p.textContent);
    expect(texts).toEqual([
      'Could not load API tokens',
      'The requested item does not exist or was deleted.',
      'Account ACC-1234-5678 was not found.',
    ]);
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('says it is still trying while a failed first load is retried, instead of skeleton rows', async () => {
    // The first answer fails; the retry is held until the test lets it through, so nothing races a clock.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    onTestFinished(() => release());
    let pageRequests = 0;
    server.use(
      http.get(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`, async ({ request }) => {
        if (!request.url.includes('select=')) return undefined;
        pageRequests += 1;
        if (pageRequests === 1)
          return HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503 });
        await held;
        return undefined;
      }),
    );
    const queryClient = createTestQueryClient();
    queryClient.setDefaultOptions({
      queries: { ...queryClient.getDefaultOptions().queries, retry: 1, retryDelay: 0 },
    });
    renderModule({ queryClient });

    expect(await screen.findByText('Still trying to load API tokens…', { selector: 'p' })).toBeVisible();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Still trying to load API tokens…');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(pageRequests).toBe(2);

    release();
    await findRows();
    expect(screen.queryByText('Still trying to load API tokens…', { selector: 'p' })).not.toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/^1–10 of 60 rows$/);
  });

  it('reloads the list on Refresh', async () => {
    const { user } = renderModule({ search: '?sort=name' });
    await findRows();
    expect(screen.getByText('60 rows')).toBeInTheDocument();
    mockBackend.db.createToken({
      name: '000 Added elsewhere',
      description: null,
      icon: null,
      moduleIds: ['MOD-1756'],
    });

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(screen.getByText('61 rows')).toBeInTheDocument());
    expect(visibleNames()[0]).toBe('000 Added elsewhere');
  });
});
