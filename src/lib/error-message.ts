import { commonMessages } from '../messages/common';
import { isApiError } from './api-error';
import { isLoadFailure } from './deferred';

/** One human sentence for any failure; `newDetail` adds the server's own words when they say more. */
export function describeError(error: unknown): string {
  return explainError(error).text;
}

/**
 * `describeError`'s sentence, and whether it is the server's own words (a 400 without field errors, a status the
 * page has no sentence for): those are in the API's language (`API_TEXT_LANGUAGE`), not the page's.
 */
export function explainError(error: unknown): { text: string; fromServer: boolean } {
  const errorsText = commonMessages.errors;
  const ours = (text: string) => ({ text, fromServer: false });
  const server = (detail: string | undefined, fallback: string) =>
    detail ? { text: detail, fromServer: true } : ours(fallback);
  if (isLoadFailure(error)) return ours(errorsText.codeNotLoaded);
  if (!isApiError(error)) return ours(errorsText.unknown);
  if (error.kind === 'network') return ours(errorsText.network);
  if (error.kind === 'timeout') return ours(errorsText.timeout);
  if (error.status === 400)
    return error.hasFieldErrors ? ours(errorsText.validation) : server(error.detail, errorsText.validation);
  const sentence = {
    401: errorsText.unauthorized,
    403: errorsText.forbidden,
    404: errorsText.notFound,
    429: errorsText.tooManyRequests,
  }[error.status];
  if (sentence) return ours(sentence);
  return error.status >= 500 ? ours(errorsText.server) : server(error.detail, errorsText.unknown);
}

/**
 * The server's detail when it says something `describeError` does not: which item a 404 missed. Otherwise it is
 * the sentence itself (400, 409…), or field errors say it, or it repeats in other words what a 401, 403, 5xx or
 * network failure means; their Trace ID is there for support.
 */
export function newDetail(error: unknown): string | undefined {
  return isApiError(error) && error.status === 404 ? error.detail : undefined;
}
