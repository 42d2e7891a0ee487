import { sanitizeSearch } from '../../../lib/rql';
import type { ApiTokenStatus } from '../api/types';
import { SORT_FIELDS, type SortDirection, type SortField } from './columns';
import { VIEW_PARAMS } from './view-params';

export type { SortDirection, SortField } from './columns';

/**
 * The grid's view (what the admin is looking at) and its URL form. Every parameter is optional and readable,
 * e.g. `?status=Disabled&q=erp&sort=-created&page=2&size=25&module=MOD-1756&lastAccess=90d`. Defaults are left
 * out of the URL, unknown parameters (a host's own, the dev `scenario`) are kept, and a value that does not
 * parse falls back to its default on its own, so one bad parameter never throws away the rest of a shared link.
 */

export interface GridSort {
  field: SortField;
  direction: SortDirection;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/**
 * `never`; `idle`: used, but not in the last N days (`90d`); `stale`: not used in the last N days, never-used
 * tokens included (`90d-or-never`).
 */
export type LastAccessFilter = { kind: 'never' } | { kind: 'idle' | 'stale'; days: number };

export interface GridView {
  status: ApiTokenStatus | null;
  /** Already sanitised search text; '' for none. */
  q: string;
  sort: GridSort;
  /** 1-based. */
  page: number;
  size: PageSize;
  moduleIds: string[];
  /** A creator's ID (`USR-…`/`TKN-…`) or part of their name; '' for none. */
  createdBy: string;
  /** Calendar dates (YYYY-MM-DD) in the configured time zone, both inclusive. */
  createdFrom: string | null;
  createdTo: string | null;
  lastAccess: LastAccessFilter | null;
}

export const DEFAULT_SORT: GridSort = { field: 'created', direction: 'desc' };

export const DEFAULT_VIEW: GridView = {
  status: null,
  q: '',
  sort: DEFAULT_SORT,
  page: 1,
  size: 10,
  moduleIds: [],
  createdBy: '',
  createdFrom: null,
  createdTo: null,
  lastAccess: null,
};

export { VIEW_PARAMS };

const VIEW_PARAM_NAMES: readonly string[] = Object.values(VIEW_PARAMS);

export const MAX_PAGE = 1_000_000;
export const MAX_IDLE_DAYS = 3650;
const MAX_MODULE_FILTERS = 50;
const MODULE_ID = /^MOD-\d{4}(?:-\d{4})*$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  // Not Date.UTC, which reads the years 0-99 as 1900-1999: 0001-01-01 is a day too.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A parameter reader that never throws: a value that does not parse yields the fallback. Small hand-written
 * readers instead of a schema library keep the landing page's bundle small (it is on every first paint).
 */
function lenient<T>(read: (text: string) => T | undefined, fallback: T) {
  return {
    parse(text: string | null): T {
      if (text === null) return fallback;
      const value = read(text);
      return value === undefined ? fallback : value;
    },
  };
}

const statusParam = lenient<ApiTokenStatus | null>((text) => {
  // Be lenient about case: `status=disabled` in a hand-typed link means what it says.
  const lower = text.trim().toLowerCase();
  if (lower === 'active') return 'Active';
  if (lower === 'disabled') return 'Disabled';
  return undefined;
}, null);

const sortParam = lenient((text): GridSort | undefined => {
  const direction: SortDirection = text.startsWith('-') ? 'desc' : 'asc';
  const field = text.replace(/^[-+ ]/, '');
  return (SORT_FIELDS as readonly string[]).includes(field)
    ? { field: field as SortField, direction }
    : undefined;
}, DEFAULT_SORT);

const pageParam = lenient((text) => {
  const n = Number(text);
  // A page past the last that can be is past the end all the same: the grid then moves to the last page.
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_PAGE) : undefined;
}, 1);

const sizeParam = lenient((text): PageSize | undefined => {
  const n = Number(text);
  return (PAGE_SIZES as readonly number[]).includes(n) ? (n as PageSize) : undefined;
}, 10 as PageSize);

const dateParam = lenient<string | null>((text) => (isCalendarDate(text) ? text : undefined), null);

const lastAccessParam = lenient<LastAccessFilter | null>((text) => {
  const value = text.trim().toLowerCase();
  if (value === 'never') return { kind: 'never' };
  const match = /^(\d{1,4})d(-or-never)?$/.exec(value);
  const days = match ? Number(match[1]) : NaN;
  return days >= 1 && days <= MAX_IDLE_DAYS ? { kind: match?.[2] ? 'stale' : 'idle', days } : undefined;
}, null);

/**
 * A full token value, `idt:TKN-dddd-dddd:` then its secret, anywhere in a text (docs/product-rules.md, 'A leaked
 * token'). Only its ID may be kept: the secret must not reach the URL, a request, storage or the console.
 */
const TOKEN_VALUE = /idt:(tkn-\d{4}-\d{4}):/i;

