import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';

// The General tab asks whether the API returns the token's value (older versions did, `tokenOnGet`). When that
// read fails, the tab says so with Retry instead of presenting "shown only once" as the answer.

const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;

describe("the General tab's token value", () => {
  it('says when the check failed, and Retry finds the value the API returns', async () => {
    mockBackend.setScenario({ tokenOnGet: true });
    const token = mockBackend.db.listTokens()[0];
    if (!token) throw new Error('the seed has a token');
    let reads = 0;
    let failing = true;
    server.use(
      http.get(`${TOKENS}/${token.id}`, () => {
        reads += 1;
        // The page's own read answers; the tab's read of the value fails until the server is back.
        if (reads === 1 || !failing) return undefined;
        return HttpResponse.json(
          { title: 'Internal Server Error', status: 500, traceId: '00-token-value-00' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderModule({ path: `/${token.id}/general` });
    const panel = await screen.findByRole('tabpanel', { name: 'General' });
    const note = await within(panel).findByText(
      /Could not check whether the API can show this token's value/,
    );
    expect(note).toHaveTextContent('Something went wrong on the server.');

    failing = false;
    await user.click(within(note).getByRole('button', { name: 'Retry' }));
    expect(await within(panel).findByRole('img', { name: 'API token, hidden' })).toBeVisible();
    expect(within(panel).queryByText(/Could not check/)).toBeNull();
    // Retry went with the note: focus is on the token's value, not on the page's top.
    const value = within(panel).getByRole('img', { name: 'API token, hidden' }).closest('dd');
    await waitFor(() => expect(value).toHaveFocus());
  });
});
