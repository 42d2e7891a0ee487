import { useMemo, useState } from 'react';
import type { OverlayTriggerProps } from '../../../../components/ui/deferred-overlay';
import {
  Menu,
  MenuCheckboxItem,
  MenuContent,
  MenuGroup,
  MenuItem,
  MenuRadioGroup,
  MenuRadioItem,
  MenuSeparator,
  MenuTrigger,
} from '../../../../components/ui/menu';
import { Popover, PopoverContent, PopoverTrigger } from '../../../../components/ui/popover';
import { gridPanelMessages } from '../../messages/grid-panels';
import { useFormatters } from '../../../../hooks/use-formatters';
import { gridMessages } from '../../messages/grid';
import type { GridSort, GridView, SortDirection, SortField } from '../../model/grid-view';
import { COLUMNS, SORTABLE_COLUMNS, sortColumn } from '../../model/columns';
import type { ApiToken } from '../../api/types';
import { FilterPanel, type PanelFilters } from './filter-panel';
import styles from './toolbar-menus.module.css';

// The toolbar's menus and filter popover: loaded after the grid's first paint (see grid-deferred.ts).

export function SortMenu({
  trigger,
  defaultOpen,
  sort,
  onSortChange,
}: OverlayTriggerProps & { sort: GridSort; onSortChange: (sort: GridSort) => void }) {
  return (
    <Menu modal={false} defaultOpen={defaultOpen}>
      <MenuTrigger asChild>{trigger}</MenuTrigger>
      <MenuContent align="start" label={gridMessages.sort}>
        <MenuRadioGroup
          label={gridPanelMessages.sortBy}
          value={sort.field}
          onValueChange={(field) => {
            const sortField = field as SortField;
            onSortChange({
              field: sortField,
              direction: sortField === sort.field ? sort.direction : sortColumn(sortField).sort.first,
            });
          }}
        >
          {SORTABLE_COLUMNS.map(({ sort: { param }, label }) => (
            <MenuRadioItem key={param} value={param}>
              {label}
            </MenuRadioItem>
          ))}
        </MenuRadioGroup>
        <MenuSeparator />
        <MenuRadioGroup
          label={gridPanelMessages.sortOrder}
          value={sort.direction}
          onValueChange={(direction) =>
            onSortChange({ field: sort.field, direction: direction as SortDirection })
          }
        >
          <MenuRadioItem value="asc">{gridPanelMessages.ascending}</MenuRadioItem>
          <MenuRadioItem value="desc">{gridPanelMessages.descending}</MenuRadioItem>
        </MenuRadioGroup>
      </MenuContent>
    </Menu>
  );
}

export function FilterPopover({
  trigger,
  defaultOpen,
  view,
  pageTokens,
  onFiltersApply,
}: OverlayTriggerProps & {
  view: GridView;
  pageTokens: readonly ApiToken[];
  onFiltersApply: (filters: PanelFilters) => void;
}) {
  const [open, setOpen] = useState(!!defaultOpen);
  const { locale } = useFormatters();
  // There is no users endpoint: the creators on the current page are the suggestions.
  const creatorSuggestions = useMemo(() => {
    const names = new Set<string>();
    for (const token of pageTokens) {
      const name = token.audit?.created?.by?.name;
      if (name) names.add(name);
    }
    return [...names].sort((a, b) => a.localeCompare(b, locale));
  }, [pageTokens, locale]);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>{trigger}</PopoverTrigger>
      <PopoverContent label={gridPanelMessages.filters.title} className={styles.filterPopover}>
        <FilterPanel
          view={view}
          creatorSuggestions={creatorSuggestions}
          onCancel={() => setOpen(false)}
          onApply={(filters) => {
            setOpen(false);
            onFiltersApply(filters);
          }}
        />
      </PopoverContent>
    </Popover>
  );
}

export function ColumnsMenu({
  trigger,
  defaultOpen,
  hiddenColumns,
  onHiddenColumnsChange,
}: OverlayTriggerProps & {
  hiddenColumns: readonly string[];
  onHiddenColumnsChange: (hidden: string[]) => void;
}) {
  return (
    <Menu modal={false} defaultOpen={defaultOpen}>
      <MenuTrigger asChild>{trigger}</MenuTrigger>
      <MenuContent align="start" label={gridMessages.columns}>
        <MenuGroup label={gridPanelMessages.showColumns}>
          {COLUMNS.filter((col) => !('hideable' in col)).map(({ id, label }) => (
            <MenuCheckboxItem
              key={id}
              checked={!hiddenColumns.includes(id)}
              onCheckedChange={(visible) =>
                onHiddenColumnsChange(
                  visible
                    ? hiddenColumns.filter((hidden) => hidden !== id)
                    : [...new Set([...hiddenColumns, id])],
                )
              }
            >
              {label}
            </MenuCheckboxItem>
          ))}
        </MenuGroup>
        <MenuSeparator />
        <MenuItem onSelect={() => onHiddenColumnsChange([])} disabled={hiddenColumns.length === 0}>
          {gridPanelMessages.resetColumns}
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
