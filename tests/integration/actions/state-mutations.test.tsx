// The mutation hooks own cache consistency: optimistic change of every cached list page and the detail,
// rollback when the server refuses, then a refresh of lists, counts, the detail and its audit trail.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import { buildAuditQuery } from '../../../src/features/api-tokens/api/audit-query';
import { apiTokenQueries } from '../../../src/features/api-tokens/api/queries';
import {
  useBulkTokenStateMutation,
  useTokenStateMutation,
} from '../../../src/features/api-tokens/api/state-mutations';
import { canApply, type TokenStateAction } from '../../../src/features/api-tokens/api/token-state';
import type { ApiToken, ApiTokenCollection } from '../../../src/features/api-tokens/api/types';
import { createApiClient, type ApiClient } from '../../../src/lib/api-client';
import { ApiError } from '../../../src/lib/api-error';
import { ServicesProvider } from '../../../src/lib/services';
import { createTestQueryClient, TEST_ACCESS_TOKEN } from '../../support/render-module';
import { holdTokenRequest } from './action-helpers';

const TOKENS = `${TEST_API_BASE_URL}/public/v1/accounts/api-tokens`;
const ALL_PAGE = 'order=name&limit=100&offset=0';
const ACTIVE_PAGE = 'eq(status,"Active")&order=name&limit=10&offset=0';
const ACTIVE_COUNT = 'eq(status,"Active")';

function setup() {
  const queryClient = createTestQueryClient();
  const client = createApiClient({ baseUrl: TEST_API_BASE_URL, getAccessToken: () => TEST_ACCESS_TOKEN });
  const notify = vi.fn();
  function wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <ServicesProvider
          value={{ client, apiBaseUrl: TEST_API_BASE_URL, locale: 'en-GB', timeZone: 'UTC', notify }}
        >
          {children}
        </ServicesProvider>
      </QueryClientProvider>
    );
  }
  return { queryClient, client, wrapper };
}

async function seedCache(queryClient: QueryClient, client: ApiClient, ...queries: string[]) {
  for (const query of queries) await queryClient.fetchQuery(apiTokenQueries.list(client, query));
}

function listData(queryClient: QueryClient, client: ApiClient, query: string) {
  return queryClient.getQueryData<ApiTokenCollection>(apiTokenQueries.list(client, query).queryKey);
}

function rowOf(queryClient: QueryClient, client: ApiClient, query: string, id: string) {
  return listData(queryClient, client, query)?.data?.find((t) => t.id === id);
}

function firstWithStatus(status: 'Active' | 'Disabled', skip = 0): ApiToken {
  const record = mockBackend.db.listTokens().filter((t) => t.status === status)[skip];
  if (!record) throw new Error(`no ${status} token in the seed`);
  return { id: record.id, name: record.name, status: record.status };
}

function renderStateMutation(action: TokenStateAction) {
  const harness = setup();
  const hook = renderHook(() => useTokenStateMutation(action), { wrapper: harness.wrapper });
  return { ...harness, hook };
}

describe('canApply', () => {
  it('offers Enable only for Disabled tokens and Disable only for Active ones', () => {
    expect(canApply('enable', { status: 'Disabled' })).toBe(true);
    expect(canApply('enable', { status: 'Active' })).toBe(false);
    expect(canApply('disable', { status: 'Active' })).toBe(true);
    expect(canApply('disable', { status: 'Disabled' })).toBe(false);
    expect(canApply('delete', { status: 'Active' })).toBe(true);
    expect(canApply('delete', { status: 'Disabled' })).toBe(true);
  });
});

