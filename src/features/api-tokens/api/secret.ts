import type { ApiToken } from './types';

/**
 * The secret (`token`) must never outlive the one screen that shows it, so nothing that goes into the
 * query cache carries it: create responses, update responses and GETs of older API versions alike.
 */
export function withoutSecret<T extends ApiToken | undefined>(token: T): T {
  if (!token || !('token' in token)) return token;
  const { token: _secret, ...rest } = token;
  return rest as T;
}
