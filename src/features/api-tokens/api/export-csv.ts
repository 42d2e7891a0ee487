import type { ApiClient } from '../../../lib/api-client';
import { describeError } from '../../../lib/error-message';
import type { Notify } from '../../../lib/services';
import { buildQueryString, type RqlExpr, type RqlSortKey } from '../../../lib/rql';
import { gridPanelMessages } from '../../../messages/grid-panels';
import { LIST_SELECT } from './list-query';
import { listApiTokens } from './requests';
import type { ApiToken } from './types';

/** The API's largest page: the fewest requests for a whole list. */
export const EXPORT_PAGE_SIZE = 100;

/**
 * The export's columns. Each reads only fields shown in the grid; the token's secret (`token`) is never read,
 * even if an older API returned it.
 */
const CSV_COLUMNS: { header: string; value: (token: ApiToken) => string }[] = [
  { header: gridPanelMessages.csv.name, value: (t) => t.name ?? '' },
  { header: gridPanelMessages.csv.id, value: (t) => t.id ?? '' },
  {
    header: gridPanelMessages.csv.modules,
    value: (t) =>
      (t.modules ?? []).map((m) => (m.name ? `${m.name} (${m.id ?? ''})` : (m.id ?? ''))).join('; '),
  },
  { header: gridPanelMessages.csv.createdBy, value: (t) => t.audit?.created?.by?.name ?? '' },
  { header: gridPanelMessages.csv.createdById, value: (t) => t.audit?.created?.by?.id ?? '' },
  { header: gridPanelMessages.csv.createdAt, value: (t) => t.audit?.created?.at ?? '' },
  { header: gridPanelMessages.csv.lastAccess, value: (t) => t.lastAccessAt ?? '' },
  { header: gridPanelMessages.csv.status, value: (t) => t.status ?? '' },
];

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return before one) as a formula, so a
 * token named `=HYPERLINK(…)` could run in whoever opens the file. A leading apostrophe makes it plain text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote fields holding a delimiter, a quote or a line break; double the quotes inside. */
export function csvField(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text for tokens: a header row, then one row per token, CRLF line ends. */
export function buildTokensCsv(tokens: readonly ApiToken[]): string {
  const lines = [CSV_COLUMNS.map((c) => csvField(c.header)).join(',')];
  for (const token of tokens) lines.push(CSV_COLUMNS.map((c) => csvField(c.value(token))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

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
    const page = await listApiTokens(client, query, options.signal);
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

/** e.g. `api-tokens-2026-11-01.csv`, dated in the configured time zone. */
export function exportFileName(now: Date, timeZone?: string): string {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return `api-tokens-${day}.csv`;
}

/** Hands the text to the browser as a file download. The BOM makes spreadsheet apps read it as UTF-8. */
export function downloadCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  // Revoking right away can cancel the download in some browsers; a moment later it is safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface CsvExportRun extends FetchForExportOptions {
  signal: AbortSignal;
  timeZone?: string | undefined;
  formatNumber: (n: number) => string;
  /** How the run ends, told once: the file is downloaded, the user cancelled, or it failed and why. */
  notify: Notify;
}

/** One whole export: every page, the file, the download and the message that says how it went. */
export async function runCsvExport(client: ApiClient, run: CsvExportRun): Promise<void> {
  const m = gridPanelMessages.export;
  try {
    const tokens = await fetchTokensForExport(client, run);
    run.signal.throwIfAborted();
    downloadCsv(buildTokensCsv(tokens), exportFileName(new Date(), run.timeZone));
    run.notify(m.done(tokens.length, run.formatNumber(tokens.length)), { tone: 'success' });
  } catch (error) {
    if (run.signal.aborted) run.notify(m.cancelled, { tone: 'info' });
    else run.notify(m.failed(describeError(error)), { tone: 'error' });
  }
}
