import type { QueryClient } from '@tanstack/react-query';
import { prefetchGridList } from '../features/api-tokens/api/grid-prefetch';
import { createApiClient } from '../lib/api-client';
import { warmIntl } from '../lib/intl-warmup';
import { formatLocale } from '../lib/language';
import { assertValidConfig, requestTimeouts, type ApiTokensConfig } from './config';
import { loadModuleCode } from './load-module-code';

/** The grid's first request alone, for a page that has the module's code already (the standalone app). */
export function prefetchGridRows(
  config: ApiTokensConfig & { queryClient: QueryClient },
  search = '',
): Promise<void> {
  // No onUnauthorized here: a 401 leaves the entry failed, and the grid's own retry on mount reports it once.
  // The module's own deadlines: the page joins this request rather than sending its own, and must not wait longer.
  const client = createApiClient({
    baseUrl: config.apiBaseUrl,
    getAccessToken: config.getAccessToken,
    timeouts: requestTimeouts(config.requestTimeoutMs),
  });
  return prefetchGridList(config.queryClient, client, search, config.timeZone);
}

/**
 * Starts loading the grid's rows for `search` (the search part of the URL the grid is opened with, e.g.
 * `?status=Disabled`) into the config's QueryClient, before the module renders. Call it where the host knows the
 * page is about to open: a route loader, the click (or hover) on the menu entry, or before the first render. The
 * grid then starts from that request instead of sending its own once React has rendered it, which on a cold start
 * is most of the wait for the first rows. It also starts downloading the module's code, which the package's entry
 * leaves out. Failures are left to the grid (or the module's error panel), which asks again and shows them.
 */
export function prefetchApiTokensGrid(
  config: ApiTokensConfig & { queryClient: QueryClient },
  search = '',
): Promise<void> {
  assertValidConfig(config);
  void loadModuleCode().catch(() => undefined);
  // In a task of its own, after whatever the host is doing now, while the code and the rows are on their way.
  setTimeout(() => warmIntl(formatLocale(config.locale ?? navigator.language), config.timeZone));
  return prefetchGridRows(config, search);
}
