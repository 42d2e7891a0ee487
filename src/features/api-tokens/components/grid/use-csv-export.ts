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
 * be cancelled, and it stops quietly if the grid goes away. The work itself is in csv-download.ts, which loads
 * when an export starts: the grid's first paint carries only this switch.
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
  const running = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      // Forgotten first, so the aborted run finds nobody to tell.
      const left = running.current;
      running.current = null;
      left?.abort();
    },
    [],
  );

  const start = useCallback(() => {
    if (running.current) return;
    const abort = (running.current = new AbortController());
    const current = () => running.current === abort;
    setState({ status: 'running', progress: null });
    import('./csv-download')
      .then(({ runCsvExport }) =>
        runCsvExport(client, {
          filters,
          order,
          signal: abort.signal,
          timeZone,
          formatNumber: number,
          onProgress: (progress) => current() && setState({ status: 'running', progress }),
          notify: (message, options) => current() && notify(message, options),
        }),
      )
      .catch((error: unknown) => {
        if (current()) notify(gridMessages.exportFailed(describeError(error)), { tone: 'error' });
      })
      .finally(() => {
        if (!current()) return;
        running.current = null;
        setState({ status: 'idle' });
      });
  }, [client, filters, order, timeZone, notify, number]);

  const cancel = useCallback(() => running.current?.abort(), []);

  return { state, start, cancel };
}
