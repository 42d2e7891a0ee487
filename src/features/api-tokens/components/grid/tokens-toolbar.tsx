import type { Ref } from 'react';
import { Button } from '../../../../components/ui/button';
import { ColumnsIcon } from '../../../../components/ui/icons/columns';
import { DownloadIcon } from '../../../../components/ui/icons/download';
import { FilterIcon } from '../../../../components/ui/icons/filter';
import { RefreshIcon } from '../../../../components/ui/icons/refresh';
import { SortIcon } from '../../../../components/ui/icons/sort';
import { ViewIcon } from '../../../../components/ui/icons/view';
import { useFormatters } from '../../../../hooks/use-formatters';
import { gridMessages } from '../../messages/grid';
import type { ApiToken } from '../../api/types';
import { countPanelFilters, type GridSort, type GridView } from '../../model/grid-view';
import type { PanelFilters } from './filter-panel';
import { ColumnsMenu, FilterPopover, SortMenu } from './grid-deferred';
import styles from './tokens-page.module.css';

export interface TokensToolbarProps {
  view: GridView;
  onSortChange: (sort: GridSort) => void;
  onFiltersApply: (filters: PanelFilters) => void;
  onResetView: () => void;
  hiddenColumns: readonly string[];
  onHiddenColumnsChange: (hidden: string[]) => void;
  onRefresh: () => void;
  refreshing: boolean;
  onExport: () => void;
  exporting: boolean;
  /** The tokens on the current page; the filter panel suggests their creators. */
  pageTokens: readonly ApiToken[];
  /** Total rows of the current view; null until known. */
  total: number | null;
  /** On the toolbar's element: it goes with the rest of the grid when the account turns empty. */
  ref?: Ref<HTMLDivElement>;
}

export function TokensToolbar({ ref, ...props }: TokensToolbarProps) {
  const { view, total } = props;
  const { number } = useFormatters();
  const filterCount = countPanelFilters(view);

  return (
    <div ref={ref} className={styles.toolbar}>
      <div className={styles.toolbarButtons} role="group" aria-label={gridMessages.toolbarLabel}>
        <Button
          variant="ghost"
          size="sm"
          icon={<ViewIcon />}
          onClick={props.onResetView}
          title={gridMessages.resetViewHint}
        >
          {gridMessages.resetView}
        </Button>

        <SortMenu
          sort={view.sort}
          onSortChange={props.onSortChange}
          trigger={
            <Button variant="ghost" size="sm" icon={<SortIcon />}>
              {gridMessages.sort}
            </Button>
          }
        />

        <FilterPopover
          view={view}
          pageTokens={props.pageTokens}
          onFiltersApply={props.onFiltersApply}
          trigger={
            <Button
              variant="ghost"
              size="sm"
              icon={<FilterIcon />}
              aria-label={
                filterCount > 0
                  ? gridMessages.filterWithCountLabel(filterCount, number(filterCount))
                  : undefined
              }
            >
              {filterCount > 0 ? gridMessages.filterWithCount(number(filterCount)) : gridMessages.filter}
            </Button>
          }
        />

        <ColumnsMenu
          hiddenColumns={props.hiddenColumns}
          onHiddenColumnsChange={props.onHiddenColumnsChange}
          trigger={
            <Button variant="ghost" size="sm" icon={<ColumnsIcon />}>
              {gridMessages.columns}
            </Button>
          }
        />

        <Button
          variant="ghost"
          size="sm"
          icon={<RefreshIcon />}
          busy={props.refreshing}
          onClick={props.onRefresh}
        >
          {gridMessages.refresh}
        </Button>

        <Button
          variant="ghost"
          size="sm"
          icon={<DownloadIcon />}
          busy={props.exporting}
          onClick={props.onExport}
          unavailable={total === 0}
        >
          {gridMessages.exportCsv}
        </Button>
      </div>

      {/* Not live: the grid's status says which rows are shown, the total with them. */}
      <p className={styles.total}>{total === null ? null : gridMessages.rows(total, number(total))}</p>
    </div>
  );
}
