import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type Cell,
  type ColumnDef,
  type RowData,
  type RowSelectionState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table';
import { memo, useCallback, useEffect, useMemo, useState, type Ref } from 'react';
import { afterNextPaint } from '../../../../lib/deferred';
import { Checkbox } from '../../../../components/ui/checkbox';
import { Button } from '../../../../components/ui/button';
import { ArrowDownIcon } from '../../../../components/ui/icons/arrow-down';
import { MoreIcon } from '../../../../components/ui/icons/more';
import { SortIcon } from '../../../../components/ui/icons/sort';
import { Skeleton } from '../../../../components/ui/skeleton';
import { gridMessages } from '../../messages/grid';
import type { ApiToken } from '../../api/types';
import {
  COLUMNS,
  type ColumnModel,
  type ColumnWidth,
  type DataColumnId,
  type SortableColumn,
} from '../../model/columns';
import type { GridSort } from '../../model/grid-view';
import { RowActionsMenu } from './grid-deferred';
import { CELL_PARTS, tokenName } from './token-cells';
import styles from './tokens-table.module.css';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generics must match the library's declaration
  interface ColumnMeta<TData extends RowData, TValue> {
    label: string;
    /** How the server sorts by the column, if it can. */
    sort?: SortableColumn['sort'] | null;
    className?: string;
    /** model/columns.tsx: the texts of the column's badges, which its header makes room for. */
    badges?: string | undefined;
  }
}

/** The data columns (model/columns.tsx) between the selection and the actions, which always stay. */
export type ColumnId = 'select' | DataColumnId | 'actions';

const helper = createColumnHelper<ApiToken>();

/** Each column width's class (tokens-table.module.css). */
const WIDTH_CLASS: Record<ColumnWidth, string | undefined> = {
  wide: styles.colToken,
  narrow: styles.colModules,
  medium: styles.colCreatedBy,
  date: styles.colDate,
  status: styles.colStatus,
};

function createColumns(): ColumnDef<ApiToken>[] {
  const columnText = gridMessages.column;
  return [
    helper.display({
      id: 'select',
      meta: { label: columnText.select, className: styles.colSelect },
      header: ({ table }) => (
        <Checkbox
          aria-label={gridMessages.table.selectAll}
          checked={table.getIsAllPageRowsSelected()}
          indeterminate={table.getIsSomePageRowsSelected()}
          disabled={table.getRowModel().rows.length === 0}
          onCheckedChange={(checked) => table.toggleAllPageRowsSelected(checked)}
        />
      ),
      cell: ({ row }) => (
        <Checkbox
          aria-label={gridMessages.table.selectRow(tokenName(row.original))}
          checked={row.getIsSelected()}
          onCheckedChange={(checked) => row.toggleSelected(checked)}
        />
      ),
    }),
    ...COLUMNS.map((column) =>
      helper.display({
        id: column.id,
        meta: {
          label: column.label,
          sort: column.sort,
          className: WIDTH_CLASS[column.width],
          badges: (column as ColumnModel).badges,
        },
        cell: ({ row }) => column.cell(row.original, CELL_PARTS),
      }),
    ),
    helper.display({
      id: 'actions',
      meta: { label: columnText.actions, className: styles.colActions },
      cell: ({ row }) => (
        <RowActionsMenu
          token={row.original}
          trigger={
            <Button
              variant="ghost"
              size="sm"
              iconOnly
              aria-label={gridMessages.table.actionsFor(tokenName(row.original))}
              // Focus comes back here after the action, to the same row's button even if the row was drawn again.
              data-focus-key={row.id}
            >
              <MoreIcon size={18} />
            </Button>
          }
        />
      ),
    }),
  ];
}

export interface TokensTableProps {
  tokens: readonly ApiToken[];
  sort: GridSort;
  onSortChange: (sort: GridSort) => void;
  hiddenColumns: readonly string[];
  rowSelection: RowSelectionState;
  onRowSelectionChange: (selection: RowSelectionState) => void;
  /** The first load is in flight: no data rows yet. */
  pending?: boolean;
  /** While pending, this many skeleton rows (none at first: a quick answer should not flash them). */
  skeletonRows?: number;
  /** The next page is loading while these rows stay visible. */
  busy?: boolean;
  /** A row to highlight for a moment: the token just added. */
  highlightId?: string | undefined;
}

