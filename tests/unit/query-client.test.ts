import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ROOT_QUERY_KEY } from '../../src/features/api-tokens/api/queries';
import { ApiError } from '../../src/lib/api-error';
import { adoptQueryClient } from '../../src/lib/query-client';

const ours = [ROOT_QUERY_KEY, 'https://api.example.com', 'api-tokens', 'list', ''];
const tooManyRequests = new ApiError({
  kind: 'http',
  status: 429,
  title: 'Too Many Requests',
  retryAfterMs: 7000,
});
const notFound = new ApiError({ kind: 'http', status: 404, title: 'Not Found' });

type Retry = (failureCount: number, error: unknown) => boolean;
type RetryDelay = (attempt: number, error: unknown) => number;

describe('adoptQueryClient', () => {
  it("gives our keys in a host's client left at the library's default our retry policy", () => {
    const client = adoptQueryClient(new QueryClient(), [ROOT_QUERY_KEY]);
    const options = client.defaultQueryOptions({ queryKey: ours });
    const retry = options.retry as Retry;
    const retryDelay = options.retryDelay as RetryDelay;
    expect(retry(0, notFound)).toBe(false);
    expect(retry(0, tooManyRequests)).toBe(true);
    expect(retryDelay(1, tooManyRequests)).toBe(7000);
  });

  it("leaves the host's own keys, and a retry the host set, alone", () => {
    const host = adoptQueryClient(new QueryClient(), [ROOT_QUERY_KEY]);
    expect(host.defaultQueryOptions({ queryKey: ['portal', 'profile'] }).retry).toBeUndefined();
    const decided = adoptQueryClient(new QueryClient({ defaultOptions: { queries: { retry: 1 } } }), [
      ROOT_QUERY_KEY,
    ]);
    expect(decided.defaultQueryOptions({ queryKey: ours }).retry).toBe(1);
  });
});
