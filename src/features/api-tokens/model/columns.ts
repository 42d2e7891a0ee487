import { gridMessages } from '../messages/grid';

/**
 * The grid's data columns, in the order they are shown and exported: the one place a column is defined. The table,
 * the Sort and Columns menus, the URL's `sort` parameter, the list request's `order` and the CSV export all read
 * this list. Two parts live elsewhere, keyed by column id so the compiler asks for them: the cell (`COLUMN_CELLS`
 * in components/grid/token-cells.tsx, drawn on the first paint) and the CSV fields (`CSV_FIELDS` in
 * model/tokens-csv.ts, loaded only by those who export; `[]` leaves the column out of the file).
 */

export type SortDirection = 'asc' | 'desc';

export interface ColumnSort {
  /** The column's name in the URL, e.g. `sort=-created`. */
  param: string;
  /** The API field the list is ordered by (`order=`). */
  field: string;
  /** The direction of a first click: dates read best newest-first. */
  first: SortDirection;
}

export interface ColumnModel {
  id: string;
  /** Header, Sort menu and Columns menu label (a getter: it follows the page's language). */
  label: string;
  /** `null`: the server cannot sort by it. */
  sort: ColumnSort | null;
  /** `false`: always shown, so missing from the Columns menu. */
  hideable?: false;
}

const columnText = gridMessages.column;

export const COLUMNS = [
  {
    id: 'token',
    get label() {
      return columnText.token;
    },
    sort: { param: 'name', field: 'name', first: 'asc' },
    hideable: false,
  },
  {
    id: 'modules',
    get label() {
      return columnText.modules;
    },
    sort: null,
  },
  {
    id: 'createdBy',
    get label() {
      return columnText.createdBy;
    },
    sort: { param: 'createdBy', field: 'audit.created.by.name', first: 'asc' },
  },
  {
    id: 'created',
    get label() {
      return columnText.created;
    },
    sort: { param: 'created', field: 'audit.created.at', first: 'desc' },
  },
  {
    id: 'lastAccess',
    get label() {
      return columnText.lastAccess;
    },
    sort: { param: 'lastAccess', field: 'lastAccessAt', first: 'desc' },
  },
  {
    id: 'status',
    get label() {
      return columnText.status;
    },
    sort: { param: 'status', field: 'status', first: 'asc' },
  },
] as const satisfies readonly ColumnModel[];

type Column = (typeof COLUMNS)[number];
export type DataColumnId = Column['id'];
export type SortableColumn = Extract<Column, { sort: ColumnSort }>;
/** A sortable column's name in the URL. */
export type SortField = SortableColumn['sort']['param'];

export const SORTABLE_COLUMNS = COLUMNS.filter((col): col is SortableColumn => col.sort !== null);
export const SORT_FIELDS: readonly SortField[] = SORTABLE_COLUMNS.map((col) => col.sort.param);
export const HIDEABLE_COLUMNS = COLUMNS.filter(
  (col): col is Exclude<Column, { hideable: false }> => !('hideable' in col),
).map((col) => col.id);

/** The column a sort field belongs to. */
export function sortColumn(field: SortField): SortableColumn {
  return SORTABLE_COLUMNS.find((col) => col.sort.param === field) as SortableColumn;
}
