import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW } from '../../src/features/api-tokens/model/grid-view';
import { startLandingRequest } from '../../src/standalone/app';
import type { StandaloneEnv } from '../../src/standalone/env';

const origin = 'http://127.0.0.1:5173';
const mockEnv: StandaloneEnv = { VITE_API_MODE: 'mock-server' };

/** Starts the landing request for `path` and returns the URLs the app asked for. */
async function landingRequests(path: string, env = mockEnv): Promise<string[]> {
  const fetchSpy = vi
    .spyOn(globalThis, 'fetch')
    .mockImplementation(async () =>
      Response.json({ data: [], $meta: { pagination: { offset: 0, limit: 25, total: 0 } } }),
    );
  await startLandingRequest(env, new QueryClient(), new URL(path, origin));
  return fetchSpy.mock.calls.map(([input]) => decodeURIComponent(String(input)));
}

afterEach(() => vi.restoreAllMocks());

describe("the standalone page's first request", () => {
  it("starts the grid's request for the view in the URL", async () => {
    const urls = await landingRequests('/settings/api-tokens?status=Disabled&size=50');
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^\/public\/v1\/accounts\/api-tokens\?/);
    expect(urls[0]).toContain('eq(status,"Disabled")');
    expect(urls[0]).toContain('limit=50');
  });

  it('asks for the default view where the page redirects to the grid', async () => {
    const urls = await landingRequests('/?status=Disabled');
    expect(urls).toHaveLength(1);
    expect(urls[0]).not.toContain('status');
    expect(urls[0]).toContain(`limit=${DEFAULT_VIEW.size}&offset=0`);
  });

  it('leaves other screens of the module to themselves', async () => {
    expect(await landingRequests('/settings/api-tokens/TKN-1234-5678/general')).toEqual([]);
    expect(await landingRequests('/settings/api-tokens/new')).toEqual([]);
  });

  it("gives up at the demo's request deadline, as the grid's own request would", async () => {
    vi.useFakeTimers();
    try {
      // An answer that never comes (the `fail:list:hang` scenario), ended only by the request's abort.
      vi.spyOn(globalThis, 'fetch').mockImplementation(
        (_input, init) =>
          new Promise((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
          ),
      );
      const queryClient = new QueryClient();
      const landing = startLandingRequest(
        mockEnv,
        queryClient,
        new URL('/settings/api-tokens', origin),
        1500,
      );
      let settled = false;
      void landing.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(1499);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      const [list] = queryClient.getQueryCache().getAll();
      expect(list?.state.status).toBe('error');
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends nothing in real-API mode, where nobody is signed in yet', async () => {
    expect(await landingRequests('/settings/api-tokens', { VITE_API_MODE: 'real' })).toEqual([]);
  });
});