/** The ID of a full token value in `text`, upper-cased; undefined when there is none. */
export const leakedTokenId = (text: string) => TOKEN_VALUE.exec(text)?.[1]?.toUpperCase();

/** Search text as it is kept: a full token value becomes its ID alone, anything else is sanitised. */
export const searchText = (text: string) => leakedTokenId(text) ?? sanitizeSearch(text);

/** Whether the search or the creator parameter holds a full token value: the URL must then be rewritten. */
export const holdsTokenValue = (params: URLSearchParams) =>
  TOKEN_VALUE.test(`${params.get(VIEW_PARAMS.q)} ${params.get(VIEW_PARAMS.createdBy)}`);

const textParam = lenient(searchText, '');

export function sortToParam(sort: GridSort): string {
  return `${sort.direction === 'desc' ? '-' : ''}${sort.field}`;
}

export function lastAccessToParam(filter: LastAccessFilter): string {
  return filter.kind === 'never' ? 'never' : `${filter.days}d${filter.kind === 'stale' ? '-or-never' : ''}`;
}

export function parseGridView(params: URLSearchParams): GridView {
  const moduleIds: string[] = [];
  for (const raw of params.getAll(VIEW_PARAMS.module)) {
    for (const part of raw.split(',')) {
      const id = part.trim().toUpperCase();
      if (MODULE_ID.test(id) && !moduleIds.includes(id) && moduleIds.length < MAX_MODULE_FILTERS)
        moduleIds.push(id);
    }
  }
  let createdFrom = dateParam.parse(params.get(VIEW_PARAMS.createdFrom));
  let createdTo = dateParam.parse(params.get(VIEW_PARAMS.createdTo));
  // An inverted range is most likely two dates entered the wrong way round; reading it as such beats matching nothing.
  if (createdFrom && createdTo && createdFrom > createdTo)
    [createdFrom, createdTo] = [createdTo, createdFrom];

  return {
    status: statusParam.parse(params.get(VIEW_PARAMS.status)),
    q: textParam.parse(params.get(VIEW_PARAMS.q) ?? ''),
    sort: sortParam.parse(params.get(VIEW_PARAMS.sort) ?? ''),
    page: pageParam.parse(params.get(VIEW_PARAMS.page)),
    size: sizeParam.parse(params.get(VIEW_PARAMS.size)),
    moduleIds,
    createdBy: textParam.parse(params.get(VIEW_PARAMS.createdBy) ?? ''),
    createdFrom,
    createdTo,
    lastAccess: lastAccessParam.parse(params.get(VIEW_PARAMS.lastAccess)),
  };
}

/**
 * Writes the view into a copy of `base`, leaving parameters that are not ours untouched. Defaults are omitted,
 * and our parameters always come in the same order, so equal views give equal URLs.
 */
export function serializeGridView(
  view: GridView,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of base) if (!VIEW_PARAM_NAMES.includes(key)) params.append(key, value);
  if (view.status) params.set(VIEW_PARAMS.status, view.status);
  if (view.q) params.set(VIEW_PARAMS.q, view.q);
  for (const id of view.moduleIds) params.append(VIEW_PARAMS.module, id);
  if (view.createdBy) params.set(VIEW_PARAMS.createdBy, view.createdBy);
  if (view.createdFrom) params.set(VIEW_PARAMS.createdFrom, view.createdFrom);
  if (view.createdTo) params.set(VIEW_PARAMS.createdTo, view.createdTo);
  if (view.lastAccess) params.set(VIEW_PARAMS.lastAccess, lastAccessToParam(view.lastAccess));
  if (!isSameSort(view.sort, DEFAULT_SORT)) params.set(VIEW_PARAMS.sort, sortToParam(view.sort));
  if (view.page !== 1) params.set(VIEW_PARAMS.page, String(view.page));
  if (view.size !== DEFAULT_VIEW.size) params.set(VIEW_PARAMS.size, String(view.size));
  return params;
}

export function isSameSort(a: GridSort, b: GridSort): boolean {
  return a.field === b.field && a.direction === b.direction;
}

/** How many of the Filter panel's filters are on (status and search have their own controls). */
export function countPanelFilters(view: GridView): number {
  return (
    (view.moduleIds.length > 0 ? 1 : 0) +
    (view.createdBy ? 1 : 0) +
    (view.createdFrom || view.createdTo ? 1 : 0) +
    (view.lastAccess ? 1 : 0)
  );
}

/** Whether anything narrows the list: then an empty result means "no match", not "no tokens". */
export function hasFilters(view: GridView): boolean {
  return view.status !== null || view.q !== '' || countPanelFilters(view) > 0;
}

/** The same view without any filter or search; sort and page size are kept, as they narrow nothing. */
export function withoutFilters(view: GridView): GridView {
  return {
    ...DEFAULT_VIEW,
    sort: view.sort,
    size: view.size,
  };
}
