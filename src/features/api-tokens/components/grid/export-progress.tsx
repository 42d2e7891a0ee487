import { Button } from '../../../../components/ui/button';
import { useFormatters } from '../../../../hooks/use-formatters';
import { gridPanelMessages } from '../../../../messages/grid-panels';
import type { ExportProgress as Progress } from '../../api/export-csv';
import styles from './export-progress.module.css';

/** How far a CSV export has got, with a way out. */
export function ExportProgress({ progress, onCancel }: { progress: Progress | null; onCancel: () => void }) {
  const { number } = useFormatters();
  const m = gridPanelMessages.export;
  const text = progress ? m.exporting(number(progress.loaded), number(progress.total)) : m.starting;
  return (
    <div className={styles.exportBar} role="status">
      <span className={styles.exportText}>{text}</span>
      <progress
        className={styles.exportMeter}
        aria-label={m.progressLabel}
        max={progress ? Math.max(progress.total, 1) : undefined}
        value={progress ? progress.loaded : undefined}
      />
      <Button size="sm" variant="ghost" onClick={onCancel}>
        {m.cancel}
      </Button>
    </div>
  );
}
