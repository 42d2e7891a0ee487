import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, onTestFinished, test } from 'vitest';
import { mockBackend, server } from '../../../mocks/node';
import { TOKENS_URL, WAIT, mountings, type Mounted } from '../wizard/interrupted-support';
import { chooseFromRowMenu, findDialog, findRow, firstPageTokens } from './action-helpers';

// docs/product-rules.md, 'Token states': a confirmation says how its action went in the dialog. Left before the
// action ended (Back, the portal navigating), the module has no dialog to say it in: the host's notification does,
// failures included.

/**
 * The mock holds its answer to a request about one token (`answer`, or the mock's own) until the module is left:
 * `leaveThenAnswer` waits for the request, navigates the portal away from the module, then lets the answer go.
 */
function holdAnswer(tokenId: string, answer?: () => Response | undefined) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  onTestFinished(() => release());
  let arrived = false;
  return {
    handler: async (id: string) => {
      if (id !== tokenId) return undefined;
      arrived = true;
      await held;
      return answer?.();
    },
    leaveThenAnswer: async (module: Mounted) => {
      await waitFor(() => expect(arrived).toBe(true), WAIT);
      await module.go('/portal/home');
      expect(await screen.findByRole('heading', { name: 'Welcome to the portal' }, WAIT)).toBeInTheDocument();
      release();
    },
  };
}

function activeToken() {
  const token = firstPageTokens().find((candidate) => candidate.status === 'Active');
  if (!token?.id || !token.name) throw new Error('the first page has no active token');
  return { id: token.id, name: token.name };
}

function forbidden() {
  return HttpResponse.json(
    { title: 'Forbidden', status: 403 },
    { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

function conflict() {
  return HttpResponse.json(
    { title: 'Conflict', status: 409, detail: 'The token is in use.' },
    { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

describe.each(mountings)('an action the module is left during, $style', ({ mount }) => {
  test('a bulk run: the host is told how many tokens it changed and how many it could not', async () => {
    const [first, refused, held] = firstPageTokens().filter((token) => token.status === 'Active');
    if (!first || !refused || !held) throw new Error('the first page has fewer than three active tokens');
    const hold = holdAnswer(held.id ?? '');
    server.use(
      http.post(`${TOKENS_URL}/:id/disable`, async ({ params }) =>
        params.id === refused.id ? conflict() : hold.handler(String(params.id)),
      ),
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
    await hold.leaveThenAnswer(module);
    await waitFor(() => expect(mockBackend.db.getToken(held.id ?? '')?.status).toBe('Disabled'), WAIT);
    await waitFor(
      () =>
        expect(module.notify.mock.calls).toEqual([
          ['2 tokens disabled', { tone: 'success' }],
          [
            '1 token could not be disabled. The list of API tokens shows their current state.',
            { tone: 'error' },
          ],
        ]),
      WAIT,
    );
  });

  test('a single disable: the host is told it failed, and why', async () => {
    const token = activeToken();
    const hold = holdAnswer(token.id, forbidden);
    server.use(http.post(`${TOKENS_URL}/:id/disable`, ({ params }) => hold.handler(String(params.id))));
    const module = mount();
    const user = userEvent.setup();
    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    await hold.leaveThenAnswer(module);
    await waitFor(
      () =>
        expect(module.notify.mock.calls).toEqual([
          [
            `“${token.name}” was not disabled. You do not have permission to do this. Ask an account administrator for access.`,
            { tone: 'error' },
          ],
        ]),
      WAIT,
    );
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Active');
  });

  test('an edit: the host is told its save failed, and why', async () => {
    const token = activeToken();
    const hold = holdAnswer(token.id, forbidden);
    server.use(http.put(`${TOKENS_URL}/:id`, ({ params }) => hold.handler(String(params.id))));
    const module = mount();
    const user = userEvent.setup();
    await chooseFromRowMenu(user, token.name, 'Edit');
    const dialog = await screen.findByRole('dialog', { name: 'Edit API token' }, WAIT);
    const name = await within(dialog).findByRole('textbox', { name: 'API token name' }, WAIT);
    await user.clear(name);
    await user.type(name, 'Renamed while leaving');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await hold.leaveThenAnswer(module);

    await waitFor(
      () =>
        expect(module.notify.mock.calls).toEqual([
          [
            `The changes to the API token “${token.name}” were not saved. You do not have permission to do this. Ask an account administrator for access.`,
            { tone: 'error' },
          ],
        ]),
      WAIT,
    );
    expect(mockBackend.db.getToken(token.id)?.name).toBe(token.name);
  });
});
