// Reading a failed response into an ApiError: loaded by the API client only when an answer is not OK, so the
// first paint carries none of it.
import { ApiError } from './api-error';

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
