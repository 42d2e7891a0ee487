import { Button } from '../../../../components/ui/button';
import { useFormatters } from '../../../../hooks/use-formatters';
import { gridPanelMessages } from '../../messages/grid-panels';
import type { ExportProgress as Progress } from '../../api/export-csv';
import styles from './export-progress.module.css';

/** How far a CSV export has got, with a way out. */
export function ExportProgress({ progress, onCancel }: { progress: Progress | null; onCancel: () => void }) {
  const { number } = useFormatters();
  const exportLabels = gridPanelMessages.export;
  const text = progress
    ? exportLabels.exporting(number(progress.loaded), number(progress.total))
    : exportLabels.starting;
  return (
    <div className={styles.exportBar} role="status">
      <span className={styles.exportText}>{text}</span>
      <progress
        className={styles.exportMeter}
        aria-label={exportLabels.progressLabel}
        max={progress ? Math.max(progress.total, 1) : undefined}
        value={progress ? progress.loaded : undefined}
      />
      <Button size="sm" variant="ghost" onClick={onCancel}>
        {exportLabels.cancel}
      </Button>
    </div>
  );
}
