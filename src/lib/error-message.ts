import { commonMessages } from '../messages/common';
import { isApiError } from './api-error';
import { isLoadFailure } from './deferred';

/** One human sentence for any failure; the server's own detail is shown beside it when there is one. */
export function describeError(error: unknown): string {
  const m = commonMessages.errors;
  if (isLoadFailure(error)) return m.codeNotLoaded;
  if (!isApiError(error)) return m.unknown;
  if (error.kind === 'network') return m.network;
  switch (error.status) {
    case 400:
      return error.hasFieldErrors ? m.validation : (error.detail ?? m.validation);
    case 401:
      return m.unauthorized;
    case 403:
      return m.forbidden;
    case 404:
      return m.notFound;
    default:
      return error.status >= 500 ? m.server : (error.detail ?? m.unknown);
  }
}
