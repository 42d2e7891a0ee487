import { useCallback, useEffect, useRef, useState } from 'react';
import { useFormatters } from '../../../../hooks/use-formatters';
import { describeError } from '../../../../lib/error-message';
import type { RqlExpr, RqlSortKey } from '../../../../lib/rql';
import { useServices } from '../../../../lib/services';
import { gridMessages } from '../../messages/grid';
import type { ExportProgress } from '../../api/export-csv';

export type CsvExportState = { status: 'idle' } | { status: 'running'; progress: ExportProgress | null };

/**
 * Exports the filtered list (every page, read in pages of 100) as a CSV download. One export at a time; it can
 * be cancelled, and it stops if the grid goes away.
 */
export function useCsvExport({
  filters,
  order,
}: {
  filters: readonly RqlExpr[];
  order: readonly RqlSortKey[];
}) {
  const { client, timeZone, notify } = useServices();
  const { number } = useFormatters();
  const [state, setState] = useState<CsvExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      // Leaving the grid stops the export quietly: nobody is waiting for the file any more.
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const start = useCallback(async () => {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ status: 'running', progress: null });
    try {
      // The export code (and its messages) is only needed by those who export.
      const { runCsvExport } = await import('./csv-download');
      await runCsvExport(client, {
        filters,
        order,
        signal: abort.signal,
        timeZone,
        formatNumber: number,
        onProgress: (progress) => {
          if (!abort.signal.aborted) setState({ status: 'running', progress });
        },
        // Leaving the grid stops the export quietly: nobody is waiting for the file any more.
        notify: (message, options) => (mounted.current ? notify(message, options) : undefined),
      });
    } catch (error) {
      if (mounted.current) notify(gridMessages.exportFailed(describeError(error)), { tone: 'error' });
    } finally {
      if (controller.current === abort) controller.current = null;
      if (mounted.current) setState({ status: 'idle' });
    }
  }, [client, filters, order, timeZone, notify, number]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, start, cancel };
}
