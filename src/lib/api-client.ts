import { commonMessages } from '../messages/common';
import { ApiError, apiErrorFromException } from './api-error';

export type AccessTokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

export interface ApiClientConfig {
  /** Origin (and optional path prefix) in front of `/public/v1/...`; '' means the page's own origin. */
  baseUrl: string;
  /** Asked before every request, so a host that rotates tokens never has to tell us. */
  getAccessToken: AccessTokenProvider;
  /**
   * Called once per burst of 401s: requests failing together report once; a 401 after a success, or with another
   * access token, reports again. The request still fails with the ApiError.
   */
  onUnauthorized?: ((error: ApiError) => void) | undefined;
  fetch?: typeof fetch | undefined;
  /** How long a request may take, answer included, before it fails as timed out; 0 waits for ever. */
  timeouts?: RequestTimeouts | undefined;
}

/** Deadlines in milliseconds for reads (GET) and writes (everything else). */
export interface RequestTimeouts {
  read: number;
  write: number;
}

/**
 * A read that has not answered in 30 s is retried (reads are); a write is given a minute before the user is told
 * its outcome is unknown and the token is fetched again.
 */
export const DEFAULT_REQUEST_TIMEOUTS: RequestTimeouts = { read: 30_000, write: 60_000 };

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  /** Raw query string without '?', already encoded (RQL is built by src/lib/rql.ts). */
  query?: string | undefined;
  /** Sent as JSON unless it is FormData (multipart). */
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Overrides the client's deadline for this request (ms; 0 waits for ever). */
  timeoutMs?: number | undefined;
}

export interface ApiClient {
  readonly baseUrl: string;
  /** The deadline of a read (ms; 0 waits for ever), for a fetch outside the client (a logo) to keep to it too. */
  readonly readTimeoutMs: number;
  request<T>(method: HttpMethod, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  put<T>(path: string, body: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  delete<T = void>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>;
}

export function joinUrl(baseUrl: string, path: string, query?: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${base}${p}${query ? `?${query.replace(/^\?/, '')}` : ''}`;
}

/** An answer the page cannot read: not JSON, or JSON without what the contract promises (`requests.ts`). */
export function unreadableAnswer(status = 200, cause?: unknown): ApiError {
  return new ApiError({
    kind: 'http',
    status,
    title: 'Unexpected response',
    detail: commonMessages.errors.invalidResponse,
    cause,
  });
}

export function createApiClient(config: ApiClientConfig): ApiClient {
  const doFetch = config.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  // The burst of 401s already reported: the token it was for, and how many requests had been sent by then. A
  // request sent after the report that succeeds ends the burst; so does a 401 for a token not yet reported.
  let reported: { token: unknown; sent: number } | null = null;
  let sent = 0;

  async function request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
    const headers = new Headers({ Accept: 'application/json' });
    // Awaited only when it is a promise: a token at hand lets the request leave in the caller's own task (a
    // click's), not after whatever else that task goes on to do (rendering the click's change).
    const pendingToken = config.getAccessToken();
    const accessToken = pendingToken instanceof Promise ? await pendingToken : pendingToken;
    const number = ++sent;
    if (accessToken) headers.set('Authorization', `Bearer ${accessToken}`);

    let body: BodyInit | undefined;
    if (options.body instanceof FormData) {
      body = options.body; // the browser sets the multipart boundary
    } else if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(options.body);
    }

    // One signal for the caller's cancel and the deadline, which covers reading the answer too. A timer rather
    // than AbortSignal.timeout, so tests can move the clock.
    const timeouts = config.timeouts ?? DEFAULT_REQUEST_TIMEOUTS;
    const limit = options.timeoutMs ?? (method === 'GET' ? timeouts.read : timeouts.write);
    const abort = new AbortController();
    const caller = options.signal;
    const forward = () => abort.abort(caller?.reason);
    if (caller?.aborted) forward();
    caller?.addEventListener('abort', forward);
    let timedOut = false;
    const timer =
      limit > 0
        ? setTimeout(() => {
            timedOut = true;
            abort.abort();
          }, limit)
        : undefined;

    const exchange = async (): Promise<T> => {
      let response: Response;
      let text: string;
      try {
        response = await doFetch(joinUrl(config.baseUrl, path, options.query), {
          method,
          headers,
          body,
          signal: abort.signal,
        });
        if (!response.ok) {
          // Only a failed answer needs the reader. Should its code fail to load as well, the catch below reports
          // a network error: the server was reached, but the page cannot say more.
          const { apiErrorFromResponse } = await import('./api-error-response');
          const error = await apiErrorFromResponse(response);
          if (response.status === 401 && (!reported || reported.token !== accessToken)) {
            reported = { token: accessToken, sent };
            config.onUnauthorized?.(error);
          }
          throw error;
        }
        text = await response.text();
      } catch (error) {
        throw apiErrorFromException(error);
      }
      if (reported && number > reported.sent) reported = null;
      if (!text) return undefined as T;
      try {
        return JSON.parse(text) as T;
      } catch (cause) {
        throw unreadableAnswer(response.status, cause);
      }
    };

    try {
      return await exchange();
    } catch (error) {
      if (!timedOut) throw error;
      throw new ApiError({
        kind: 'timeout',
        status: 0,
        title: 'Request timed out',
        detail: commonMessages.errors.timeout,
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      caller?.removeEventListener('abort', forward);
    }
  }

  return {
    baseUrl: config.baseUrl,
    readTimeoutMs: (config.timeouts ?? DEFAULT_REQUEST_TIMEOUTS).read,
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
    put: (path, body, options) => request('PUT', path, { ...options, body }),
    delete: (path, options) => request('DELETE', path, options),
  };
}
