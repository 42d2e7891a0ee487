// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createApiClient, joinUrl } from '../../src/lib/api-client';
import { ApiError } from '../../src/lib/api-error';

function recordingFetch(response: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return response();
  });
  return { fetchFn: fetchFn as unknown as typeof fetch, calls };
}

describe('createApiClient', () => {
  it('joins the base URL, path and raw query', () => {
    expect(joinUrl('https://api.test/', '/public/v1/x', 'eq(a,"b")&limit=1')).toBe(
      'https://api.test/public/v1/x?eq(a,"b")&limit=1',
    );
    expect(joinUrl('', 'public/v1/x')).toBe('/public/v1/x');
  });

  it('asks for the access token on every request, so rotation needs no notice', async () => {
    let n = 0;
    const { fetchFn, calls } = recordingFetch(() => new Response('{"ok":true}', { status: 200 }));
    const client = createApiClient({
      baseUrl: 'https://api.test',
      getAccessToken: async () => `tok-${++n}`,
      fetch: fetchFn,
    });
    await client.get('/a');
    await client.get('/b');
    expect(calls.map((c) => new Headers(c.init.headers).get('Authorization'))).toEqual([
      'Bearer tok-1',
      'Bearer tok-2',
    ]);
  });

  it('sends JSON bodies as JSON and FormData as multipart', async () => {
    const { fetchFn, calls } = recordingFetch(() => new Response('{}', { status: 201 }));
    const client = createApiClient({ baseUrl: '', getAccessToken: () => 't', fetch: fetchFn });
    await client.post('/x', { name: 'a' });
    const form = new FormData();
    form.append('token', 'x');
    await client.put('/x', form);
    expect(new Headers(calls[0]!.init.headers).get('Content-Type')).toBe('application/json');
    expect(calls[0]!.init.body).toBe('{"name":"a"}');
    expect(new Headers(calls[1]!.init.headers).get('Content-Type')).toBeNull();
    expect(calls[1]!.init.body).toBe(form);
  });

  it('omits the Authorization header when there is no token', async () => {
    const { fetchFn, calls } = recordingFetch(() => new Response(null, { status: 204 }));
    const client = createApiClient({ baseUrl: '', getAccessToken: () => null, fetch: fetchFn });
    await expect(client.delete('/x')).resolves.toBeUndefined();
    expect(new Headers(calls[0]!.init.headers).has('Authorization')).toBe(false);
  });

  it('throws ApiError and calls onUnauthorized on 401', async () => {
    const onUnauthorized = vi.fn();
    const { fetchFn } = recordingFetch(
      () => new Response(JSON.stringify({ statusCode: 401, message: 'expired' }), { status: 401 }),
    );
    const client = createApiClient({
      baseUrl: '',
      getAccessToken: () => 't',
      onUnauthorized,
      fetch: fetchFn,
    });
    const error = await client.get('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  describe('onUnauthorized, once per burst of 401s', () => {
    /** A fetch whose answers the test gives, one request at a time, in any order. */
    function heldFetch() {
      const pending: Array<{ token: string | null; answer: (status: number) => void }> = [];
      const fetchFn = ((_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((resolve) => {
          pending.push({
            token: new Headers(init?.headers).get('Authorization'),
            answer: (status) =>
              resolve(new Response(status === 401 ? '{"statusCode":401}' : '{}', { status })),
          });
        })) as typeof fetch;
      return { fetchFn, pending };
    }

    function setup() {
      const onUnauthorized = vi.fn();
      const { fetchFn, pending } = heldFetch();
      let token = 'first';
      const client = createApiClient({
        baseUrl: '',
        getAccessToken: () => token,
        onUnauthorized,
        fetch: fetchFn,
      });
      /** Sends a request and waits until it reached the (held) fetch. */
      const send = async () => {
        const before = pending.length;
        const result = client.get('/x').then(
          () => 'ok',
          (error: ApiError) => error.status,
        );
        await vi.waitFor(() => expect(pending.length).toBe(before + 1));
        const held = pending[before]!;
        return { result, held, answer: (status: number) => (held.answer(status), result) };
      };
      return { onUnauthorized, send, setToken: (next: string) => (token = next) };
    }

    it('reports several requests failing 401 together once', async () => {
      const { onUnauthorized, send } = setup();
      const burst = [await send(), await send(), await send()];
      for (const request of burst) expect(await request.answer(401)).toBe(401);
      expect(onUnauthorized).toHaveBeenCalledTimes(1);
    });

    it('reports again after a request sent since then succeeded', async () => {
      const { onUnauthorized, send } = setup();
      const early = await send();
      const failing = await send();
      expect(await failing.answer(401)).toBe(401);
      // Sent before the 401 was reported: its success says nothing about the credentials now.
      expect(await early.answer(200)).toBe('ok');
      expect(await (await send()).answer(401)).toBe(401);
      expect(onUnauthorized).toHaveBeenCalledTimes(1);

      expect(await (await send()).answer(200)).toBe('ok');
      expect(await (await send()).answer(401)).toBe(401);
      expect(await (await send()).answer(401)).toBe(401);
      expect(onUnauthorized).toHaveBeenCalledTimes(2);
    });

    it('reports again when a new access token is refused too', async () => {
      const { onUnauthorized, send, setToken } = setup();
      expect(await (await send()).answer(401)).toBe(401);
      setToken('second');
      const retried = await send();
      expect(retried.held.token).toBe('Bearer second');
      expect(await retried.answer(401)).toBe(401);
      expect(await (await send()).answer(401)).toBe(401);
      expect(onUnauthorized).toHaveBeenCalledTimes(2);
    });
  });

  it('does not call onUnauthorized for other failures', async () => {
    const onUnauthorized = vi.fn();
    const { fetchFn } = recordingFetch(() => new Response('', { status: 403, statusText: 'Forbidden' }));
    const client = createApiClient({
      baseUrl: '',
      getAccessToken: () => 't',
      onUnauthorized,
      fetch: fetchFn,
    });
    await expect(client.get('/x')).rejects.toMatchObject({ status: 403, title: 'Forbidden' });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a rejected fetch into a network ApiError', async () => {
    const client = createApiClient({
      baseUrl: '',
      getAccessToken: () => 't',
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    await expect(client.get('/x')).rejects.toMatchObject({ kind: 'network', status: 0 });
  });

  it('rejects a success response that is not JSON', async () => {
    const { fetchFn } = recordingFetch(() => new Response('<html>', { status: 200 }));
    const client = createApiClient({ baseUrl: '', getAccessToken: () => 't', fetch: fetchFn });
    await expect(client.get('/x')).rejects.toMatchObject({ title: 'Unexpected response' });
  });
});
