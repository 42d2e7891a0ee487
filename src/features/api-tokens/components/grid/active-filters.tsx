import { useQuery } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useRef } from 'react';
import { Button } from '../../../../components/ui/button';
import { FailureNote } from '../../../../components/ui/failure-note';
import { CloseIcon } from '../../../../components/ui/icons/close';
import { useFormatters } from '../../../../hooks/use-formatters';
import { useApiClient } from '../../../../lib/services';
import { gridPanelMessages } from '../../messages/grid-panels';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken } from '../../api/types';
import type { GridView, LastAccessFilter } from '../../model/grid-view';
import type { ViewUpdate } from '../../hooks/use-grid-view';
import { ReasonInSentence } from '../../../../components/ui/reason-in-sentence';
import { useFocusLanding } from '../../../../components/ui/use-focus-landing';
import type { PanelFilters } from './filter-panel';
import styles from './active-filters.module.css';

/** The Filter panel's filters, none set: what its Clear all and the chips' Clear filters apply. */
export const EMPTY_PANEL_FILTERS: PanelFilters = {
  moduleIds: [],
  createdBy: '',
  createdFrom: null,
  createdTo: null,
  lastAccess: null,
};

/** "Never used", "Used, but not in the last 90 days"…: shared by the filter panel and its chip. */
export function lastAccessLabel(filter: LastAccessFilter, formatNumber: (n: number) => string): string {
  const filtersText = gridPanelMessages.filters;
  if (filter.kind === 'never') return filtersText.lastAccessNever;
  const days = formatNumber(filter.days);
  return filter.kind === 'idle' ? filtersText.lastAccessIdle(days) : filtersText.lastAccessStale(days);
}

interface Chip {
  key: string;
  label: string;
  remove: ViewUpdate;
}

/** Calendar dates shown as the grid shows dates, without shifting them through a time zone. */
function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
    // Read as an ISO date, which keeps every year as written (Date.UTC would turn 0001 into 1901).
  }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * The Filter panel's filters (status and search have their own visible controls), each removable on its own, so
 * "why is my token missing?" answers itself.
 */
export function ActiveFilters({
  view,
  onChange,
  tokens = [],
}: {
  view: GridView;
  onChange: (update: ViewUpdate) => void;
  /** The rows on screen: they name a creator the filter holds by ID (a link from a token's page). */
  tokens?: readonly ApiToken[];
}) {
  const client = useApiClient();
  const { number, locale } = useFormatters();
  // Names for module chips; the list is cached for minutes and shared with the Filter panel.
  const modules = useQuery({ ...apiTokenQueries.modules(client), enabled: view.moduleIds.length > 0 });
  const chipsText = gridPanelMessages.chips;
  const landingRef = useFocusLanding();
  // A chip removed takes its button with it: focus goes to the chip now in its place (or the last one). With no chip
  // left the bar goes, and its landing takes focus to the table.
  const listRef = useRef<HTMLUListElement>(null);
  const refocus = useRef<{ index: number; count: number } | null>(null);
  useLayoutEffect(() => {
    const buttons = listRef.current?.querySelectorAll('button');
    const pending = refocus.current;
    if (!pending || !buttons || buttons.length >= pending.count) return;
    refocus.current = null;
    buttons[Math.min(pending.index, buttons.length - 1)]?.focus();
  });
  // The browser's Back or Forward can take a chip away while its button has focus, or "Clear filters" (there only
  // beside two chips or more): focus goes where a removal by click sends it. A ref's cleanup runs while the element
  // is still on the page, so it can tell whether it held focus; these are stable, so it runs only when one goes.
  const chipRef = useCallback((item: HTMLLIElement | null) => {
    if (!item) return undefined;
    return () => {
      if (!item.contains(item.ownerDocument.activeElement)) return;
      const siblings = item.parentElement ? Array.from(item.parentElement.children) : [];
      refocus.current = { index: Math.max(0, siblings.indexOf(item)), count: Infinity };
    };
  }, []);
  const clearAllRef = useCallback((button: HTMLButtonElement | null) => {
    if (!button) return undefined;
    return () => {
      if (button === button.ownerDocument.activeElement)
        refocus.current = { index: Infinity, count: Infinity };
    };
  }, []);

  // One chip per filter, so the Filter button's count is the number of chips. Modules are one filter that matches
  // a token with any of them, and the chip says so: "Modules: Billing or Catalog".
  const chips: Chip[] = [];
  if (view.moduleIds.length > 0) {
    const names = view.moduleIds.map((id) => modules.data?.find((mod) => mod.id === id)?.name ?? id);
    chips.push({
      key: 'modules',
      label: chipsText.modules(
        names.length,
        new Intl.ListFormat(locale, { type: 'disjunction' }).format(names),
      ),
      remove: { moduleIds: [] },
    });
  }
  if (view.createdBy) {
    // There is no users endpoint to ask: a creator's ID is named once a row with that creator is on screen.
    const id = view.createdBy.toUpperCase();
    const name = tokens.find((token) => token.audit?.created?.by?.id?.toUpperCase() === id)?.audit?.created
      ?.by?.name;
    const who = name ? chipsText.person(name, id) : view.createdBy;
    chips.push({ key: 'createdBy', label: chipsText.createdBy(who), remove: { createdBy: '' } });
  }
  if (view.createdFrom || view.createdTo) {
    const from = view.createdFrom ? formatDay(view.createdFrom, locale) : null;
    const to = view.createdTo ? formatDay(view.createdTo, locale) : null;
    const label =
      from && to
        ? chipsText.createdBetween(from, to)
        : from
          ? chipsText.createdFrom(from)
          : chipsText.createdTo(to as string);
    chips.push({ key: 'created', label, remove: { createdFrom: null, createdTo: null } });
  }
  if (view.lastAccess) {
    chips.push({
      key: 'lastAccess',
      label: chipsText.lastAccess(lastAccessLabel(view.lastAccess, number)),
      remove: { lastAccess: null },
    });
  }

  if (chips.length === 0) return null;
  return (
    // The last chip removed, or Clear filters, takes the bar away: focus goes to the table.
    <div ref={landingRef} className={styles.bar}>
      <ul ref={listRef} className={styles.list} aria-label={chipsText.label}>
        {chips.map((chip, index) => (
          <li key={chip.key} ref={chipRef} className={styles.chip}>
            <span className={styles.text}>{chip.label}</span>
            <button
              type="button"
              className={styles.remove}
              aria-label={chipsText.remove(chip.label)}
              onClick={() => {
                refocus.current = { index, count: chips.length };
                onChange(chip.remove);
              }}
            >
              <CloseIcon size={12} />
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 ? (
        // What the chips show, nothing more: the status and the search keep their own controls, and their values.
        <Button ref={clearAllRef} variant="link" size="sm" onClick={() => onChange(EMPTY_PANEL_FILTERS)}>
          {chipsText.clearAll}
        </Button>
      ) : null}
      {view.moduleIds.length > 0 && modules.isError && !modules.isFetching ? (
        <p className={styles.note}>
          <FailureNote error={modules.error} onRetry={() => void modules.refetch()}>
            <ReasonInSentence sentence={chipsText.modulesFailed} error={modules.error} />
          </FailureNote>
        </p>
      ) : null}
    </div>
  );
}
