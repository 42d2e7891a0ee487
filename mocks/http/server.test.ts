// @vitest-environment node
// The plain HTTP mock server, over real sockets on 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { http, passthrough } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, documentContentSecurityPolicy } from '../../scripts/content-security-policy';
import { createOpenApiValidator } from '../contract/openapi-validator';
import { encodeLogoPng } from '../db/png';
import { server as mswServer } from '../node';
import { multipartInit } from '../test-utils';
import { buildListQuery } from '../../src/features/api-tokens/api/list-query';
import { DEFAULT_VIEW, searchText } from '../../src/features/api-tokens/model/grid-view';
import { startMockHttpServer, type MockHttpServer } from './server';

const AUTH = { Authorization: 'Bearer idt:TKN-0000-0001:dev' };
const LOCAL = /^http:\/\/127\.0\.0\.1:\d+\//;

let mock: MockHttpServer;
let staticDir: string;

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'mock-static-'));
  writeFileSync(
    path.join(staticDir, 'index.html'),
    '<!doctype html><meta property="csp-nonce" nonce="__CSP_NONCE__"><title>API tokens</title>',
  );
  writeFileSync(path.join(staticDir, 'app.js'), 'export {};');
  mock = await startMockHttpServer({ port: 0, staticDir });
});
afterAll(async () => {
  await mock.close();
  rmSync(staticDir, { recursive: true, force: true });
});
// tests/setup.ts has msw intercepting this process's requests; let the ones to our real server through.
beforeEach(() => {
  mswServer.use(http.all(LOCAL, () => passthrough()));
  mock.backend.reset();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('mock HTTP server', () => {
  it('answers the README curl example: five Disabled tokens by name descending, with the total', async () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(
      `${mock.url}/public/v1/accounts/api-tokens?eq(status,%22Disabled%22)&order=-name&limit=5`,
      { headers: AUTH },
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    const disabled = mock.backend.db.listTokens().filter((t) => t.status === 'Disabled');
    expect(body.$meta.pagination).toEqual({ offset: 0, limit: 5, total: disabled.length });
    const collator = new Intl.Collator('en', { sensitivity: 'accent', numeric: true });
    const expected = [...disabled]
      .sort((a, b) => collator.compare(b.name, a.name))
      .slice(0, 5)
      .map((t) => t.id);
    expect(body.data.map((t: { id: string }) => t.id)).toEqual(expected);
    expect(createOpenApiValidator().validate('ApiTokenListResponse', body).errors).toEqual([]);
  });

  it('allows cross-origin calls (CORS) and answers preflight', async () => {
    const preflight = await fetch(`${mock.url}/public/v1/accounts/api-tokens`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:3000',
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/PUT/);
    const res = await fetch(`${mock.url}/public/v1/accounts/modules`, {
      headers: { ...AUTH, Origin: 'http://localhost:3000' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 401 without a bearer token and 404 for unknown API paths', async () => {
    const res = await fetch(`${mock.url}/public/v1/accounts/api-tokens`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ statusCode: 401, message: expect.any(String) });
    const missing = await fetch(`${mock.url}/public/v1/nothing/here`, { headers: AUTH });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  });

  it('creates, updates, disables and deletes, keeping state between requests', async () => {
    // A second between the writes: the trail's order must not depend on two of them sharing a millisecond.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T09:00:00Z'));
    const tick = () => vi.advanceTimersByTime(1000);
    const created = await fetch(`${mock.url}/public/v1/accounts/api-tokens`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Over HTTP', modules: [{ id: 'MOD-1756' }] }),
    });
    expect(created.status).toBe(201);
    const token = await created.json();
    expect(token.token).toMatch(/^idt:TKN-\d{4}-\d{4}:/);
    tick();
    const put = await fetch(`${mock.url}/public/v1/accounts/api-tokens/${token.id}`, {
      method: 'PUT',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify({ description: 'Changed over HTTP' }),
    });
    expect((await put.json()).description).toBe('Changed over HTTP');
    tick();
    expect(
      (
        await fetch(`${mock.url}/public/v1/accounts/api-tokens/${token.id}/disable`, {
          method: 'POST',
          headers: AUTH,
        })
      ).status,
    ).toBe(200);
    tick();
    const deleted = await fetch(`${mock.url}/public/v1/accounts/api-tokens/${token.id}`, {
      method: 'DELETE',
      headers: AUTH,
    });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    const trail = await fetch(
      `${mock.url}/public/v1/audit/records?eq(object.id,%22${token.id}%22)&order=-timestamp`,
      { headers: AUTH },
    );
    expect((await trail.json()).data.map((r: { event: string }) => r.event.split('.').pop())).toEqual([
      'deleted',
      'disabled',
      'updated',
      'created',
    ]);
  });

  it('accepts a multipart logo and serves it back from the URL in icon', async () => {
    const png = encodeLogoPng(24, [1, 2, 3], [250, 250, 250]);
    const init = multipartInit(
      'POST',
      { name: 'With logo', modules: [{ id: 'MOD-2131' }] },
      { bytes: png, type: 'image/png', name: 'logo.png' },
    );
    const res = await fetch(`${mock.url}/public/v1/accounts/api-tokens`, { ...init, headers: AUTH });
    expect(res.status).toBe(201);
    const { icon } = await res.json();
    expect(icon).toMatch(new RegExp(`^${mock.url}/public/v1/accounts/api-tokens/TKN-\\d{4}-\\d{4}/icon`));
    const image = await fetch(icon);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(png);
  });

  it('takes a scenario per request from the x-mock-scenario header', async () => {
    const failing = await fetch(`${mock.url}/public/v1/accounts/api-tokens`, {
      headers: { ...AUTH, 'x-mock-scenario': 'fail:list:500' },
    });
    expect(failing.status).toBe(500);
    expect((await failing.json()).title).toBe('Internal Server Error');
    await expect(
      fetch(`${mock.url}/public/v1/accounts/api-tokens`, {
        headers: { ...AUTH, 'x-mock-scenario': 'fail:list:network' },
      }),
    ).rejects.toThrow();
    const large = await fetch(`${mock.url}/public/v1/accounts/api-tokens?limit=0`, {
      headers: { ...AUTH, 'x-mock-scenario': 'large' },
    });
    expect((await large.json()).$meta.pagination.total).toBe(10_000);
    const normal = await fetch(`${mock.url}/public/v1/accounts/api-tokens?limit=0`, { headers: AUTH });
    expect((await normal.json()).$meta.pagination.total).toBe(60);
  });

  it("finds a token by a name with quotes in it, searched as the grid's search box asks", async () => {
    const [target, other] = mock.backend.db.listTokens().slice(5);
    mock.backend.db.updateToken(target?.id as string, { name: 'Say "hi" bot' });
    mock.backend.db.updateToken(other?.id as string, { name: `Bob's "bot" v2` });
    for (const [typed, name] of [
      ['Say "hi" bot', 'Say "hi" bot'],
      [`Bob's "bot"`, `Bob's "bot" v2`],
    ]) {
      const query = buildListQuery({ ...DEFAULT_VIEW, q: searchText(typed as string) }, { now: Date.now() });
      const res = await fetch(`${mock.url}/public/v1/accounts/api-tokens?${query}`, { headers: AUTH });
      expect(res.status, typed).toBe(200);
      expect(
        (await res.json()).data.map((token: { name: string }) => token.name),
        typed,
      ).toEqual([name]);
    }
  });

  it('serves a built app with an index.html fallback beside the API', async () => {
    const asset = await fetch(`${mock.url}/app.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    const deepLink = await fetch(`${mock.url}/settings/api-tokens/TKN-1234-5678`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<title>API tokens</title>');
    const escape = await fetch(`${mock.url}/..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).toContain('<title>API tokens</title>');
  });

  it('starts with a scenario', async () => {
    const other = await startMockHttpServer({
      port: 0,
      scenario: { dataset: 'empty', failures: { modules: 403 } },
    });
    try {
      const list = await fetch(`${other.url}/public/v1/accounts/api-tokens`, { headers: AUTH });
      expect((await list.json()).$meta.pagination.total).toBe(0);
      expect((await fetch(`${other.url}/public/v1/accounts/modules`, { headers: AUTH })).status).toBe(403);
    } finally {
      await other.close();
    }
  });
});

/** A request fetch() refuses to send (TRACE, PROPFIND …), over node:http. */
function rawRequest(
  method: string,
  pathname: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${mock.url}${pathname}`, { method, headers: AUTH }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Whatever the server answers to bytes written straight onto a socket, e.g. a CONNECT. */
function rawExchange(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(mock.port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('mock HTTP server: hostile and odd requests', () => {
  it('answers a malformed percent escape in an API path with a 400 problem, not a 500', async () => {
    for (const pathname of ['/public/v1/accounts/api-tokens/%E0%A4%A', '/public/v1/accounts/api-tokens/%']) {
      const res = await fetch(`${mock.url}${pathname}`, { headers: AUTH });
      expect(res.status, pathname).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 400, title: 'Bad Request' });
    }
  });

  it('answers a page address with a malformed percent escape with the app, which says what is not found', async () => {
    for (const pathname of ['/settings/api-tokens/%', '/settings/api-tokens/%E0%A4%A', '/%']) {
      const res = await fetch(`${mock.url}${pathname}`);
      expect(res.status, pathname).toBe(200);
      expect(res.headers.get('content-type'), pathname).toContain('text/html');
      expect(res.headers.get('content-security-policy'), pathname).toMatch(/'nonce-/);
      expect(await res.text(), pathname).toContain('<title>API tokens</title>');
    }
  });

  it('answers methods it does not support with 405 and an Allow header', async () => {
    for (const method of ['TRACE', 'PROPFIND', 'PATCH']) {
      const res = await rawRequest(method, '/public/v1/accounts/api-tokens');
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD, POST, PUT, DELETE, OPTIONS');
      expect(JSON.parse(res.body)).toMatchObject({ status: 405, title: 'Method Not Allowed' });
    }
    const connectAnswer = await rawExchange(
      `CONNECT 127.0.0.1:${mock.port} HTTP/1.1\r\nHost: 127.0.0.1:${mock.port}\r\n\r\n`,
    );
    expect(connectAnswer).toMatch(/^HTTP\/1\.1 405 /);
    expect(connectAnswer).toMatch(/\r\nAllow: GET, HEAD, POST, PUT, DELETE, OPTIONS\r\n/);
  });

  it('answers an order on an unknown field with a 400 problem', async () => {
    const res = await fetch(`${mock.url}/public/v1/accounts/api-tokens?order=-secret`, { headers: AUTH });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 400, detail: expect.stringContaining('"secret"') });
    const known = await fetch(`${mock.url}/public/v1/accounts/api-tokens?order=-audit.created.by.name,id`, {
      headers: AUTH,
    });
    expect(known.status).toBe(200);
  });

  it('answers a body that is neither JSON nor multipart with a 415 problem', async () => {
    const token = mock.backend.db.listTokens()[0]!;
    for (const [method, pathname] of [
      ['POST', '/public/v1/accounts/api-tokens'],
      ['PUT', `/public/v1/accounts/api-tokens/${token.id}`],
      ['POST', '/public/v1/audit/records'],
    ] as const) {
      const res = await fetch(`${mock.url}${pathname}`, {
        method,
        headers: { ...AUTH, 'Content-Type': 'text/plain' },
        body: JSON.stringify({ name: 'Plain text', modules: [{ id: 'MOD-1756' }] }),
      });
      expect(res.status, `${method} ${pathname}`).toBe(415);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 415, title: 'Unsupported Media Type' });
    }
    expect(mock.backend.db.getToken(token.id)).toEqual(token);
    expect(mock.backend.db.tokenCount()).toBe(60);
  });

  it('answers an unauthenticated request at once, whatever latency its scenario header asks for', async () => {
    // Held for the latency, this request would outlast the test's timeout.
    const res = await fetch(`${mock.url}/public/v1/accounts/api-tokens`, {
      headers: { 'x-mock-scenario': 'latency:600000' },
    });
    expect(res.status).toBe(401);
  });

  it('serves the app under the preview server’s policy, with a fresh nonce in every page', async () => {
    const nonces = [];
    for (const pathname of ['/', '/settings/api-tokens/TKN-1234-5678']) {
      const res = await fetch(`${mock.url}${pathname}`);
      const html = await res.text();
      const nonce = /nonce="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(html).not.toContain('__CSP_NONCE__');
      expect(res.headers.get('content-security-policy')).toBe(documentContentSecurityPolicy(nonce));
      expect(res.headers.get('cache-control')).toBe('no-store');
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    const asset = await fetch(`${mock.url}/app.js`);
    expect(asset.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });
});

describe('npm run mock:server (cli)', () => {
  it('prints its URL and serves the API', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        'mocks/http/cli.ts',
        '--port',
        '0',
        '--scenario',
        'latency:1',
      ],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve(match[1] as string);
          }
        });
        child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      const res = await fetch(`${url}/public/v1/accounts/api-tokens?limit=1`, { headers: AUTH });
      expect(res.status).toBe(200);
      expect((await res.json()).$meta.pagination.total).toBe(60);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});

describe('mock HTTP server: compression (the benchmark serves the build as production would)', () => {
  let compressing: MockHttpServer;
  let dir: string;
  const script = `export const rows = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `row ${i}`))};`;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mock-static-gzip-'));
    writeFileSync(
      path.join(dir, 'index.html'),
      `<!doctype html><title>API tokens</title>${' '.repeat(2000)}`,
    );
    writeFileSync(path.join(dir, 'app.js'), script);
    compressing = await startMockHttpServer({ port: 0, staticDir: dir, compress: true });
  });
  afterAll(async () => {
    await compressing.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The raw answer, undecoded, with the given Accept-Encoding. */
  function rawGet(url: string, acceptEncoding: string) {
    return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const req = httpRequest(url, { headers: { ...AUTH, 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('gzips static files, the page and the API answers for a client that accepts gzip', async () => {
    const list = `${compressing.url}/public/v1/accounts/api-tokens?limit=25`;
    for (const url of [`${compressing.url}/app.js`, `${compressing.url}/settings/api-tokens`, list]) {
      const res = await rawGet(url, 'gzip, deflate, br');
      expect(res.headers['content-encoding'], url).toBe('gzip');
      expect(res.headers['vary'], url).toBe('Accept-Encoding');
      expect(Number(res.headers['content-length']), url).toBe(res.body.length);
      expect(gunzipSync(res.body).length, url).toBeGreaterThan(res.body.length);
    }
    expect(gunzipSync((await rawGet(`${compressing.url}/app.js`, 'gzip')).body).toString()).toBe(script);
    const rows = JSON.parse(gunzipSync((await rawGet(list, 'gzip')).body).toString()) as { data: unknown[] };
    expect(rows.data).toHaveLength(25);
  });

  it('sends plain bodies to a client that does not accept gzip, and by default', async () => {
    const res = await rawGet(`${compressing.url}/app.js`, 'identity');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(script);
    const plain = await rawGet(`${mock.url}/public/v1/accounts/api-tokens?limit=25`, 'gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(plain.body.toString()) as { data: unknown[] }).data).toHaveLength(25);
  });
});
