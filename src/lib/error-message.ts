import { commonMessages } from '../messages/common';
import { isApiError } from './api-error';
import { isLoadFailure } from './deferred';

/** One human sentence for any failure; `newDetail` adds the server's own words when they say more. */
export function describeError(error: unknown): string {
  const errorsText = commonMessages.errors;
  if (isLoadFailure(error)) return errorsText.codeNotLoaded;
  if (!isApiError(error)) return errorsText.unknown;
  if (error.kind === 'network') return errorsText.network;
  if (error.kind === 'timeout') return errorsText.timeout;
  if (error.status === 400)
    return error.hasFieldErrors ? errorsText.validation : (error.detail ?? errorsText.validation);
  const sentence = {
    401: errorsText.unauthorized,
    403: errorsText.forbidden,
    404: errorsText.notFound,
    429: errorsText.tooManyRequests,
  }[error.status];
  return sentence ?? (error.status >= 500 ? errorsText.server : (error.detail ?? errorsText.unknown));
}

/**
 * The server's detail when it says something `describeError` does not: which item a 404 missed. Otherwise it is
 * the sentence itself (400, 409…), or field errors say it, or it repeats in other words what a 401, 403, 5xx or
 * network failure means; their Trace ID is there for support.
 */
export function newDetail(error: unknown): string | undefined {
  return isApiError(error) && error.status === 404 ? error.detail : undefined;
}
