// A token the module deleted, met again through the history: its page says it was deleted, by name. Any other
// token the API does not know (an unknown ID, one deleted elsewhere, or by another module on the page) keeps the
// generic "Token not found".
import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';
import { mockBackend, server } from '../../../mocks/node';
import {
  chooseFromPageMenu,
  chooseFromRowMenu,
  expectMessage,
  findDialog,
  firstPageTokens,
  holdTokenRequest,
  queryRow,
} from '../actions/action-helpers';
import { MOUNT_PATH, renderModule } from '../../support/render-module';
import { mountTwoModules } from '../../support/two-modules';
import { UNKNOWN_TOKEN_ID } from './support';

const DELETED_TEXT = 'Deleted tokens cannot be restored.';

/** The GET requests for one token, as sent. */
function countTokenReads(id: string) {
  const reads: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'GET' && new URL(request.url).pathname.endsWith(`/api-tokens/${id}`))
      reads.push(request.url);
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return reads;
}

/** Opens the grid's first token, goes back to the grid by the page's link and deletes the token from its row. */
async function openThenDeleteFromGrid(queryClient?: QueryClient) {
  const token = firstPageTokens()[0]!;
  const rendered = renderModule(queryClient ? { queryClient } : {});
  const { user } = rendered;
  await user.click(await screen.findByRole('link', { name: token.name }));
  await screen.findByRole('heading', { level: 1, name: token.name });
  await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Back to API tokens' }));

  await chooseFromRowMenu(user, token.name, 'Delete');
  const dialog = await findDialog('Delete API token?');
  await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
  await expectMessage(`API token “${token.name}” deleted.`);
  await waitFor(() => expect(queryRow(token.name)).toBeNull());
  expect(mockBackend.db.getToken(token.id)).toBeUndefined();
  return { ...rendered, token };
}

