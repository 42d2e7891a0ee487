import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';

// A token's page reads the token again after a write and on later visits; when that read fails, the page keeps
// what it had and says that it may be out of date, with Retry (docs/product-rules.md, 'Errors and retries').

const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
const SLOW = { timeout: 20_000 };

describe("a token's page whose token cannot be read again", () => {
  it('keeps showing the token, says it may be out of date, and Retry reads it again', async () => {
    const token = mockBackend.db.listTokens().find((t) => t.status === 'Active');
    if (!token) throw new Error('the seed has an active token');
    const { user, queryClient } = renderModule({ path: `/${token.id}/general` });
    await screen.findByRole('heading', { level: 1, name: token.name }, SLOW);
    expect(screen.queryByRole('alert')).toBeNull();

    // Meanwhile the token was disabled elsewhere, and the next read fails.
    mockBackend.db.setTokenStatus(token.id, 'Disabled');
    let failing = true;
    server.use(
      http.get(`${TOKENS}/${token.id}`, () =>
        failing
          ? HttpResponse.json(
              { title: 'Internal Server Error', status: 500, traceId: '00-detail-reread-00' },
              { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : undefined,
      ),
    );
    await queryClient.refetchQueries({ predicate: (query) => query.queryKey.includes(token.id) });

    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Could not read the API token again: what is shown may be out of date');
    expect(alert).toHaveTextContent('00-detail-reread-00');
    // What is shown still stands, it may only be out of date: a warning's colours, not an error's.
    expect(alert).toHaveAttribute('data-tone', 'warning');
    expect(screen.getByRole('heading', { level: 1, name: token.name })).toBeInTheDocument();

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), SLOW);
    expect(await screen.findByText('This token is disabled.', {}, SLOW)).toBeInTheDocument();
  });

  it('offers one Retry when the token, its value and "Replaced by" all fail, and that Retry reads all three', async () => {
    mockBackend.setScenario({ tokenOnGet: true });
    const [token, replacement] = mockBackend.db.listTokens();
    if (!token || !replacement) throw new Error('the seed has two tokens');
    mockBackend.db.updateToken(replacement.id, { description: `Replaces ${token.id}` });
    let pageReads = 0;
    let failing = true;
    const outage = () =>
      HttpResponse.json(
        { title: 'Internal Server Error', status: 500, traceId: '00-one-retry-00' },
        { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
      );
    server.use(
      // The page's first read answers; the value check beside it, and every read after it, fail until the end.
      http.get(`${TOKENS}/${token.id}`, () => {
        pageReads += 1;
        return pageReads === 1 || !failing ? undefined : outage();
      }),
      http.get(TOKENS, ({ request }) =>
        failing && decodeURIComponent(new URL(request.url).search).includes('ilike(description')
          ? outage()
          : undefined,
      ),
    );
    const { user, queryClient } = renderModule({ path: `/${token.id}/general` });
    await screen.findByRole('heading', { level: 1, name: token.name }, SLOW);
    const summary = screen.getByRole('region', { name: 'Summary' });
    const panel = screen.getByRole('tabpanel', { name: 'General' });
    await within(summary).findByText(/Could not check whether another token replaces this one/, {}, SLOW);
    await within(panel).findByText(/Could not check whether the API can show this token's value/, {}, SLOW);
    // Each failed detail has its own Retry while the page itself reads.
    expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(2);

    await queryClient.refetchQueries({ predicate: (query) => query.queryKey.includes(token.id) });
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Could not read the API token again');
    // One outage, one Retry: the page's. The notes still say what could not be read.
    expect(screen.getAllByRole('button', { name: 'Retry' })).toEqual([
      within(alert).getByRole('button', { name: 'Retry' }),
    ]);
    expect(
      within(summary).getByText(/Could not check whether another token replaces this one/),
    ).toBeVisible();
    expect(
      within(panel).getByText(/Could not check whether the API can show this token's value/),
    ).toBeVisible();

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), SLOW);
    expect(await within(summary).findByRole('link', { name: replacement.id }, SLOW)).toBeInTheDocument();
    expect(await within(panel).findByRole('img', { name: 'API token, hidden' }, SLOW)).toBeVisible();
    expect(screen.queryByText(/Could not check/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
