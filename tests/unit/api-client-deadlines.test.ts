// @vitest-environment node
// Deadlines and cancel: the clock is faked, so "no answer in 30 s" takes no time and never races anything.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, DEFAULT_REQUEST_TIMEOUTS } from '../../src/lib/api-client';
import { ApiError, isTransientError } from '../../src/lib/api-error';
import { describeError } from '../../src/lib/error-message';

/** A server that never answers: the request only ends when its signal aborts. */
function silentFetch() {
  const signals: AbortSignal[] = [];
  const fetchFn = vi.fn(
    (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal as AbortSignal;
        signals.push(signal);
        const fail = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
        // As fetch does: an aborted signal fails at once.
        if (signal.aborted) fail();
        signal.addEventListener('abort', fail);
      }),
  );
  return { fetchFn: fetchFn as unknown as typeof fetch, signals };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('request deadlines', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a read without an answer fails as timed out at its deadline, not before, and is worth retrying', async () => {
    const { fetchFn, signals } = silentFetch();
    const client = createApiClient({ baseUrl: '', getAccessToken: () => 't', fetch: fetchFn });
    const pending = failure(client.get('/tokens'));
    await vi.advanceTimersByTimeAsync(DEFAULT_REQUEST_TIMEOUTS.read - 1);
    expect(signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(error.kind).toBe('timeout');
    expect(error.status).toBe(0);
    expect(describeError(error)).toBe('The server did not answer in time. Try again in a moment.');
    expect(isTransientError(error)).toBe(true);
  });

  it('a write gets the longer write deadline', async () => {
    const { fetchFn, signals } = silentFetch();
    const client = createApiClient({ baseUrl: '', getAccessToken: () => 't', fetch: fetchFn });
    const pending = failure(client.post('/tokens/TKN-1/disable'));
    await vi.advanceTimersByTimeAsync(DEFAULT_REQUEST_TIMEOUTS.read);
    expect(signals[0]?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(DEFAULT_REQUEST_TIMEOUTS.write - DEFAULT_REQUEST_TIMEOUTS.read);
    expect((await pending).kind).toBe('timeout');
  });

  it('the deadlines come from the config, and one request may set its own', async () => {
    const { fetchFn } = silentFetch();
    const client = createApiClient({
      baseUrl: '',
      getAccessToken: () => 't',
      fetch: fetchFn,
      timeouts: { read: 100, write: 200 },
    });
    const read = failure(client.get('/a'));
    const write = failure(client.put('/a', {}));
    const own = failure(client.get('/b', { timeoutMs: 1000 }));
    let ownDone = false;
    void own.then(() => (ownDone = true));
    await vi.advanceTimersByTimeAsync(200);
    expect((await read).kind).toBe('timeout');
    expect((await write).kind).toBe('timeout');
    expect(ownDone).toBe(false);
    await vi.advanceTimersByTimeAsync(800);
    expect((await own).kind).toBe('timeout');
  });

  it("the caller's signal cancels the request: an abort, not a timeout", async () => {
    const { fetchFn, signals } = silentFetch();
    const client = createApiClient({ baseUrl: '', getAccessToken: () => 't', fetch: fetchFn });
    const cancel = new AbortController();
    const pending = failure(client.post('/tokens/TKN-1/disable', undefined, { signal: cancel.signal }));
    await vi.advanceTimersByTimeAsync(10);
    cancel.abort();
    const error = await pending;
    expect(error.kind).toBe('aborted');
    expect(signals[0]?.aborted).toBe(true);
  });

  it('a signal that is already aborted never waits', async () => {
    const { fetchFn } = silentFetch();
    const client = createApiClient({ baseUrl: '', getAccessToken: () => 't', fetch: fetchFn });
    const error = await failure(client.get('/a', { signal: AbortSignal.abort() }));
    expect(error.kind).toBe('aborted');
  });

  it('the deadline covers reading the answer, and ends with the request', async () => {
    // Headers arrive at once; the body never finishes.
    const fetchFn = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const body = new ReadableStream({
        start(controller) {
          (init?.signal as AbortSignal).addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(body, { status: 200 });
    }) as unknown as typeof fetch;
    const client = createApiClient({
      baseUrl: '',
      getAccessToken: () => 't',
      fetch: fetchFn,
      timeouts: { read: 100, write: 100 },
    });
    const pending = failure(client.get('/slow-body'));
    await vi.advanceTimersByTimeAsync(100);
    expect((await pending).kind).toBe('timeout');

    // After an answer, no timer is left that could abort anything later.
    const quick = createApiClient({
      baseUrl: '',
      getAccessToken: () => 't',
      fetch: (async () => new Response('{"ok":true}', { status: 200 })) as typeof fetch,
    });
    await expect(quick.get('/a')).resolves.toEqual({ ok: true });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('0 waits for ever', async () => {
    const { fetchFn, signals } = silentFetch();
    const client = createApiClient({
      baseUrl: '',
      getAccessToken: () => 't',
      fetch: fetchFn,
      timeouts: { read: 0, write: 0 },
    });
    void client.get('/a').catch(() => undefined);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(signals[0]?.aborted).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
