import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';

// A token's page names the token that replaced it (docs/product-rules.md, 'Rotate a token'). When that lookup
// fails, the page says so: no row must not be read as "not replaced".

const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;

describe('"Replaced by" on a token\'s page', () => {
  it('says when the lookup failed, and Retry names the replacing token', async () => {
    const [old, replacement] = mockBackend.db.listTokens();
    if (!old || !replacement) throw new Error('the seed has two tokens');
    mockBackend.db.updateToken(replacement.id, { description: `Replaces ${old.id}` });
    let failing = true;
    server.use(
      http.get(TOKENS, ({ request }) => {
        if (!failing || !decodeURIComponent(new URL(request.url).search).includes('ilike(description'))
          return undefined;
        return HttpResponse.json(
          { title: 'Internal Server Error', status: 500, traceId: '00-replaced-by-00' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderModule({ path: `/${old.id}/general` });
    await screen.findByRole('heading', { level: 1, name: old.name });
    const summary = screen.getByRole('region', { name: 'Summary' });
    const note = await within(summary).findByText(/Could not check whether another token replaces this one/);
    expect(note).toHaveTextContent('Something went wrong on the server.');

    failing = false;
    await user.click(within(summary).getByRole('button', { name: 'Retry' }));
    expect(await within(summary).findByRole('link', { name: replacement.id })).toBeInTheDocument();
    expect(within(summary).queryByText(/Could not check/)).toBeNull();
    // Retry went with the note: focus is on the page's heading rather than on the document's top.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: old.name })).toHaveFocus());
  });
});
