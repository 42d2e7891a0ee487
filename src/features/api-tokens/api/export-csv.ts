import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { buildQueryString, type RqlExpr, type RqlSortKey } from '../../../lib/rql';
import { LIST_SELECT } from './list-query';
import { apiTokenQueries } from './queries';
import { listApiTokens } from './requests';
import type { ApiToken } from './types';

// The export's request: every page of a filtered list. The file is built in model/tokens-csv.ts and downloaded by
// components/grid/csv-download.ts.

/** The API's largest page: the fewest requests for a whole list. */
export const EXPORT_PAGE_SIZE = 100;

export interface ExportProgress {
  loaded: number;
  /** What the server last said the list holds. */
  total: number;
}

export interface FetchForExportOptions {
  filters: readonly RqlExpr[];
  order: readonly RqlSortKey[];
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  pageSize?: number;
  /**
   * Reads each page as the module's queries read, retrying what can pass (no answer, 429, 5xx) after the wait the
   * API asks for: the QueryClient's retry for the module's keys. Without it, each page is asked for once.
   */
  queryClient?: QueryClient;
}

/**
 * One page through the QueryClient, for its retries, under a key of its own that is dropped once read (an export of
 * 10,000 tokens keeps none of its pages in the cache). The caller's abort cancels it, also between retries.
 */
async function readWithRetries(
  queryClient: QueryClient,
  client: ApiClient,
  query: string,
  signal: AbortSignal | undefined,
) {
  const queryKey = [...apiTokenQueries.all(client), 'export', query] as const;
  const cancel = () => void queryClient.cancelQueries({ queryKey, exact: true });
  signal?.addEventListener('abort', cancel);
  try {
    return await queryClient.fetchQuery({
      queryKey,
      queryFn: ({ signal: own }) => listApiTokens(client, query, own),
      staleTime: 0,
      gcTime: 0,
    });
  } finally {
    signal?.removeEventListener('abort', cancel);
    queryClient.removeQueries({ queryKey, exact: true });
  }
}

/**
 * Reads every token matching the filters, one page after the other (never in parallel, to go easy on the API).
 * Rows that reappear because the list shifted while reading are skipped; an abort stops between pages.
 */
export async function fetchTokensForExport(
  client: ApiClient,
  options: FetchForExportOptions,
): Promise<ApiToken[]> {
  const pageSize = Math.min(options.pageSize ?? EXPORT_PAGE_SIZE, EXPORT_PAGE_SIZE);
  const seen = new Set<string>();
  const tokens: ApiToken[] = [];
  for (let offset = 0; ; offset += pageSize) {
    options.signal?.throwIfAborted();
    const query = buildQueryString({
      filter: options.filters,
      select: LIST_SELECT,
      order: options.order,
      limit: pageSize,
      offset,
    });
    const page = options.queryClient
      ? await readWithRetries(options.queryClient, client, query, options.signal)
      : await listApiTokens(client, query, options.signal);
    const data = page.data ?? [];
    for (const token of data) {
      const key = token.id ?? '';
      if (key && seen.has(key)) continue;
      seen.add(key);
      tokens.push(token);
    }
    const total = page.$meta?.pagination?.total ?? tokens.length;
    options.onProgress?.({ loaded: Math.min(tokens.length, total), total });
    if (data.length < pageSize || offset + pageSize >= total) return tokens;
  }
}