describe('a token deleted by the module, met again through the history', () => {
  it('says the token was deleted, by name and ID, after a delete from the grid and Back into its page', async () => {
    const { token, goBack, currentLocation } = await openThenDeleteFromGrid();
    const reads = countTokenReads(token.id);

    await goBack();
    expect(currentLocation()?.pathname).toBe(`${MOUNT_PATH}/${token.id}/general`);
    const heading = await screen.findByRole('heading', { level: 1, name: 'API token deleted' });
    const card = heading.closest('section')!;
    expect(card).toHaveTextContent(`“${token.name}” (${token.id}) was deleted. ${DELETED_TEXT}`);
    expect(within(card).getByRole('link', { name: 'Back to API tokens' })).toHaveAttribute(
      'href',
      MOUNT_PATH,
    );
    expect(screen.queryByRole('heading', { name: 'Token not found' })).not.toBeInTheDocument();
    // The API was asked, and confirmed it.
    expect(reads).toHaveLength(1);
    // The grid's table, which had focus, went with the grid: the new page starts at its heading.
    expect(heading).toHaveFocus();
  });

  it('shows the token after all when the API still has it: the server wins', async () => {
    const { token, goBack } = await openThenDeleteFromGrid();
    // Another state of the API, in which the token exists.
    mockBackend.reset();

    await goBack();
    expect(await screen.findByRole('heading', { level: 1, name: token.name })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'API token deleted' })).not.toBeInTheDocument();
    expect(screen.getByRole('tablist', { name: 'API token sections' })).toBeInTheDocument();
  });

  it('forgets a token the API had after all: deleted elsewhere later, it is "Token not found"', async () => {
    // Entries go once unused, as a host's cache lets them go in time: the page's read is not kept for the next visit.
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, gcTime: 0 }, mutations: { retry: false } },
    });
    const { token, user, goBack, goForward } = await openThenDeleteFromGrid(queryClient);
    mockBackend.reset();
    await goBack();
    await screen.findByRole('heading', { level: 1, name: token.name });
    await goForward();
    await screen.findByRole('heading', { level: 1, name: 'API tokens' });
    await screen.findByRole('link', { name: token.name });
    mockBackend.db.deleteToken(token.id);

    await user.click(screen.getByRole('link', { name: token.name }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Token not found' })).toBeInTheDocument();
  });

  it('says so for each token of a bulk delete', async () => {
    const [token, other] = firstPageTokens();
    const { user, goBack } = renderModule();
    await user.click(await screen.findByRole('link', { name: token!.name }));
    await screen.findByRole('heading', { level: 1, name: token!.name });
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Back to API tokens' }));

    for (const name of [token!.name, other!.name])
      await user.click(await screen.findByRole('checkbox', { name: `Select ${name}` }));
    const bar = screen.getByRole('region', { name: 'Selected tokens' });
    await user.click(within(bar).getByRole('button', { name: 'Delete' }));
    const dialog = await findDialog('Delete 2 tokens?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 tokens' }));
    await expectMessage('2 tokens deleted');

    await goBack();
    const heading = await screen.findByRole('heading', { level: 1, name: 'API token deleted' });
    expect(heading.closest('section')).toHaveTextContent(`“${token!.name}” (${token!.id}) was deleted.`);
  });

  it('says so for a token deleted from its own page that was left before the delete ended, met again by Forward', async () => {
    const token = firstPageTokens()[0]!;
    const { user, goBack, goForward } = renderModule();
    await user.click(await screen.findByRole('link', { name: token.name }));
    await screen.findByRole('heading', { level: 1, name: token.name });
    const held = holdTokenRequest('delete', token.id);
    await chooseFromPageMenu(user, 'Delete');
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));

    // Back to the grid while the delete is on its way; it ends there.
    await goBack();
    await screen.findByRole('heading', { level: 1, name: 'API tokens' });
    held.release();
    await waitFor(() => expect(mockBackend.db.getToken(token.id)).toBeUndefined());
    await waitFor(() => expect(queryRow(token.name)).toBeNull());

    await goForward();
    const heading = await screen.findByRole('heading', { level: 1, name: 'API token deleted' });
    expect(heading.closest('section')).toHaveTextContent(`“${token.name}” (${token.id}) was deleted.`);
  });

  it('keeps "Token not found" for an unknown ID', async () => {
    renderModule({ path: `/${UNKNOWN_TOKEN_ID}` });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Token not found' });
    expect(heading.closest('section')).toHaveTextContent(
      `No API token with ID ${UNKNOWN_TOKEN_ID} exists. It may have been deleted, or the link is wrong.`,
    );
    // The page the user arrived on from outside the module keeps the browser's focus.
    expect(heading).not.toHaveFocus();
    expect(screen.queryByText(new RegExp(DELETED_TEXT))).not.toBeInTheDocument();
  });

  it('keeps "Token not found" for a token deleted elsewhere, met again through the history', async () => {
    const token = firstPageTokens()[0]!;
    const { user, goBack } = renderModule();
    await user.click(await screen.findByRole('link', { name: token.name }));
    await screen.findByRole('heading', { level: 1, name: token.name });
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Back to API tokens' }));
    await screen.findByRole('heading', { level: 1, name: 'API tokens' });
    mockBackend.db.deleteToken(token.id);

    await goBack();
    const heading = await screen.findByRole('heading', { level: 1, name: 'Token not found' });
    // Reached from the grid, it starts at its heading, as every page of the module does.
    expect(heading).toHaveFocus();
    expect(screen.queryByText(new RegExp(DELETED_TEXT))).not.toBeInTheDocument();
  });
});

describe('two modules on one page', () => {
  /** Two modules, each under its own router, whose navigate functions the test holds. */
  const mountTwice = () => mountTwoModules();

  it("one module's delete leaves the other's page for that ID generic", async () => {
    const token = firstPageTokens()[0]!;
    const user = userEvent.setup();
    const { second, navigators, first, secondRegion } = mountTwice();
    // Both accounts are seeded alike: the same ID is in each.
    await within(secondRegion).findByRole('link', { name: token.name });

    await user.click(await within(first).findByRole('button', { name: `Actions for ${token.name}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const dialog = await findDialog('Delete API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete token' }));
    await waitFor(() => expect(mockBackend.db.getToken(token.id)).toBeUndefined());
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    // The second account loses the same ID, but not by anything its module did.
    second.db.deleteToken(token.id);

    await navigators['Second account']!(`${MOUNT_PATH}/${token.id}`);
    expect(
      await within(secondRegion).findByRole('heading', { level: 1, name: 'Token not found' }),
    ).toBeInTheDocument();
    expect(within(secondRegion).queryByText(new RegExp(DELETED_TEXT))).not.toBeInTheDocument();

    // The module that deleted it says so.
    await navigators['First account']!(`${MOUNT_PATH}/${token.id}`);
    expect(
      await within(first).findByRole('heading', { level: 1, name: 'API token deleted' }),
    ).toBeInTheDocument();
    expect(
      within(secondRegion).getByRole('heading', { level: 1, name: 'Token not found' }),
    ).toBeInTheDocument();
  });
});
