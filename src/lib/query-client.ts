import { QueryClient } from '@tanstack/react-query';
import { isApiError, isTransientError } from './api-error';

const MAX_QUERY_RETRIES = 3;

/** Queries retry transient failures with backoff (honouring Retry-After); mutations never retry on their own. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < MAX_QUERY_RETRIES && isTransientError(error),
        retryDelay: (attempt, error) =>
          isApiError(error) && error.retryAfterMs !== undefined
            ? Math.min(error.retryAfterMs, 30_000)
            : Math.min(500 * 2 ** attempt, 8_000),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
