import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { useFormatters } from '../../../../hooks/use-formatters';
import { describeError } from '../../../../lib/error-message';
import { useServices } from '../../../../lib/services';
import { gridPanelMessages } from '../../messages/grid-panels';
import type { ExportProgress as Progress } from '../../api/export-csv';
import { buildListFilters, buildListOrder } from '../../api/list-query';
import type { GridView } from '../../model/grid-view';
import { useFocusLanding } from '../../../../components/ui/use-focus-landing';
import styles from './export-progress.module.css';

/**
 * What to export: the grid's view when Export was pressed, and the grid's clock; the export turns them into the
 * list's filters and order.
 */
export interface CsvExportRequest {
  view: GridView;
  now: number;
}

/**
 * Runs one CSV export of the filtered list (every page, read in pages of 100) while it is shown, with its progress
 * and a way out, and calls `onDone` when it has ended. Cancel says so; leaving the grid stops it quietly. The grid
 * only keeps the request: all of this, and the download code (csv-download.ts, loaded when an export starts), stays
 * out of its first paint.
 */
export function CsvExport({ request, onDone }: { request: CsvExportRequest; onDone: () => void }) {
  const { client, timeZone, notify } = useServices();
  const queryClient = useQueryClient();
  const { number } = useFormatters();
  const [progress, setProgress] = useState<Progress | null>(null);
  const running = useRef<AbortController | null>(null);
  const landingRef = useFocusLanding();
  // Read when used: a new callback or formatter from a re-render must not restart the export.
  const latest = useRef({ onDone, notify, number });
  useLayoutEffect(() => {
    latest.current = { onDone, notify, number };
  });

  useEffect(() => {
    const abort = (running.current = new AbortController());
    // Cleared before the abort when the grid goes away, so a stopped run finds nobody to tell.
    let current = true;
    import('./csv-download')
      .then(({ runCsvExport }) =>
        runCsvExport(client, {
          filters: buildListFilters(request.view, { now: request.now, timeZone }),
          order: buildListOrder(request.view.sort),
          signal: abort.signal,
          // A page that fails in passing (no answer, 5xx) is asked for again, as the grid's reads are.
          queryClient,
          timeZone,
          formatNumber: (n) => latest.current.number(n),
          onProgress: (next) => current && setProgress(next),
          notify: (message, options) => current && latest.current.notify(message, options),
        }),
      )
      .catch((error: unknown) => {
        if (current)
          latest.current.notify(gridPanelMessages.export.failed(describeError(error)), { tone: 'error' });
      })
      .finally(() => {
        if (current) latest.current.onDone();
      });
    return () => {
      current = false;
      abort.abort();
    };
  }, [request, client, queryClient, timeZone]);

  const exportLabels = gridPanelMessages.export;
  const text = progress
    ? exportLabels.exporting(number(progress.loaded), number(progress.total))
    : exportLabels.starting;
  return (
    // Cancel, or the export ending, takes the bar away: focus goes to the table.
    <div ref={landingRef} className={styles.exportBar} role="status">
      <span className={styles.exportText}>{text}</span>
      <progress
        className={styles.exportMeter}
        aria-label={exportLabels.progressLabel}
        max={progress ? Math.max(progress.total, 1) : undefined}
        value={progress ? progress.loaded : undefined}
      />
      <Button size="sm" variant="ghost" onClick={() => running.current?.abort()}>
        {exportLabels.cancel}
      </Button>
    </div>
  );
}
