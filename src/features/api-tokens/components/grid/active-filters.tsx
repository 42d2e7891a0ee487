import { useQuery } from '@tanstack/react-query';
import { Button } from '../../../../components/ui/button';
import { CloseIcon } from '../../../../components/ui/icons/close';
import { useFormatters } from '../../../../hooks/use-formatters';
import { useApiClient } from '../../../../lib/services';
import { gridPanelMessages } from '../../messages/grid-panels';
import { apiTokenQueries } from '../../api/queries';
import type { GridView, LastAccessFilter } from '../../model/grid-view';
import type { ViewUpdate } from '../../hooks/use-grid-view';
import styles from './active-filters.module.css';

/** "Never used" or "Not used for 90 days": shared by the filter panel and its chip. */
export function lastAccessLabel(filter: LastAccessFilter, formatNumber: (n: number) => string): string {
  return filter.kind === 'never'
    ? gridPanelMessages.filters.lastAccessNever
    : gridPanelMessages.filters.lastAccessIdle(formatNumber(filter.days));
}

interface Chip {
  key: string;
  label: string;
  remove: ViewUpdate;
}

/** Calendar dates shown as the grid shows dates, without shifting them through a time zone. */
function formatDay(day: string, locale: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * The Filter panel's filters (status and search have their own visible controls), each removable on its own, so
 * "why is my token missing?" answers itself.
 */
export function ActiveFilters({
  view,
  onChange,
  onClearAll,
}: {
  view: GridView;
  onChange: (update: ViewUpdate) => void;
  onClearAll: () => void;
}) {
  const client = useApiClient();
  const { number, locale } = useFormatters();
  // Names for module chips; the list is cached for minutes and shared with the Filter panel.
  const modules = useQuery({ ...apiTokenQueries.modules(client), enabled: view.moduleIds.length > 0 });
  const chipsText = gridPanelMessages.chips;

  const chips: Chip[] = [];
  for (const id of view.moduleIds) {
    const name = modules.data?.find((mod) => mod.id === id)?.name ?? id;
    chips.push({
      key: `module-${id}`,
      label: chipsText.module(name),
      remove: { moduleIds: view.moduleIds.filter((m) => m !== id) },
    });
  }
  if (view.createdBy)
    chips.push({ key: 'createdBy', label: chipsText.createdBy(view.createdBy), remove: { createdBy: '' } });
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
    <div className={styles.bar}>
      <ul className={styles.list} aria-label={chipsText.label}>
        {chips.map((chip) => (
          <li key={chip.key} className={styles.chip}>
            <span className={styles.text}>{chip.label}</span>
            <button
              type="button"
              className={styles.remove}
              aria-label={chipsText.remove(chip.label)}
              onClick={() => onChange(chip.remove)}
            >
              <CloseIcon size={12} />
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 ? (
        <Button variant="link" size="sm" onClick={onClearAll}>
          {chipsText.clearAll}
        </Button>
      ) : null}
    </div>
  );
}
