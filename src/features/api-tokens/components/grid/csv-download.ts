import type { ApiClient } from '../../../../lib/api-client';
import { describeError } from '../../../../lib/error-message';
import type { Notify } from '../../../../lib/services';
import { gridPanelMessages } from '../../messages/grid-panels';
import { fetchTokensForExport, type FetchForExportOptions } from '../../api/export-csv';
import { buildTokensCsv } from '../../model/tokens-csv';

// Loaded by CsvExport (export-progress.tsx) when an export starts: the grid's first paint carries none of it.

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
  const exportText = gridPanelMessages.export;
  try {
    const tokens = await fetchTokensForExport(client, run);
    run.signal.throwIfAborted();
    downloadCsv(buildTokensCsv(tokens), exportFileName(new Date(), run.timeZone));
    run.notify(exportText.done(tokens.length, run.formatNumber(tokens.length)), { tone: 'success' });
  } catch (error) {
    if (run.signal.aborted) run.notify(exportText.cancelled, { tone: 'info' });
    else run.notify(exportText.failed(describeError(error)), { tone: 'error' });
  }
}