describe('single state mutations', () => {
  it('disable: every cached page and the detail show Disabled before the server answers, then the server agrees', async () => {
    const { queryClient, client, hook } = renderStateMutation('disable');
    await seedCache(queryClient, client, ALL_PAGE, ACTIVE_PAGE);
    const token = listData(queryClient, client, ACTIVE_PAGE)?.data?.[0] as ApiToken;
    const id = token.id as string;
    await queryClient.fetchQuery(apiTokenQueries.detail(client, id));
    const disable = holdTokenRequest('post', `${id}/disable`);

    let settled = false;
    act(() => {
      hook.result.current.mutate({ token }, { onSettled: () => (settled = true) });
    });

    await waitFor(() => expect(rowOf(queryClient, client, ALL_PAGE, id)?.status).toBe('Disabled'));
    // Still waiting for the server: the state is optimistic.
    expect(settled).toBe(false);
    expect(mockBackend.db.getToken(id)?.status).toBe('Active');
    // A filtered page keeps the row with its new status until the refetch drops it.
    expect(rowOf(queryClient, client, ACTIVE_PAGE, id)?.status).toBe('Disabled');
    expect(queryClient.getQueryData<ApiToken>(apiTokenQueries.detail(client, id).queryKey)?.status).toBe(
      'Disabled',
    );

    disable.release();
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));
    expect(mockBackend.db.getToken(id)?.status).toBe('Disabled');
    // Everything it touched was invalidated: the lists, the detail.
    const lists = queryClient.getQueryCache().findAll({ queryKey: apiTokenQueries.lists(client) });
    expect(lists.length).toBe(2);
    for (const query of lists) expect(query.state.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(apiTokenQueries.detail(client, id).queryKey)?.isInvalidated).toBe(true);
  });

  it('enable: changes the status at once and refreshes the audit trail, which records the change', async () => {
    const { queryClient, client, hook } = renderStateMutation('enable');
    const token = firstWithStatus('Disabled');
    const id = token.id as string;
    const auditQuery = buildAuditQuery(id, { limit: 10, offset: 0 });
    await seedCache(queryClient, client, ALL_PAGE);
    await queryClient.fetchQuery(apiTokenQueries.audit(client, id, auditQuery));

    await act(() => hook.result.current.mutateAsync({ token }));

    expect(rowOf(queryClient, client, ALL_PAGE, id)?.status).toBe('Active');
    expect(
      queryClient.getQueryState(apiTokenQueries.audit(client, id, auditQuery).queryKey)?.isInvalidated,
    ).toBe(true);
    const audit = await queryClient.fetchQuery(apiTokenQueries.audit(client, id, auditQuery));
    expect(audit.data?.[0]?.event).toBe('platform.accounts.api-token.enabled');
    expect(audit.data?.[0]?.object?.id).toBe(id);
  });

  it('delete: removes the row from every page, shrinks the totals and drops the detail once the server agrees', async () => {
    const { queryClient, client, hook } = renderStateMutation('delete');
    const token = firstWithStatus('Disabled');
    const id = token.id as string;
    await seedCache(queryClient, client, ALL_PAGE);
    await queryClient.fetchQuery(apiTokenQueries.detail(client, id));
    const before = listData(queryClient, client, ALL_PAGE);
    const remove = holdTokenRequest('delete', id);

    act(() => hook.result.current.mutate({ token }));

    await waitFor(() => expect(rowOf(queryClient, client, ALL_PAGE, id)).toBeUndefined());
    const during = listData(queryClient, client, ALL_PAGE);
    expect(during?.data).toHaveLength((before?.data?.length ?? 0) - 1);
    expect(during?.$meta?.pagination?.total).toBe((before?.$meta?.pagination?.total ?? 0) - 1);
    expect(mockBackend.db.getToken(id)).toBeDefined();
    // The open detail page keeps its data until the delete succeeded (no "not found" flash).
    expect(queryClient.getQueryData(apiTokenQueries.detail(client, id).queryKey)).toBeDefined();

    remove.release();

    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));
    expect(mockBackend.db.getToken(id)).toBeUndefined();
    expect(queryClient.getQueryData(apiTokenQueries.detail(client, id).queryKey)).toBeUndefined();
  });

  it('delete of the last row of the last page leaves an empty page whose total says where the end is now', async () => {
    const { queryClient, client, hook } = renderStateMutation('delete');
    const total = mockBackend.db.tokenCount();
    const pageSize = 25;
    const lastOffset = Math.floor((total - 1) / pageSize) * pageSize;
    // Make the last page hold exactly one row.
    const lastPage = `order=name&limit=${pageSize}&offset=${lastOffset}`;
    const extra = total - lastOffset - 1;
    for (let i = 0; i < extra; i++) {
      const victim = mockBackend.db.listTokens()[0];
      if (victim) mockBackend.db.deleteToken(victim.id);
    }
    const countNow = mockBackend.db.tokenCount();
    await seedCache(queryClient, client, lastPage);
    await queryClient.fetchQuery(apiTokenQueries.count(client, ''));
    const rows = listData(queryClient, client, lastPage)?.data ?? [];
    expect(rows).toHaveLength(1);

    await act(() => hook.result.current.mutateAsync({ token: rows[0] as ApiToken }));

    const after = listData(queryClient, client, lastPage);
    expect(after?.data).toEqual([]);
    expect(after?.$meta?.pagination?.total).toBe(countNow - 1);
    // The page count the grid derives from the total now ends one page earlier.
    expect(Math.ceil((after?.$meta?.pagination?.total ?? 0) / pageSize)).toBe(lastOffset / pageSize);
    // Server-side counts were invalidated and read the new number.
    expect(queryClient.getQueryState(apiTokenQueries.count(client, '').queryKey)?.isInvalidated).toBe(true);
    expect(await queryClient.fetchQuery(apiTokenQueries.count(client, ''))).toBe(countNow - 1);
  });

  it.each([
    ['a server error (500)', 500 as const, 500],
    ['a network failure', 'network' as const, 0],
  ])('rolls back on %s and reports the error', async (_label, failure, status) => {
    const { queryClient, client, hook } = renderStateMutation('disable');
    await seedCache(queryClient, client, ALL_PAGE, ACTIVE_PAGE);
    const token = listData(queryClient, client, ACTIVE_PAGE)?.data?.[0] as ApiToken;
    const id = token.id as string;
    await queryClient.fetchQuery(apiTokenQueries.detail(client, id));
    const before = listData(queryClient, client, ALL_PAGE);
    mockBackend.setScenario({ failures: { disable: failure } });
    const disable = holdTokenRequest('post', `${id}/disable`);

    act(() => hook.result.current.mutate({ token }));
    await waitFor(() => expect(rowOf(queryClient, client, ALL_PAGE, id)?.status).toBe('Disabled'));
    disable.release();
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    expect(rowOf(queryClient, client, ALL_PAGE, id)?.status).toBe('Active');
    expect(rowOf(queryClient, client, ACTIVE_PAGE, id)?.status).toBe('Active');
    expect(listData(queryClient, client, ALL_PAGE)?.data).toEqual(before?.data);
    expect(queryClient.getQueryData<ApiToken>(apiTokenQueries.detail(client, id).queryKey)?.status).toBe(
      'Active',
    );
    const error = hook.result.current.error;
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(status);
    if (status === 500) expect((error as ApiError).traceId).toMatch(/^00-/);
    // Never retried automatically.
    expect(hook.result.current.failureCount).toBe(1);
  });

  it('rolls back a delete that fails: the row and the total come back', async () => {
    const { queryClient, client, hook } = renderStateMutation('delete');
    const token = firstWithStatus('Active');
    await seedCache(queryClient, client, ALL_PAGE);
    const before = listData(queryClient, client, ALL_PAGE);
    mockBackend.setScenario({ failures: { delete: 500 } });

    await act(async () => {
      await expect(hook.result.current.mutateAsync({ token })).rejects.toBeInstanceOf(ApiError);
    });

    expect(listData(queryClient, client, ALL_PAGE)).toEqual(before);
    expect(mockBackend.db.getToken(token.id as string)).toBeDefined();
  });

  it('a rollback puts back when each entry was read, as it is no new read of the token', async () => {
    const { queryClient, client, hook } = renderStateMutation('delete');
    const token = firstWithStatus('Active');
    const id = token.id as string;
    await seedCache(queryClient, client, ALL_PAGE);
    const detail = await queryClient.fetchQuery(apiTokenQueries.detail(client, id));
    const readAt = (key: readonly unknown[]) => queryClient.getQueryState(key)?.dataUpdatedAt;
    const listKey = apiTokenQueries.list(client, ALL_PAGE).queryKey;
    const detailKey = apiTokenQueries.detail(client, id).queryKey;
    const before = { list: readAt(listKey), detail: readAt(detailKey) };
    // A minute later by the page's clock, so a fresh stamp could not pass for the old one.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
    try {
      mockBackend.setScenario({ failures: { delete: 500 } });
      await act(async () => {
        await expect(hook.result.current.mutateAsync({ token })).rejects.toBeInstanceOf(ApiError);
      });
      expect(queryClient.getQueryData(detailKey)).toEqual(detail);
      expect({ list: readAt(listKey), detail: readAt(detailKey) }).toEqual(before);
    } finally {
      vi.useRealTimers();
    }
  });

  it('an invalid transition (400) rolls back and carries the server detail', async () => {
    const { queryClient, client, hook } = renderStateMutation('disable');
    const token = firstWithStatus('Active');
    const id = token.id as string;
    await seedCache(queryClient, client, ALL_PAGE);
    // Someone else disabled it meanwhile: our cache still says Active.
    server.use(
      http.post(`${TOKENS}/:id/disable`, () =>
        HttpResponse.json(
          {
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: 'Invalid status transition',
            status: 400,
            detail: `API token ${id} is already Disabled; only an Active token can be disabled.`,
            traceId: '00-invalid-transition-00',
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    await act(async () => {
      await hook.result.current.mutateAsync({ token }).catch(() => undefined);
    });

    const error = hook.result.current.error as ApiError;
    expect(error.status).toBe(400);
    expect(error.detail).toContain('already Disabled');
    expect(error.traceId).toBe('00-invalid-transition-00');
    expect(rowOf(queryClient, client, ALL_PAGE, id)?.status).toBe('Active');
  });

  it('the real mock refuses to disable a token that is already disabled (400)', async () => {
    const { hook } = renderStateMutation('disable');
    const token = firstWithStatus('Disabled');
    await act(async () => {
      await hook.result.current.mutateAsync({ token: { ...token, status: 'Active' } }).catch(() => undefined);
    });
    expect((hook.result.current.error as ApiError).status).toBe(400);
  });
});

describe('bulk state mutation', () => {
  it('applies to all, then reports which failed and why; the failed ones go back, the others keep the change', async () => {
    const { queryClient, client, wrapper } = setup();
    const hook = renderHook(() => useBulkTokenStateMutation(), { wrapper });
    const tokens = [firstWithStatus('Active', 0), firstWithStatus('Active', 1), firstWithStatus('Active', 2)];
    const failing = tokens[1]?.id as string;
    await seedCache(queryClient, client, ALL_PAGE);
    server.use(
      http.post(`${TOKENS}/:id/disable`, ({ params }) =>
        params.id === failing
          ? HttpResponse.json(
              {
                title: 'Conflict',
                status: 409,
                detail: 'Token is locked by a running job.',
                traceId: '00-bulk-00',
              },
              { status: 409 },
            )
          : undefined,
      ),
    );
    const progress: number[] = [];

    let result: Awaited<ReturnType<typeof hook.result.current.mutateAsync>> | undefined;
    await act(async () => {
      result = await hook.result.current.mutateAsync({
        action: 'disable',
        tokens,
        onProgress: (done) => progress.push(done),
      });
    });

    expect(result?.succeeded.map((t) => t.id)).toEqual([tokens[0]?.id, tokens[2]?.id]);
    expect(result?.failed.map((f) => f.token.id)).toEqual([failing]);
    expect((result?.failed[0]?.error as ApiError).detail).toBe('Token is locked by a running job.');
    expect(progress).toEqual([1, 2, 3]);
    expect(rowOf(queryClient, client, ALL_PAGE, tokens[0]?.id as string)?.status).toBe('Disabled');
    expect(rowOf(queryClient, client, ALL_PAGE, failing)?.status).toBe('Active');
    expect(rowOf(queryClient, client, ALL_PAGE, tokens[2]?.id as string)?.status).toBe('Disabled');
    expect(mockBackend.db.getToken(failing)?.status).toBe('Active');
    expect(mockBackend.db.getToken(tokens[2]?.id as string)?.status).toBe('Disabled');
  });

  it('bulk delete removes the rows at once and shrinks the total by the number deleted', async () => {
    const { queryClient, client, wrapper } = setup();
    const hook = renderHook(() => useBulkTokenStateMutation(), { wrapper });
    const tokens = [firstWithStatus('Active', 0), firstWithStatus('Disabled', 0)];
    await seedCache(queryClient, client, ALL_PAGE);
    const total = listData(queryClient, client, ALL_PAGE)?.$meta?.pagination?.total ?? 0;
    // Deletes are held until the test lets them through: the optimistic total is checked before any lands.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.delete(`${TEST_API_BASE_URL}/public/v1/accounts/api-tokens/:id`, async () => {
        await held;
        return undefined;
      }),
    );

    act(() => hook.result.current.mutate({ action: 'delete', tokens }));
    await waitFor(() =>
      expect(listData(queryClient, client, ALL_PAGE)?.$meta?.pagination?.total).toBe(total - 2),
    );
    expect(mockBackend.db.tokenCount()).toBe(total);
    release();

    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));
    expect(mockBackend.db.tokenCount()).toBe(total - 2);
    const refreshed = await queryClient.fetchQuery(apiTokenQueries.list(client, ALL_PAGE));
    expect(refreshed.$meta?.pagination?.total).toBe(total - 2);
    expect(refreshed.data?.some((t) => tokens.some((d) => d.id === t.id))).toBe(false);
  });

  it('keeps the active-filtered count right after a bulk disable', async () => {
    const { queryClient, client, wrapper } = setup();
    const hook = renderHook(() => useBulkTokenStateMutation(), { wrapper });
    const activeBefore = await queryClient.fetchQuery(apiTokenQueries.count(client, ACTIVE_COUNT));
    const tokens = [firstWithStatus('Active', 0), firstWithStatus('Active', 1)];

    await act(() => hook.result.current.mutateAsync({ action: 'disable', tokens }));

    expect(
      queryClient.getQueryState(apiTokenQueries.count(client, ACTIVE_COUNT).queryKey)?.isInvalidated,
    ).toBe(true);
    expect(await queryClient.fetchQuery(apiTokenQueries.count(client, ACTIVE_COUNT))).toBe(activeBefore - 2);
  });
});
