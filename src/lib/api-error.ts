// Every failure the API client can meet becomes one ApiError, so screens only ever handle one shape.

import { commonMessages } from '../messages/common';

/** `timeout`: no answer before the request's deadline (it was then cancelled; a write may still have happened). */
export type ApiErrorKind = 'http' | 'network' | 'aborted' | 'timeout';

export type FieldErrors = Record<string, string[]>;

export interface ApiErrorInit {
  kind: ApiErrorKind;
  status: number;
  title: string;
  detail?: string | undefined;
  traceId?: string | undefined;
  /** The ProblemDetails `errors`, as the server sent them; `fieldErrorsOf` (lib/field-errors.ts) reads them. */
  errors?: unknown;
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when no response arrived (network failure, abort or timeout). */
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly traceId: string | undefined;
  /**
   * The ProblemDetails `errors` as sent (a map or a list); `fieldErrorsOf` turns them into field → messages. Read
   * only where forms and the full error panel need them, so the first paint carries no parser.
   */
  readonly errors: unknown;
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.traceId = init.traceId;
    this.errors = init.errors;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Whether the server named anything wrong in particular (field errors, or general ones in `errors`). */
  get hasFieldErrors(): boolean {
    const { errors } = this;
    return typeof errors === 'object' && errors !== null && Object.keys(errors).length > 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Builds an ApiError from a status and a body that may be ProblemDetails, the gateway shape, text or nothing.
 * Without a title in the body, the response's reason phrase names it ("Not Found"); HTTP/2 has none, so then
 * "HTTP 404". Titles are for developers (the console, error reports): people read `describeError`.
 */
export function apiErrorFromBody(
  status: number,
  body: unknown,
  headers?: Headers,
  statusText = '',
): ApiError {
  const fallbackTitle = statusText || `HTTP ${status}`;
  const retryAfterMs = parseRetryAfter(headers?.get('retry-after') ?? null);
  const traceHeader = headers?.get('x-trace-id') ?? headers?.get('traceparent') ?? undefined;

  if (isRecord(body)) {
    // Gateway shape: {statusCode, message}
    if ('statusCode' in body && !('title' in body)) {
      return new ApiError({
        kind: 'http',
        status,
        title: fallbackTitle,
        detail: str(body.message),
        traceId: traceHeader,
        retryAfterMs,
      });
    }
    return new ApiError({
      kind: 'http',
      status,
      title: str(body.title) ?? fallbackTitle,
      detail: str(body.detail) ?? str(body.message),
      traceId: str(body.traceId) ?? traceHeader,
      errors: body.errors,
      retryAfterMs,
    });
  }
  const text = typeof body === 'string' ? body.trim() : '';
  return new ApiError({
    kind: 'http',
    status,
    title: fallbackTitle,
    // A short plain-text body is worth showing; an HTML error page is not.
    detail: text && text.length <= 300 && !text.startsWith('<') ? text : undefined,
    traceId: traceHeader,
    retryAfterMs,
  });
}

export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // The body could not be read; the status alone still tells the user something.
  }
  let body: unknown = text;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return apiErrorFromBody(response.status, text ? body : undefined, response.headers, response.statusText);
}

/** fetch rejects for network failures and aborts; both become ApiErrors with status 0. */
export function apiErrorFromException(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const isAbort =
    (typeof DOMException !== 'undefined' && error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof Error && error.name === 'AbortError');
  if (isAbort) {
    return new ApiError({ kind: 'aborted', status: 0, title: 'Request cancelled', cause: error });
  }
  return new ApiError({
    kind: 'network',
    status: 0,
    title: 'Network error',
    detail: commonMessages.errors.network,
    cause: error,
  });
}

/** Failures worth retrying for reads: no response at all, or the server/gateway said "try again". */
export function isTransientError(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return (
    error.status === 429 ||
    error.status === 502 ||
    error.status === 503 ||
    error.status === 504 ||
    error.status === 500
  );
}
