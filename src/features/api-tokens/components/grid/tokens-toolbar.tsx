import { useState } from 'react';
import { Button } from '../../../../components/ui/button';
import {
  ColumnsIcon,
  DownloadIcon,
  FilterIcon,
  RefreshIcon,
  SortIcon,
  ViewIcon,
} from '../../../../components/ui/icons';
import {
  Menu,
  MenuCheckboxItem,
  MenuContent,
  MenuItem,
  MenuLabel,
  MenuRadioGroup,
  MenuRadioItem,
  MenuSeparator,
  MenuTrigger,
} from '../../../../components/ui/menu';
import { Popover, PopoverContent, PopoverTrigger } from '../../../../components/ui/popover';
import { useFormatters } from '../../../../hooks/use-formatters';
import { gridMessages } from '../../../../messages/grid';
import {
  countPanelFilters,
  SORT_FIELDS,
  type GridSort,
  type GridView,
  type SortDirection,
  type SortField,
} from '../../hooks/grid-view';
import { FilterPanel, type PanelFilters } from './filter-panel';
import { HIDEABLE_COLUMNS } from './tokens-table';
import styles from './tokens-page.module.css';

const SORT_LABELS: Record<SortField, string> = {
  name: gridMessages.column.token,
  createdBy: gridMessages.column.createdBy,
  created: gridMessages.column.created,
  lastAccess: gridMessages.column.lastAccess,
  status: gridMessages.column.status,
};

export interface TokensToolbarProps {
  view: GridView;
  onSortChange: (sort: GridSort) => void;
  onFiltersApply: (filters: PanelFilters) => void;
  onDefaultView: () => void;
  hiddenColumns: readonly string[];
  onColumnVisibleChange: (columnId: string, visible: boolean) => void;
  onColumnsReset: () => void;
  onRefresh: () => void;
  refreshing: boolean;
  onExport: () => void;
  exporting: boolean;
  creatorSuggestions: readonly string[];
  /** Total rows of the current view; null until known. */
  total: number | null;
}

export function TokensToolbar(props: TokensToolbarProps) {
  const { view, total } = props;
  const { number } = useFormatters();
  const [filterOpen, setFilterOpen] = useState(false);
  const filterCount = countPanelFilters(view);
  const m = gridMessages;

  return (
    <div className={styles.toolbar}>
      <div className={styles.toolbarButtons} role="group" aria-label={m.toolbarLabel}>
        <Button
          variant="ghost"
          size="sm"
          icon={<ViewIcon />}
          onClick={props.onDefaultView}
          title={m.defaultViewHint}
        >
          {m.defaultView}
        </Button>

        <Menu modal={false}>
          <MenuTrigger asChild>
            <Button variant="ghost" size="sm" icon={<SortIcon />}>
              {m.sort}
            </Button>
          </MenuTrigger>
          <MenuContent align="start" label={m.sort}>
            <MenuLabel>{m.sortBy}</MenuLabel>
            <MenuRadioGroup
              value={view.sort.field}
              onValueChange={(field) => {
                const sortField = field as SortField;
                const direction: SortDirection =
                  sortField === 'created' || sortField === 'lastAccess' ? 'desc' : 'asc';
                props.onSortChange({
                  field: sortField,
                  direction: sortField === view.sort.field ? view.sort.direction : direction,
                });
              }}
            >
              {SORT_FIELDS.map((field) => (
                <MenuRadioItem key={field} value={field}>
                  {SORT_LABELS[field]}
                </MenuRadioItem>
              ))}
            </MenuRadioGroup>
            <MenuSeparator />
            <MenuLabel>{m.sortOrder}</MenuLabel>
            <MenuRadioGroup
              value={view.sort.direction}
              onValueChange={(direction) =>
                props.onSortChange({ field: view.sort.field, direction: direction as SortDirection })
              }
            >
              <MenuRadioItem value="asc">{m.ascending}</MenuRadioItem>
              <MenuRadioItem value="desc">{m.descending}</MenuRadioItem>
            </MenuRadioGroup>
          </MenuContent>
        </Menu>

        <Popover open={filterOpen} onOpenChange={setFilterOpen}>
          <PopoverTrigger asChild>
            <Button
              variant="ghost"
              size="sm"
              icon={<FilterIcon />}
              aria-label={
                filterCount > 0 ? m.filterWithCountLabel(filterCount, number(filterCount)) : undefined
              }
            >
              {filterCount > 0 ? m.filterWithCount(number(filterCount)) : m.filter}
            </Button>
          </PopoverTrigger>
          <PopoverContent label={m.filters.title} className={styles.filterPopover}>
            <FilterPanel
              view={view}
              creatorSuggestions={props.creatorSuggestions}
              onCancel={() => setFilterOpen(false)}
              onApply={(filters) => {
                setFilterOpen(false);
                props.onFiltersApply(filters);
              }}
            />
          </PopoverContent>
        </Popover>

        <Menu modal={false}>
          <MenuTrigger asChild>
            <Button variant="ghost" size="sm" icon={<ColumnsIcon />}>
              {m.columns}
            </Button>
          </MenuTrigger>
          <MenuContent align="start" label={m.columns}>
            <MenuLabel>{m.showColumns}</MenuLabel>
            {HIDEABLE_COLUMNS.map((id) => (
              <MenuCheckboxItem
                key={id}
                checked={!props.hiddenColumns.includes(id)}
                onCheckedChange={(visible) => props.onColumnVisibleChange(id, visible)}
              >
                {m.column[id]}
              </MenuCheckboxItem>
            ))}
            <MenuSeparator />
            <MenuItem onSelect={props.onColumnsReset} disabled={props.hiddenColumns.length === 0}>
              {m.resetColumns}
            </MenuItem>
          </MenuContent>
        </Menu>

        <Button
          variant="ghost"
          size="sm"
          icon={<RefreshIcon />}
          busy={props.refreshing}
          onClick={props.onRefresh}
        >
          {m.refresh}
        </Button>

        <Button
          variant="ghost"
          size="sm"
          icon={<DownloadIcon />}
          busy={props.exporting}
          onClick={props.onExport}
          disabled={total === 0}
        >
          {m.exportCsv}
        </Button>
      </div>

      <p className={styles.total} aria-live="polite">
        {total === null ? null : m.rows(total, number(total))}
      </p>
    </div>
  );
}
