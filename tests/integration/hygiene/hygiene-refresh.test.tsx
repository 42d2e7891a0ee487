// The counters follow every change: create, edit, enable, disable and delete refresh them (issue 8).
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../../mocks/node';
import { useCreateApiToken } from '../../../src/features/api-tokens/api/create-token';
import {
  useDeleteApiToken,
  useDisableApiToken,
  useEnableApiToken,
} from '../../../src/features/api-tokens/api/state-mutations';
import type { ApiToken } from '../../../src/features/api-tokens/api/types';
import { useUpdateApiToken } from '../../../src/features/api-tokens/api/update-token';
import { renderModule } from '../../support/render-module';
import { chooseFromRowMenu, findDialog, firstPageTokens } from '../actions/action-helpers';
import {
  COUNTER_LABELS,
  expectedCounts,
  findStrip,
  freezeDate,
  hookWrapper,
  recordListQueries,
  type CounterLabel,
} from './hygiene-support';

freezeDate();

/** Waits until every counter shows what the mock's store holds right now. */
async function expectCountsMatchStore() {
  const expected = expectedCounts();
  await waitFor(() => {
    for (const label of COUNTER_LABELS)
      expect(screen.getByRole('link', { name: `${label}: ${expected[label]}` })).toBeInTheDocument();
  });
  return expected;
}

async function renderWithCounts() {
  const rendered = renderModule();
  await findStrip();
  const before = await expectCountsMatchStore();
  return { ...rendered, before };
}

function changed(before: Record<CounterLabel, number>, after: Record<CounterLabel, number>) {
  return Object.fromEntries(
    COUNTER_LABELS.filter((label) => before[label] !== after[label]).map((label) => [
      label,
      after[label] - before[label],
    ]),
  );
}

function asApiToken(id: string): ApiToken {
  const record = mockBackend.db.getToken(id);
  if (!record) throw new Error(`no token ${id}`);
  return record as unknown as ApiToken;
}

describe('hygiene strip: refresh after changes', () => {
  it('disable from the row menu moves one token from Active to Disabled', async () => {
    const token = firstPageTokens().find((t) => t.status === 'Active');
    if (!token) throw new Error('the first page has an active token');
    const { user, before } = await renderWithCounts();

    await chooseFromRowMenu(user, token.name, 'Disable');
    const dialog = await findDialog('Disable API token?');
    await user.click(within(dialog).getByRole('button', { name: 'Disable token' }));

    const after = await expectCountsMatchStore();
    expect(mockBackend.db.getToken(token.id)?.status).toBe('Disabled');
    expect(changed(before, after)).toEqual({ Active: -1, Disabled: 1 });
  });

  it('enable (mutation hook) moves one token back to Active', async () => {
    const token = mockBackend.db.listTokens().find((t) => t.status === 'Disabled');
    if (!token) throw new Error('the seed has a disabled token');
    const { queryClient, before } = await renderWithCounts();
    const { result } = renderHook(() => useEnableApiToken(), { wrapper: hookWrapper(queryClient) });

    await act(() => result.current.mutateAsync({ token: asApiToken(token.id) }));
    const after = await expectCountsMatchStore();
    expect(changed(before, after)).toEqual({ Active: 1, Disabled: -1 });
  });

  it('disable (mutation hook) is counted too', async () => {
    const token = mockBackend.db.listTokens().find((t) => t.status === 'Active' && t.lastAccessAt === null);
    if (!token) throw new Error('the seed has an active, never used token');
    const { queryClient, before } = await renderWithCounts();
    const { result } = renderHook(() => useDisableApiToken(), { wrapper: hookWrapper(queryClient) });

    await act(() => result.current.mutateAsync({ token: asApiToken(token.id) }));
    const after = await expectCountsMatchStore();
    expect(changed(before, after)).toEqual({ Active: -1, Disabled: 1 });
  });

  it('delete (mutation hook) removes the token from every count it was in', async () => {
    const token = mockBackend.db.listTokens().find((t) => t.status === 'Active' && t.lastAccessAt === null);
    if (!token) throw new Error('the seed has an active, never used token');
    const { queryClient, before } = await renderWithCounts();
    const { result } = renderHook(() => useDeleteApiToken(), { wrapper: hookWrapper(queryClient) });

    await act(() => result.current.mutateAsync({ token: asApiToken(token.id) }));
    const after = await expectCountsMatchStore();
    expect(changed(before, after)).toEqual({ Active: -1, 'Never used': -1 });
  });

  it('create (mutation hook) adds an active, never used token', async () => {
    const { queryClient, before } = await renderWithCounts();
    const { result } = renderHook(() => useCreateApiToken({ onSecret: () => undefined }), {
      wrapper: hookWrapper(queryClient),
    });
    const moduleId = mockBackend.db.listModules()[0]?.id ?? '';

    await act(() =>
      result.current.mutateAsync({ name: 'Hygiene check', description: null, moduleIds: [moduleId] }),
    );
    const after = await expectCountsMatchStore();
    expect(changed(before, after)).toEqual({ Active: 1, 'Never used': 1 });
  });

  it('edit (mutation hook) asks the server again', async () => {
    // An edit changes no count by itself; a change made elsewhere meanwhile shows whether the counts were refetched.
    const [edited, elsewhere] = mockBackend.db.listTokens().filter((t) => t.status === 'Active');
    if (!edited || !elsewhere) throw new Error('the seed has two active tokens');
    const requests = recordListQueries();
    const { queryClient, before } = await renderWithCounts();
    const { result } = renderHook(() => useUpdateApiToken(), { wrapper: hookWrapper(queryClient) });
    mockBackend.db.setTokenStatus(elsewhere.id, 'Disabled');
    requests.clear();

    await act(() =>
      result.current.mutateAsync({ id: edited.id, changes: { name: `${edited.name} renamed` } }),
    );
    const after = await expectCountsMatchStore();
    expect(changed(before, after)).toEqual({ Active: -1, Disabled: 1 });
    expect(requests.counts()).toHaveLength(4);
  });
});
