import { Button } from '../../../../components/ui/button';
import { useFormatters } from '../../../../hooks/use-formatters';
import { gridPanelMessages } from '../../messages/grid-panels';
import type { ApiToken } from '../../api/types';
import { useTokenActions } from '../actions/token-actions-context';
import styles from './selection-bar.module.css';

/** Bulk actions on the selected rows of the current page; the provider confirms and says how many apply. */
export function SelectionBar({ selected, onClear }: { selected: readonly ApiToken[]; onClear: () => void }) {
  const actions = useTokenActions();
  const { number } = useFormatters();
  const selectionText = gridPanelMessages.selection;
  const tokens = [...selected];
  return (
    <section className={styles.selectionBar} aria-label={selectionText.label}>
      <p className={styles.selectionCount} aria-live="polite">
        {selectionText.selected(number(selected.length))}
      </p>
      <div className={styles.selectionActions}>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => actions.bulk('enable', tokens, { onDone: onClear })}
        >
          {selectionText.enable}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => actions.bulk('disable', tokens, { onDone: onClear })}
        >
          {selectionText.disable}
        </Button>
        <Button
          size="sm"
          variant="danger"
          onClick={() => actions.bulk('delete', tokens, { onDone: onClear })}
        >
          {selectionText.delete}
        </Button>
        <Button size="sm" variant="ghost" onClick={onClear}>
          {selectionText.clear}
        </Button>
      </div>
    </section>
  );
}
