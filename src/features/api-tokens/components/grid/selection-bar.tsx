import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '../../../../components/ui/button';
import { useFormatters } from '../../../../hooks/use-formatters';
import { describeError } from '../../../../lib/error-message';
import type { RqlExpr, RqlSortKey } from '../../../../lib/rql';
import { useServices } from '../../../../lib/services';
import { gridPanelMessages } from '../../messages/grid-panels';
import { fetchTokensForExport, type ExportProgress } from '../../api/export-csv';
import { canApply, type TokenStateAction } from '../../api/token-state';
import type { ApiToken } from '../../api/types';
import { useTokenActions } from '../actions/token-actions-context';
import { useFocusLanding } from '../../../../components/ui/use-focus-landing';
import styles from './selection-bar.module.css';

export interface SelectionBarProps {
  /** The selected rows of the current page. */
  selected: readonly ApiToken[];
  onClear: () => void;
  /** How many tokens the view matches, on every page; null until known. */
  total: number | null;
  /** How many rows the current page shows. */
  pageRows: number;
  /** The whole filtered set is selected, not only this page. */
  allMatching: boolean;
  /** Selects every matching token, or back to the rows of this page. */
  onAllMatchingChange: (all: boolean) => void;
  /** The view's filters and order: what "all matching" reads, page by page, when an action starts. */
  filters: readonly RqlExpr[];
  order: readonly RqlSortKey[];
}

const selectionText = gridPanelMessages.selection;

/**
 * Bulk actions on the selection: the checked rows of the current page or, once offered and chosen, every token
 * the view matches. Those are read from the server in pages when an action starts (with progress and Cancel),
 * then handed to the same confirmation as a page's rows (docs/product-rules.md, 'The list').
 */
export function SelectionBar({
  selected,
  onClear,
  total,
  pageRows,
  allMatching,
  onAllMatchingChange,
  filters,
  order,
}: SelectionBarProps) {
  const actions = useTokenActions();
  const landingRef = useFocusLanding();
  const { client, notify } = useServices();
  const { number } = useFormatters();
  const [loading, setLoading] = useState<ExportProgress | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(
    () => () => {
      running.current?.abort();
      running.current = null;
    },
    [],
  );

  const matching = total ?? 0;
  const all = allMatching && total !== null;
  // The offer appears once the whole page is checked and there is more than the page; once taken, the same button
  // (focus stays on it) goes back to the page.
  const offerAll = all || (selected.length === pageRows && matching > pageRows);
  // The page's rows show their states: Enable or Disable is offered only when one of them can take it, as a row's
  // menu offers only the one that applies. Every matching token is read only once an action starts: both stay.
  const offers = (action: TokenStateAction) => all || selected.some((token) => canApply(action, token));

  const run = async (action: TokenStateAction) => {
    if (!all) {
      actions.bulk(action, [...selected], { onDone: onClear });
      return;
    }
    if (running.current) return;
    // The buttons are disabled while the tokens are read, which leaves focus nowhere: it goes back to this one.
    const pressed = document.activeElement;
    const abort = new AbortController();
    running.current = abort;
    setLoading({ loaded: 0, total: matching });
    try {
      const tokens = await fetchTokensForExport(client, {
        filters,
        order,
        signal: abort.signal,
        onProgress: (progress) => running.current === abort && setLoading(progress),
      });
      if (running.current === abort) {
        // The buttons come back first, so the confirmation opens from the button pressed and returns focus to it.
        running.current = null;
        flushSync(() => setLoading(null));
        if (pressed instanceof HTMLElement && pressed.isConnected) pressed.focus();
        actions.bulk(action, tokens, { onDone: onClear });
      }
    } catch (error) {
      if (running.current === abort && !abort.signal.aborted) {
        notify(selectionText.loadFailed(describeError(error)), { tone: 'error' });
      }
    } finally {
      if (running.current === abort) {
        running.current = null;
        setLoading(null);
      }
    }
  };

  const cancel = () => {
    const abort = running.current;
    running.current = null;
    abort?.abort();
    setLoading(null);
  };

  return (
    // Clear selection (or an action done) takes the bar away: focus goes to the table.
    <section ref={landingRef} className={styles.selectionBar} aria-label={selectionText.label}>
      <div className={styles.selectionSummary}>
        <p className={styles.selectionCount} aria-live="polite">
          {all
            ? selectionText.allMatchingSelected(matching, number(matching))
            : selectionText.selected(number(selected.length))}
        </p>
        {offerAll ? (
          <Button
            size="sm"
            variant="ghost"
            className={styles.selectAll}
            disabled={loading !== null}
            onClick={() => onAllMatchingChange(!all)}
          >
            {all ? selectionText.selectPageOnly : selectionText.selectAllMatching(matching, number(matching))}
          </Button>
        ) : null}
      </div>
      {loading ? (
        <div className={styles.loading} role="status">
          <span className={styles.loadingText}>
            {selectionText.loading(number(loading.loaded), number(loading.total))}
          </span>
          <progress
            className={styles.loadingMeter}
            aria-label={selectionText.loadingLabel}
            max={Math.max(loading.total, 1)}
            value={loading.loaded}
          />
          <Button size="sm" variant="ghost" onClick={cancel}>
            {selectionText.cancelLoading}
          </Button>
        </div>
      ) : null}
      <div className={styles.selectionActions}>
        {(['enable', 'disable'] as const).filter(offers).map((action) => (
          <Button
            key={action}
            size="sm"
            variant="secondary"
            disabled={loading !== null}
            onClick={() => void run(action)}
          >
            {selectionText[action]}
          </Button>
        ))}
        <Button size="sm" variant="danger" disabled={loading !== null} onClick={() => void run('delete')}>
          {selectionText.delete}
        </Button>
        <Button size="sm" variant="ghost" onClick={onClear}>
          {selectionText.clear}
        </Button>
      </div>
    </section>
  );
}
