// The mock API over plain HTTP for curl, Postman and other tools. It runs the very same msw handlers
// as the browser and the tests: each Node request becomes a Fetch Request for msw's `getResponse`,
// and the Fetch Response it returns is written back. No handler logic lives here.
import { randomBytes } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { getResponse, type RequestHandler } from 'msw';
import {
  contentSecurityPolicy,
  CSP_NONCE_PLACEHOLDER,
  documentContentSecurityPolicy,
} from '../../scripts/content-security-policy';
import { createMockBackend, type MockBackend } from '../backend';
import { createHandlers } from '../handlers';
import { API_PREFIX, SCENARIO_HEADER } from '../handlers/shared';
import type { MockScenario } from '../scenarios';

export interface MockHttpServerOptions {
  /** 0 picks a free port. Default 4010. */
  port?: number;
  /** Default 127.0.0.1: the mock is for this machine only. */
  host?: string;
  scenario?: MockScenario;
  seed?: number;
  /** Also serve a built single-page app from this folder (index.html for unknown non-API paths). */
  staticDir?: string;
  /** Serve this backend instead of a new one, e.g. to inspect or reset it from a test. */
  backend?: MockBackend;
  /**
   * Gzip the static files and the API's answers for clients that accept it, as a production server would (the
   * benchmark's throttled runs depend on it). Off by default.
   */
  compress?: boolean;
}

export interface MockHttpServer {
  /** e.g. `http://127.0.0.1:4010`; API paths are `${url}/public/v1/…`. */
  url: string;
  port: number;
  backend: MockBackend;
  close(): Promise<void>;
}

export const DEFAULT_MOCK_PORT = 4010;
/** Well above the 5 MB logo limit, so an oversized logo gets the API's 400 rather than a cut connection. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
// Hop-by-hop headers describe this connection, not the request; Fetch refuses some of them.
const SKIPPED_REQUEST_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'expect',
  'upgrade',
  'te',
  'trailer',
]);

/** Every method the API or the static files answer; others get 405 before anything else looks at them. */
const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'];

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': `Authorization, Content-Type, Accept, ${SCENARIO_HEADER}`,
  'Access-Control-Expose-Headers': 'Location, Content-Type',
  'Access-Control-Max-Age': '600',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

class BodyTooLargeError extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function toFetchRequest(req: IncomingMessage, baseUrl: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || SKIPPED_REQUEST_HEADERS.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  // Requests are addressed to the canonical base URL whatever Host the client used (localhost, 127.0.0.1, a proxy).
  return new Request(new URL(req.url ?? '/', baseUrl), {
    method,
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : undefined,
  });
}

async function writeFetchResponse(
  req: IncomingMessage,
  res: ServerResponse,
  response: Response,
  extraHeaders: Record<string, string>,
  compress: boolean,
) {
  const headers: Record<string, string> = { ...extraHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (compress && !response.headers.has('content-encoding')) {
    delete headers['content-length'];
    endWith(req, res, compress, response.status, headers, body, req.method ?? 'GET');
    return;
  }
  res.writeHead(response.status, headers);
  res.end(body);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
) {
  res.writeHead(status, { 'Content-Type': 'application/problem+json', ...extraHeaders });
  res.end(JSON.stringify(body));
}

function problemBody(status: number, title: string, detail: string) {
  return { type: 'about:blank', title, status, detail };
}

/** Below this a compressed body saves less than the headers and the work cost. */
const MIN_COMPRESSED_BYTES = 1024;

/** Static files gzipped once (by path, size and modification time), as a server would keep them precompressed. */
const gzippedFiles = new Map<string, Buffer>();

/** The body gzipped when the client accepts it and it is worth it; else null. */
function gzipFor(
  req: IncomingMessage,
  compress: boolean,
  body: Buffer,
  cacheKey: string | undefined,
): Buffer | null {
  if (!compress || body.length < MIN_COMPRESSED_BYTES) return null;
  if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return null;
  const cached = cacheKey === undefined ? undefined : gzippedFiles.get(cacheKey);
  if (cached) return cached;
  const gzipped = gzipSync(body);
  if (cacheKey !== undefined) gzippedFiles.set(cacheKey, gzipped);
  return gzipped;
}

/** Writes a body, gzipped when `gzipFor` allows it; `Content-Length` is set here. */
function endWith(
  req: IncomingMessage,
  res: ServerResponse,
  compress: boolean,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
  method: string,
  cacheKey?: string,
) {
  const gzipped = gzipFor(req, compress, body, cacheKey);
  const sent = gzipped ?? body;
  res.writeHead(status, {
    ...headers,
    ...(compress ? { Vary: 'Accept-Encoding' } : {}),
    ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
    'Content-Length': String(sent.length),
  });
  res.end(method === 'HEAD' ? undefined : sent);
}

/** index.html as `vite preview` serves it: a fresh nonce in the page and in its policy, never cached. */
async function serveIndex(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  method: string,
  compress: boolean,
) {
  const nonce = randomBytes(16).toString('base64');
  const html = (await fs.readFile(file, 'utf8')).replaceAll(CSP_NONCE_PLACEHOLDER, nonce);
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': documentContentSecurityPolicy(nonce),
    // A nonce is good for one response only.
    'Cache-Control': 'no-store',
  };
  endWith(req, res, compress, 200, headers, Buffer.from(html), method);
}

