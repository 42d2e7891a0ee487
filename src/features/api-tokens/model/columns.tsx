import type { ComponentType, ReactNode } from 'react';
import type { ApiToken } from '../api/types';
import { commonMessages } from '../../../messages/common';
import { gridMessages } from '../messages/grid';
import type { gridPanelMessages } from '../messages/grid-panels';

/**
 * The grid's data columns, in the order they are shown and exported: the one place a column is defined (see
 * docs/recipes/add-a-column.md). The table, its cells, the Sort and Columns menus, the URL's `sort` parameter, the
 * list request's `order` and the CSV export all read this list.
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

/**
 * The parts the grid draws cells with (components/grid/token-cells.tsx), handed to each column's `cell`: the model
 * says what a cell shows, the components how, and this list imports no UI code. Plain text needs no part: a
 * `cell` may return a string.
 */
export interface CellParts {
  /** Name (the link to its page), ID and logo. */
  Token: ComponentType<{ token: ApiToken }>;
  Modules: ComponentType<{ token: ApiToken }>;
  /** A person (name, ID and picture) or "—". */
  Person: ComponentType<{ person: Person | null | undefined }>;
  Date: ComponentType<{ iso: string | null | undefined; kind: 'created' | 'lastAccess' }>;
  Status: ComponentType<{ token: ApiToken }>;
}

/** Who did something, as the audit names them. */
export interface Person {
  id?: string | null | undefined;
  name?: string | null | undefined;
  icon?: string | null | undefined;
}

/** How much room a column takes (its class in components/grid/tokens-table.module.css): a name, a short name,
 * a person, a date, a status. */
export type ColumnWidth = 'wide' | 'narrow' | 'medium' | 'date' | 'status';

/** A CSV header: its name in `gridPanelMessages.csv`, read when a file is made (in the page's language). */
export type CsvHeader = keyof typeof gridPanelMessages.csv;

export interface ColumnModel {
  id: string;
  /** Header, Sort menu and Columns menu label (a getter: it follows the page's language). */
  label: string;
  /** `null`: the server cannot sort by it. */
  sort: ColumnSort | null;
  /** `false`: always shown, so missing from the Columns menu. */
  hideable?: false;
  width: ColumnWidth;
  /**
   * For cells that show a badge, which never wraps: the badges' texts, one per line. The header makes room for the
   * longest, unseen, so the column has its width before any row is there and the rows do not widen it.
   */
  badges?: string;
  /** What the cell shows, drawn with the grid's cell parts. */
  cell: (token: ApiToken, parts: CellParts) => ReactNode;
  /**
   * Its fields in the CSV file, in order: header → value (empty when missing); `() => ({})` leaves the column out.
   * Only fields the grid shows; never the token's secret (`token`), even if an older API returned it.
   */
  csv: (token: ApiToken) => Partial<Record<CsvHeader, string | null | undefined>>;
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
    width: 'wide',
    cell: (t, { Token }) => <Token token={t} />,
    csv: (t) => ({ name: t.name, id: t.id }),
  },
  {
    id: 'modules',
    get label() {
      return columnText.modules;
    },
    sort: null,
    width: 'narrow',
    cell: (t, { Modules }) => <Modules token={t} />,
    csv: (t) => ({
      modules: (t.modules ?? []).map((m) => (m.name ? `${m.name} (${m.id ?? ''})` : (m.id ?? ''))).join('; '),
    }),
  },
  {
    id: 'createdBy',
    get label() {
      return columnText.createdBy;
    },
    sort: { param: 'createdBy', field: 'audit.created.by.name', first: 'asc' },
    width: 'medium',
    cell: (t, { Person }) => <Person person={t.audit?.created?.by} />,
    csv: (t) => ({ createdBy: t.audit?.created?.by?.name, createdById: t.audit?.created?.by?.id }),
  },
  {
    id: 'created',
    get label() {
      return columnText.created;
    },
    sort: { param: 'created', field: 'audit.created.at', first: 'desc' },
    width: 'date',
    cell: (t, { Date }) => <Date iso={t.audit?.created?.at} kind="created" />,
    csv: (t) => ({ createdAt: t.audit?.created?.at }),
  },
  {
    id: 'lastAccess',
    get label() {
      return columnText.lastAccess;
    },
    sort: { param: 'lastAccess', field: 'lastAccessAt', first: 'desc' },
    width: 'date',
    cell: (t, { Date }) => <Date iso={t.lastAccessAt} kind="lastAccess" />,
    csv: (t) => ({ lastAccess: t.lastAccessAt }),
  },
  {
    id: 'status',
    get label() {
      return columnText.status;
    },
    sort: { param: 'status', field: 'status', first: 'asc' },
    width: 'status',
    get badges() {
      return `${commonMessages.statusActive}\n${commonMessages.statusDisabled}`;
    },
    cell: (t, { Status }) => <Status token={t} />,
    csv: (t) => ({ status: t.status }),
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