const EMPTY: ApiToken[] = [];

/**
 * About a screenful of rows. The first time the table shows rows, these are drawn first and the rest right after the
 * browser has painted them: a page of 25, 50 or 100 shows its top as soon as a page of 10 would. Later, a new view
 * (a filter, sort, search or page) is drawn the same way, but only when the rows after these are out of sight
 * under the screen: the page is shorter for that frame where no one sees it, and nothing in sight moves (see
 * `useNewViewInTwoSteps`).
 */
const FIRST_SCREEN_ROWS = 10;

/**
 * Below this screen width the module is narrower still, and its rows are cards one above the other
 * (tokens-table.module.css): a phone, or a page zoomed that far.
 */
const ONE_CARD_A_LINE_BELOW = 720;
/** About the least a card is tall with its default fields (the phone layout). */
const CARD_HEIGHT = 180;

/**
 * How many rows make the first screenful: ten, or on a phone the cards its screen holds (four or five, where ten
 * would be two and a half screens, drawn before the first of them could be seen). Read from the screen, as the
 * window's or the module's size can make the browser lay the page out, and a window is no wider than its screen;
 * unknown (0), it is ten.
 */
function firstScreenRows(): number {
  const width = globalThis.screen?.width ?? 0;
  const height = globalThis.screen?.height ?? 0;
  if (width <= 0 || height <= 0 || width >= ONE_CARD_A_LINE_BELOW) return FIRST_SCREEN_ROWS;
  return Math.min(FIRST_SCREEN_ROWS, Math.ceil(height / CARD_HEIGHT));
}

/**
 * One row. The table keeps row and cell objects while the data and the visible columns stay the same, so a
 * change of view that keeps the rows on screen (the next page is loading) re-renders none of them.
 */
