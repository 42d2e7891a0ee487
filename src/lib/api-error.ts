// Every failure the API client can meet becomes one ApiError, so screens only ever handle one shape.

import { commonMessages } from '../messages/common';

/** `timeout`: no answer before the request's deadline (it was then cancelled; a write may still have happened). */
export type ApiErrorKind = 'http' | 'network' | 'aborted' | 'timeout';

export type FieldErrors = Record<string, string[]>;

/**
 * The language of what the API writes itself (a ProblemDetails `detail`, field messages): English. Shown on a page
 * in another language, it is marked as English, so a screen reader reads it with an English voice.
 */
export const API_TEXT_LANGUAGE = 'en';

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

/** fetch rejects for network failures and aborts; both become ApiErrors with status 0. */
export function apiErrorFromException(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // By name: a DOMException is not an Error everywhere, and a fetch polyfill may throw either.
  if ((error as { name?: unknown } | null)?.name === 'AbortError') {
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

/**
 * Whether doing the same again can succeed: not for an API error that will answer the same (a 403, a 404, a bad
 * request, a conflict), but for a transient one, a 401 once the host has signed in again, the app's own code that
 * did not load, or an OK answer the page could not read (a gateway's sign-in page once its session ran out; left
 * to the user's Retry, not retried by itself, since a wrong base URL would answer the same).
 */
export function retryCanHelp(error: unknown): boolean {
  return !isApiError(error) || error.status === 401 || error.status < 300 || isTransientError(error);
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
