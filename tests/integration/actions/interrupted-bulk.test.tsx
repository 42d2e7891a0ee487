import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, onTestFinished, test } from 'vitest';
import { mockBackend, server } from '../../../mocks/node';
import { TOKENS_URL, WAIT, mountings } from '../wizard/interrupted-support';
import { findDialog, findRow, firstPageTokens } from './action-helpers';

// docs/product-rules.md, 'Token states': a bulk run that ends with failures says how it went in its dialog's status
// line, not in a notification. Left before it ended, the module has no dialog to say it in: the host is told.

describe.each(mountings)('a bulk run the module is left during, $style', ({ mount }) => {
  test('the host is told how many tokens the run changed', async () => {
    const [first, refused, held] = firstPageTokens().filter((token) => token.status === 'Active');
    if (!first || !refused || !held) throw new Error('the first page has fewer than three active tokens');
    let release!: () => void;
    const answer = new Promise<void>((resolve) => (release = resolve));
    onTestFinished(() => release());
    let arrived = false;
    server.use(
      http.post(`${TOKENS_URL}/:id/disable`, async ({ params }) => {
        if (params.id === refused.id)
          return HttpResponse.json(
            { title: 'Conflict', status: 409, detail: 'The token is in use.' },
            { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
          );
        if (params.id === held.id) {
          arrived = true;
          await answer;
        }
        return undefined;
      }),
    );
    const module = mount();
    const user = userEvent.setup();
    for (const token of [first, refused, held]) {
      await findRow(token.name ?? '');
      await user.click(screen.getByRole('checkbox', { name: `Select ${token.name}` }));
    }
    const bar = screen.getByRole('region', { name: 'Selected tokens' });
    await user.click(within(bar).getByRole('button', { name: 'Disable' }));
    const dialog = await findDialog('Disable 3 tokens?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable 3 tokens' }));
    await waitFor(() => expect(arrived).toBe(true), WAIT);

    await module.go('/portal/home');
    expect(await screen.findByRole('heading', { name: 'Welcome to the portal' }, WAIT)).toBeInTheDocument();
    release();
    await waitFor(() => expect(mockBackend.db.getToken(held.id ?? '')?.status).toBe('Disabled'), WAIT);
    await waitFor(
      () => expect(module.notify.mock.calls).toEqual([['2 tokens disabled', { tone: 'success' }]]),
      WAIT,
    );
  });
});
