import { commonMessages } from '../messages/common';
import { isApiError } from './api-error';
import { isLoadFailure } from './deferred';

/** One human sentence for any failure; the server's own detail is shown beside it when there is one. */
export function describeError(error: unknown): string {
  const errorsText = commonMessages.errors;
  if (isLoadFailure(error)) return errorsText.codeNotLoaded;
  if (!isApiError(error)) return errorsText.unknown;
  if (error.kind === 'network') return errorsText.network;
  if (error.kind === 'timeout') return errorsText.timeout;
  switch (error.status) {
    case 400:
      return error.hasFieldErrors ? errorsText.validation : (error.detail ?? errorsText.validation);
    case 401:
      return errorsText.unauthorized;
    case 403:
      return errorsText.forbidden;
    case 404:
      return errorsText.notFound;
    default:
      return error.status >= 500 ? errorsText.server : (error.detail ?? errorsText.unknown);
  }
}
