import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';

// A token's page reads the token again after a write and on later visits; when that read fails, the page keeps
// what it had and says that it may be out of date, with Retry (docs/product-rules.md, 'Errors and retries').

const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
const SLOW = { timeout: 8000 };

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
});