async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  pathname: string,
  method: string,
  compress: boolean,
) {
  const index = path.join(root, 'index.html');
  let file = path.resolve(root, `.${pathname}`);
  // Never serve outside the folder, whatever `..` the path holds.
  if (!file.startsWith(path.resolve(root) + path.sep)) file = index;
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) file = index;
  const finalStat = await fs.stat(file).catch(() => null);
  if (!finalStat?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  if (file === index) {
    await serveIndex(req, res, file, method, compress);
    return;
  }
  const headers = {
    'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy,
    'Cache-Control': 'public, max-age=3600',
  };
  if (compress) {
    const key = `${file}:${finalStat.size}:${finalStat.mtimeMs}`;
    endWith(req, res, compress, 200, headers, await fs.readFile(file), method, key);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': String(finalStat.size) });
  if (method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  handlers: RequestHandler[],
  baseUrl: string,
  staticDir: string | undefined,
  compress: boolean,
) {
  const method = req.method ?? 'GET';
  if (!ALLOWED_METHODS.includes(method)) {
    req.resume();
    sendJson(res, 405, problemBody(405, 'Method Not Allowed', `${method} is not supported here.`), {
      ...CORS_HEADERS,
      Allow: ALLOWED_METHODS.join(', '),
    });
    return;
  }
  const rawPathname = new URL(req.url ?? '/', baseUrl).pathname;
  const isApi = rawPathname === API_PREFIX || rawPathname.startsWith(`${API_PREFIX}/`);
  let pathname: string | null;
  try {
    pathname = decodeURIComponent(rawPathname);
  } catch {
    pathname = null;
  }

  if (!isApi && staticDir && (method === 'GET' || method === 'HEAD')) {
    // A page address always gets the app, which shows its own not-found page; a broken escape such as
    // %E0%A4%A names no file, so it is such an address too.
    if (pathname === null) await serveIndex(req, res, path.join(staticDir, 'index.html'), method, compress);
    else await serveStatic(req, res, staticDir, pathname, method, compress);
    return;
  }
  if (pathname === null) {
    // On the API a broken escape names no resource; the request is wrong, not the server.
    req.resume();
    sendJson(
      res,
      400,
      problemBody(400, 'Bad Request', 'The path holds a malformed percent-encoded sequence.'),
      CORS_HEADERS,
    );
    return;
  }
  if (method === 'OPTIONS') {
    res.writeHead(204, CORS_HEADERS);
    res.end();
    return;
  }

  let request: Request;
  try {
    request = await toFetchRequest(req, baseUrl);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    sendJson(
      res,
      413,
      problemBody(413, 'Content Too Large', `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`),
      CORS_HEADERS,
    );
    req.resume();
    return;
  }
  const response = await getResponse(handlers, request);
  if (!response) {
    sendJson(res, 404, problemBody(404, 'Not Found', `Nothing is served at ${rawPathname}.`), CORS_HEADERS);
    return;
  }
  // HttpResponse.error() simulates a network failure: drop the connection without an answer.
  if (response.type === 'error') {
    res.socket?.destroy();
    return;
  }
  await writeFetchResponse(req, res, response, CORS_HEADERS, compress);
}

export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const backend = options.backend ?? createMockBackend({ seed: options.seed, scenario: options.scenario });
  if (options.backend && options.scenario) backend.reset(options.scenario);
  const staticDir = options.staticDir ? path.resolve(options.staticDir) : undefined;
  let handlers: RequestHandler[] = [];
  let baseUrl = '';

  const server = createServer((req, res) => {
    handle(req, res, handlers, baseUrl, staticDir, options.compress ?? false).catch((error: unknown) => {
      console.error('Mock server error:', error);
      if (!res.headersSent)
        sendJson(res, 500, problemBody(500, 'Internal Server Error', String(error)), CORS_HEADERS);
      else res.end();
    });
  });

  // Node hands CONNECT to this event instead of the request handler; a mock API is no proxy.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    const body = JSON.stringify(
      problemBody(405, 'Method Not Allowed', 'CONNECT is not supported here: this is no proxy.'),
    );
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOWED_METHODS.join(', ')}\r\n` +
        `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_MOCK_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  handlers = createHandlers(baseUrl, backend);

  return {
    url: baseUrl,
    port,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
