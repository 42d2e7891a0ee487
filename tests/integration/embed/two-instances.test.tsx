// A portal may mount the module twice (two accounts behind two API base URLs) on its one QueryClient. Both
// backends here are seeded alike, so the two accounts even share token IDs; only the names tell them apart.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend, TEST_API_BASE_URL } from '../../../mocks/node';
import { ROOT_QUERY_KEY } from '../../../src/embed';
import { rowStatus, seededTokens } from '../actions/action-helpers';
import { mountTwoModules, SECOND_API_BASE_URL } from '../../support/two-modules';

const SECOND = 'Second account: ';

/** Both modules; the second account's tokens are named apart. */
const mountTwice = () =>
  mountTwoModules((second) => {
    for (const token of second.db.listTokens())
      second.db.updateToken(token.id, { name: SECOND + token.name });
  });

async function findRow(region: HTMLElement, name: string) {
  const button = await within(region).findByRole('button', { name: `Actions for ${name}`, hidden: true });
  return button.closest('tr')!;
}

describe('two modules on one QueryClient', () => {
  it("each shows its own API's tokens, and a disable in one leaves the other alone", async () => {
    const token = seededTokens('Active')[0]!;
    const user = userEvent.setup();
    const { second, queryClient, first, secondRegion } = mountTwice();

    const firstRow = await findRow(first, token.name);
    const secondRow = await findRow(secondRegion, SECOND + token.name);
    expect(within(first).queryAllByText(new RegExp(SECOND))).toEqual([]);
    expect(within(secondRegion).queryByRole('button', { name: `Actions for ${token.name}` })).toBeNull();

    // Every entry names the API it came from, right after the root key.
    const keys = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey);
    expect(keys.every((key) => key[0] === ROOT_QUERY_KEY)).toBe(true);
    expect(new Set(keys.map((key) => key[1]))).toEqual(new Set([TEST_API_BASE_URL, SECOND_API_BASE_URL]));

    await user.click(within(first).getByRole('button', { name: `Actions for ${token.name}` }));
    await user.click(await screen.findByRole('menuitem', { name: 'Disable' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Disable API token?' });
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));

    await waitFor(() => expect(mockBackend.db.getToken(token.id)?.status).toBe('Disabled'));
    await waitFor(() => expect(rowStatus(firstRow)).toBe('Disabled'));
    // Let the first module's refetches settle, then look at the second one.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(second.db.getToken(token.id)?.status).toBe('Active');
    expect(rowStatus(await findRow(secondRegion, SECOND + token.name))).toBe('Active');
    expect(rowStatus(secondRow)).toBe('Active');
  });
});