const TokenRow = memo(function TokenRow({
  cells,
  selected,
  highlighted,
  ref,
}: {
  cells: Cell<ApiToken, unknown>[];
  selected: boolean;
  highlighted: boolean;
  ref?: Ref<HTMLTableRowElement> | undefined;
}) {
  return (
    <tr
      ref={ref}
      role="row"
      className={selected ? styles.selected : highlighted ? styles.highlighted : undefined}
    >
      {cells.map((cell) => (
        <td
          role="cell"
          key={cell.id}
          className={cell.column.columnDef.meta?.className}
          data-label={cell.column.columnDef.meta?.label}
        >
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
});

/**
 * Whether the rows after the first screenful wait a frame: on the first load, and for a new view (the first row
 * after the screenful was not on screen before, so React builds them all anew) when they are out of sight under
 * the screen, as the reader of the list's top then sees the new view a frame sooner. In sight, or above it
 * (scrolled down to the pager, in the page or in a box of the host's that scrolls), all rows come at once, as they
 * do for an update of rows already shown. `watchRest` goes on the first row after the screenful: where it last
 * was tells which.
 */
function useNewViewInTwoSteps(tokens: readonly ApiToken[]) {
  // Read once: a screenful of the screen the page opened on.
  const [screenful] = useState(firstScreenRows);
  // Before a row has been seen, the page has just opened: its top is what the reader sees.
  const [restBelow, setRestBelow] = useState(true);
  // The rows drawn, and whether those after the first screenful wait. Mounted with rows (in before the first
  // render), those are a new view: made here rather than set while rendering, which renders the table twice.
  const [[shown, restLater], setShown] = useState<[readonly ApiToken[], boolean]>(() => [
    tokens,
    tokens.length > screenful,
  ]);
  if (shown !== tokens) {
    // The first row after the first screenful is new: a new view (after a row above it is removed, it moves up).
    const next = tokens[screenful];
    setShown([tokens, restBelow && !!next && !shown.some((old) => old.id === next.id)]);
  }
  useEffect(
    () => (restLater ? afterNextPaint(() => setShown([tokens, false])) : undefined),
    [restLater, tokens],
  );
  const watchRest = useCallback((row: HTMLTableRowElement) => {
    // Under the screen: its top below the window's bottom. Read after each scroll, of the page or of any box that
    // holds the module (a scroll event does not bubble, but it passes the window on its way down), after a resize,
    // and in the frame after the row is drawn, when the browser lays the page out anyway.
    const measure = () => setRestBelow(row.getBoundingClientRect().top > innerHeight);
    const frame = requestAnimationFrame(measure);
    addEventListener('scroll', measure, { capture: true, passive: true });
    addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', measure, true);
      removeEventListener('resize', measure);
    };
  }, []);
  return [restLater, screenful, watchRest] as const;
}

export function TokensTable({
  tokens,
  sort,
  onSortChange,
  hiddenColumns,
  rowSelection,
  onRowSelectionChange,
  pending = false,
  skeletonRows = 0,
  busy = false,
  highlightId,
}: TokensTableProps) {
  const columns = useMemo(createColumns, []);
  const columnVisibility = useMemo<VisibilityState>(
    () => Object.fromEntries(hiddenColumns.map((id) => [id, false])),
    [hiddenColumns],
  );
  const showRows = !pending;
  const [restLater, screenful, watchRest] = useNewViewInTwoSteps(tokens);

  // Server mode: TanStack Table keeps column and selection state straight; the server pages, sorts and filters. The
  // headers read the sort from the view, so the table is not told it.
  // The app does not run the React Compiler; the table's functions are read fresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: showRows ? (tokens as ApiToken[]) : EMPTY,
    columns,
    getRowId: (token, index) => token.id ?? `row-${index}`,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableRowSelection: true,
    state: { columnVisibility, rowSelection },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) =>
      onRowSelectionChange(typeof updater === 'function' ? updater(rowSelection) : updater),
  });

  const visibleColumns = table.getVisibleLeafColumns();
  const rows = table.getRowModel().rows;
  // While a first load takes a while: rows of bars where the values will be, two in each cell, sized by the
  // stylesheet.
  const skeleton = Array.from({ length: skeletonRows }, (_, i) => (
    <tr role="row" key={i} className={styles.skeletonRow}>
      {visibleColumns.map((column) => (
        <td role="cell" key={column.id} className={column.columnDef.meta?.className}>
          <span className={styles.stack}>
            <Skeleton />
            <Skeleton />
          </span>
        </td>
      ))}
    </tr>
  ));

  // The roles are written out, and each cell carries its column's name (data-label): on a narrow module the
  // stylesheet draws the rows as cards, and some browsers drop a table's semantics once its boxes are restyled
  // (docs/product-rules.md, 'Screens and labels').

  return (
    <table
      role="table"
      className={[styles.table, busy && styles.busy].filter(Boolean).join(' ')}
      aria-label={gridMessages.table.label}
      aria-busy={busy || pending || undefined}
    >
      <thead role="rowgroup">
        {table.getHeaderGroups().map((group) => (
          <tr role="row" key={group.id}>
            {group.headers.map((header) => {
              const meta = header.column.columnDef.meta;
              const sortBy = meta?.sort ?? undefined;
              const active = sortBy !== undefined && sortBy.param === sort.field;
              const ariaSort =
                sortBy === undefined
                  ? undefined
                  : active
                    ? sort.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : 'none';
              return (
                <th
                  role="columnheader"
                  key={header.id}
                  scope="col"
                  className={meta?.className}
                  aria-sort={ariaSort}
                  data-badges={meta?.badges}
                >
                  {header.column.id === 'select' ? (
                    flexRender(header.column.columnDef.header, header.getContext())
                  ) : sortBy ? (
                    <button
                      type="button"
                      className={[styles.sortButton, active && styles.sortActive].filter(Boolean).join(' ')}
                      onClick={() =>
                        onSortChange({
                          field: sortBy.param,
                          direction: active ? (sort.direction === 'asc' ? 'desc' : 'asc') : sortBy.first,
                        })
                      }
                    >
                      {meta?.label}
                      <span className={styles.sortIcon} aria-hidden="true">
                        {/* The stylesheet turns the arrow up for an ascending sort (the header's aria-sort). */}
                        {active ? <ArrowDownIcon size={14} /> : <SortIcon size={14} />}
                      </span>
                    </button>
                  ) : (
                    <span className={styles.headerText}>{meta?.label}</span>
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody role="rowgroup">
        {pending
          ? skeleton
          : (restLater ? rows.slice(0, screenful) : rows).map((row, index) => (
              <TokenRow
                key={row.id}
                cells={row.getVisibleCells()}
                selected={row.getIsSelected()}
                highlighted={row.id === highlightId}
                ref={index === screenful ? watchRest : undefined}
              />
            ))}
      </tbody>
    </table>
  );
}
