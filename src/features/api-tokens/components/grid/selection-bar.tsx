import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '../../../../components/ui/button';
import { useFormatters } from '../../../../hooks/use-formatters';
import { describeError } from '../../../../lib/error-message';
import { useServices } from '../../../../lib/services';
import { gridPanelMessages } from '../../messages/grid-panels';
import { fetchTokensForExport, type ExportProgress } from '../../api/export-csv';
import { buildListFilters, buildListOrder } from '../../api/list-query';
import { canApply, type TokenStateAction } from '../../api/token-state';
import type { ApiToken } from '../../api/types';
import type { GridView } from '../../model/grid-view';
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
  /**
   * The view and the grid's clock: their filters and order are what "all matching" reads, page by page, when an
   * action starts.
   */
  view: GridView;
  now: number;
}

const selectionText = gridPanelMessages.selection;

/**
 * The bar's height, kept on its parent while it is there: over the cards it sticks to the window's top, and the
 * rows' controls keep that much clear above them when the keyboard brings one into sight, so none stops under it
 * (selection-bar.module.css).
 */
const HEIGHT_PROPERTY = '--selection-bar-height';

function useBarRef() {
  const landing = useFocusLanding();
  return useCallback(
    (bar: HTMLElement | null) => {
      const leave = landing(bar);
      const holder = bar?.parentElement;
      if (!bar || !holder) return leave;
      const observer = new ResizeObserver(([entry]) => {
        const height = entry?.borderBoxSize[0]?.blockSize;
        if (height !== undefined) holder.style.setProperty(HEIGHT_PROPERTY, `${Math.ceil(height)}px`);
      });
      observer.observe(bar);
      return () => {
        observer.disconnect();
        holder.style.removeProperty(HEIGHT_PROPERTY);
        leave?.();
      };
    },
    [landing],
  );
}

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
  view,
  now,
}: SelectionBarProps) {
  const actions = useTokenActions();
  const barRef = useBarRef();
  const { client, notify, timeZone } = useServices();
  const queryClient = useQueryClient();
  const { number } = useFormatters();
  // Reading every matching token for an action: how far it got, and the action's button, which waits busy.
  const [loading, setLoading] = useState<(ExportProgress & { action: TokenStateAction }) | null>(null);
  const running = useRef<AbortController | null>(null);
  const progressRef = useRef<HTMLDivElement>(null);
  const pressed = useRef<Element | null>(null);
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
    // The button pressed waits busy (still focused) while the tokens are read; focus goes back to it from the
    // progress's Cancel when that goes.
    pressed.current = document.activeElement;
    const abort = new AbortController();
    running.current = abort;
    setLoading({ loaded: 0, total: matching, action });
    try {
      const tokens = await fetchTokensForExport(client, {
        filters: buildListFilters(view, { now, timeZone }),
        order: buildListOrder(view.sort),
        signal: abort.signal,
        // A page that fails in passing (no answer, 5xx) is asked for again, as the grid's reads are.
        queryClient,
        onProgress: (progress) => running.current === abort && setLoading({ ...progress, action }),
      });
      if (running.current === abort) {
        // The buttons come back first, so the confirmation opens from the button pressed and returns focus to it.
        running.current = null;
        endReading(true);
        actions.bulk(action, tokens, { onDone: onClear });
      }
    } catch (error) {
      if (running.current === abort && !abort.signal.aborted) {
        notify(selectionText.loadFailed(describeError(error)), { tone: 'error' });
      }
    } finally {
      if (running.current === abort) {
        running.current = null;
        endReading(false);
      }
    }
  };

  /** The progress goes: focus in it (its Cancel), or wherever when `always`, goes back to the button pressed. */
  const endReading = (always: boolean) => {
    const back = always || !!progressRef.current?.contains(document.activeElement);
    flushSync(() => setLoading(null));
    const button = pressed.current;
    if (back && button instanceof HTMLElement && button.isConnected) button.focus();
  };

  const cancel = () => {
    const abort = running.current;
    running.current = null;
    abort?.abort();
    endReading(false);
  };

  return (
    // Clear selection (or an action done) takes the bar away: focus goes to the table.
    <section ref={barRef} className={styles.selectionBar} aria-label={selectionText.label}>
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
            unavailable={loading !== null}
            onClick={() => onAllMatchingChange(!all)}
          >
            {all ? selectionText.selectPageOnly : selectionText.selectAllMatching(matching, number(matching))}
          </Button>
        ) : null}
      </div>
      {loading ? (
        <div ref={progressRef} className={styles.loading} role="status">
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
            busy={loading?.action === action}
            unavailable={loading !== null}
            onClick={() => void run(action)}
          >
            {selectionText[action]}
          </Button>
        ))}
        <Button
          size="sm"
          variant="danger"
          busy={loading?.action === 'delete'}
          unavailable={loading !== null}
          onClick={() => void run('delete')}
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
