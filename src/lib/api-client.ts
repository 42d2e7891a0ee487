import { commonMessages } from '../messages/common';
import { ApiError, apiErrorFromException, apiErrorFromResponse } from './api-error';

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
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  /** Raw query string without '?', already encoded (RQL is built by src/lib/rql.ts). */
  query?: string | undefined;
  /** Sent as JSON unless it is FormData (multipart). */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

export interface ApiClient {
  readonly baseUrl: string;
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

export function createApiClient(config: ApiClientConfig): ApiClient {
  const doFetch = config.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  // The burst of 401s already reported: the token it was for, and how many requests had been sent by then. A
  // request sent after the report that succeeds ends the burst; so does a 401 for a token not yet reported.
  let reported: { token: unknown; sent: number } | null = null;
  let sent = 0;

  async function request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
    const headers = new Headers({ Accept: 'application/json' });
    const accessToken = await config.getAccessToken();
    const number = ++sent;
    if (accessToken) headers.set('Authorization', `Bearer ${accessToken}`);

    let body: BodyInit | undefined;
    if (options.body instanceof FormData) {
      body = options.body; // the browser sets the multipart boundary
    } else if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(options.body);
    }

    let response: Response;
    try {
      response = await doFetch(joinUrl(config.baseUrl, path, options.query), {
        method,
        headers,
        body,
        signal: options.signal,
      });
    } catch (error) {
      throw apiErrorFromException(error);
    }

    if (!response.ok) {
      const error = await apiErrorFromResponse(response);
      if (response.status === 401 && (!reported || reported.token !== accessToken)) {
        reported = { token: accessToken, sent };
        config.onUnauthorized?.(error);
      }
      throw error;
    }
    if (reported && number > reported.sent) reported = null;
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (!text) return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch (cause) {
      throw new ApiError({
        kind: 'http',
        status: response.status,
        title: 'Unexpected response',
        detail: commonMessages.errors.invalidResponse,
        cause,
      });
    }
  }

  return {
    baseUrl: config.baseUrl,
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
    put: (path, body, options) => request('PUT', path, { ...options, body }),
    delete: (path, options) => request('DELETE', path, options),
  };
}
