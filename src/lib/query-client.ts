import { QueryClient } from '@tanstack/react-query';
import { isApiError, isTransientError } from './api-error';

const MAX_QUERY_RETRIES = 3;

/** Retry transient failures only, with backoff, honouring Retry-After: a 401, 403 or 404 answers the same again. */
const retryPolicy = {
  retry: (failureCount: number, error: unknown) =>
    failureCount < MAX_QUERY_RETRIES && isTransientError(error),
  retryDelay: (attempt: number, error: unknown) =>
    isApiError(error) && error.retryAfterMs !== undefined
      ? Math.min(error.retryAfterMs, 30_000)
      : Math.min(500 * 2 ** attempt, 8_000),
};

/** Queries retry transient failures with backoff (honouring Retry-After); mutations never retry on their own. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, ...retryPolicy, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/**
 * A host's QueryClient that leaves `retry` at the library's default would retry every failure three times, so a
 * 403 or 404 shows only after seconds of loading and a 429's Retry-After is ignored: the keys under `root` (ours)
 * get our policy. A host that set `retry` itself has decided, and keeps it.
 */
export function adoptQueryClient(client: QueryClient, root: readonly unknown[]): QueryClient {
  if (client.getDefaultOptions().queries?.retry === undefined) client.setQueryDefaults(root, retryPolicy);
  return client;
}
