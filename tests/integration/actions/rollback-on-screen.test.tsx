// Undo proven on screen: the state change shows before the server answers, and when the server refuses, the
// screen goes back by itself. Every read the failure would trigger is held, so no refetch can repair the screen
// in the rollback's place: if the mutation's rollback were a no-op, these rows would keep the refused state.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { renderModule } from '../../support/render-module';
import {
  chooseFromRowMenu,
  findDialog,
  findRow,
  firstPageTokens,
  queryRow,
  rowStatus,
} from './action-helpers';

const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
/** The held answers fix the order of events; only how fast a loaded machine gets through them varies. */
const SLOW = { timeout: 20_000 };

/** A promise the test resolves by hand; released when the test ends so no handler outlives it. */
function gate() {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  onTestFinished(() => release());
  return { opened, release };
}

function refusal(status: number, detail: string) {
  return HttpResponse.json(
    { title: 'Refused', status, detail, traceId: '00-rollback-trace-00' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * From now on every GET under the tokens path waits until the test ends, so whatever the screen shows after a
 * failure is the cache as the mutation left it. Returns how many reads were held.
 */
function holdEveryRead(reads = gate()) {
  const held: string[] = [];
  server.use(
    http.get(`${TOKENS}*`, async ({ request }) => {
      held.push(new URL(request.url).pathname);
      await reads.opened;
      return new HttpResponse(null, { status: 503 });
    }),
  );
  return held;
}

/** The server's answer to one state change waits for `answer.release()` and then refuses. */
function holdAndRefuse(method: 'post' | 'delete', path: string, status: number, detail: string) {
  const answer = gate();
  const matcher = method === 'post' ? http.post : http.delete;
  server.use(
    matcher(`${TOKENS}/${path}`, async () => {
      await answer.opened;
      return refusal(status, detail);
    }),
  );
  return answer;
}

function firstOnPage(status: 'Active' | 'Disabled', skip = 0) {
  const token = firstPageTokens().filter((t) => t.status === status)[skip];
  if (!token) throw new Error(`the first page has no ${status} token #${skip}`);
  return token;
}

// Each test walks a whole flow through the UI; a loaded machine needs more than the default 15 s for some.
describe('rollback on screen, before any refetch', { timeout: 40_000 }, () => {
  it('disable: Disabled while the answer is held, Active again when it is refused', async () => {
    const token = firstOnPage('Active');
    const { user } = renderModule();
    await findRow(token.name);
    const answer = holdAndRefuse('post', `${token.id}/disable`, 500, 'The disable could not be stored.');
    const held = holdEveryRead();

    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    await waitFor(async () => expect(rowStatus(await findRow(token.name))).toBe('Disabled'), SLOW);

    answer.release();
    await waitFor(async () => expect(rowStatus(await findRow(token.name))).toBe('Active'), SLOW);
    // The rollback came from the cache: the refresh the failure asked for is still waiting.
    expect(held.length).toBeGreaterThan(0);
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Active');
  });

  it('enable: Active while the answer is held, Disabled again when it is refused', async () => {
    const token = firstOnPage('Disabled');
    const { user } = renderModule();
    await findRow(token.name);
    const answer = holdAndRefuse('post', `${token.id}/enable`, 409, 'The token cannot be enabled now.');
    const held = holdEveryRead();

    await chooseFromRowMenu(user, token.name, 'Enable');
    const dialog = await findDialog('Enable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Enable token' }));
    await waitFor(async () => expect(rowStatus(await findRow(token.name))).toBe('Active'), SLOW);

    answer.release();
    await waitFor(async () => expect(rowStatus(await findRow(token.name))).toBe('Disabled'), SLOW);
    expect(held.length).toBeGreaterThan(0);
  });

  it('delete: the row leaves while the answer is held and comes back when it is refused', async () => {
    const token = firstOnPage('Active');
    const { user } = renderModule();
    await findRow(token.name);
    const answer = holdAndRefuse('delete', token.id, 500, 'The delete could not be stored.');
    const held = holdEveryRead();

    await chooseFromRowMenu(user, token.name, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    await waitFor(() => expect(queryRow(token.name)).not.toBeInTheDocument(), SLOW);

    answer.release();
    expect(rowStatus(await findRow(token.name))).toBe('Active');
    expect(held.length).toBeGreaterThan(0);
  });

  it('bulk disable: all change at once; only the refused one goes back', async () => {
    const [kept, refused] = [firstOnPage('Active', 0), firstOnPage('Active', 1)];
    if (!kept || !refused) throw new Error('seed');
    const { user } = renderModule();
    for (const name of [kept.name, refused.name]) {
      await findRow(name);
      await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    }
    const answer = holdAndRefuse('post', `${refused.id}/disable`, 409, 'The token is in use.');
    const reads = gate();
    const held = holdEveryRead(reads);

    const bar = screen.getByRole('region', { name: 'Selected tokens' });
    await user.click(within(bar).getByRole('button', { name: 'Disable' }));
    const dialog = await findDialog('Disable 2 tokens?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable 2 tokens' }));
    await waitFor(async () => {
      expect(rowStatus(await findRow(kept.name))).toBe('Disabled');
      expect(rowStatus(await findRow(refused.name))).toBe('Disabled');
    }, SLOW);

    answer.release();
    await waitFor(async () => expect(rowStatus(await findRow(refused.name))).toBe('Active'), SLOW);
    expect(rowStatus(await findRow(kept.name))).toBe('Disabled');
    expect(held.length).toBeGreaterThan(0);

    // The outcome dialog follows once the refresh has answered.
    reads.release();
    expect(await screen.findByRole('alertdialog', { name: '1 token could not be disabled' })).toBeVisible();
  });

  it("the token's page: the header says Disabled while held and Active again when refused", async () => {
    const token = firstOnPage('Active');
    const { user } = renderModule({ path: `/${token.id}/general` });
    const heading = await screen.findByRole('heading', { level: 1, name: token.name });
    const headerStatus = () =>
      within(heading.parentElement as HTMLElement).queryByText(/^(Active|Disabled)$/)?.textContent;
    expect(headerStatus()).toBe('Active');
    const answer = holdAndRefuse('post', `${token.id}/disable`, 500, 'The disable could not be stored.');
    const held = holdEveryRead();

    await user.click(screen.getByRole('button', { name: 'More actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Disable' }));
    const dialog = await findDialog('Disable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));
    await waitFor(() => expect(headerStatus()).toBe('Disabled'), SLOW);

    answer.release();
    await waitFor(() => expect(headerStatus()).toBe('Active'), SLOW);
    expect(held.length).toBeGreaterThan(0);
  });
});
