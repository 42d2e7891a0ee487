// The tokens grid. Numbers arrive already formatted for the locale; `count` picks the plural.

/** English plural by count; other languages get their own messages module. */
export const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const gridMessages = {
  add: 'Add',
  toolbarLabel: 'Grid view',
  resetView: 'Reset view',
  resetViewHint:
    'Clear filters and search, newest first, first page. The columns and rows per page stay as they are.',
  viewReset: 'View reset: filters, search and sort cleared.',
  undo: 'Undo',
  sort: 'Sort',
  filter: 'Filter',
  filterWithCount: (n: string) => `Filter (${n})`,
  filterWithCountLabel: (count: number, n: string) =>
    `Filter, ${n} ${plural(count, 'filter', 'filters')} applied`,
  columns: 'Columns',
  refresh: 'Refresh',
  exportCsv: 'Export CSV',
  rows: (count: number, n: string) => `${n} ${plural(count, 'row', 'rows')}`,
  searchLabel: 'Search by name or ID',
  searchPlaceholder: 'Search by name or ID',
  clearSearch: 'Clear search',

  statusLabel: 'Status',
  statusAll: 'All',
  statusActive: 'Active',
  statusDisabled: 'Disabled',
  /** The hygiene counter of tokens used, but not in the last `days` days. */
  idle: (days: string) => `Idle ${days}+ days`,

  column: {
    select: 'Selection',
    token: 'API token',
    modules: 'Modules',
    createdBy: 'Created by',
    created: 'Date created',
    lastAccess: 'Last access',
    status: 'Status',
    actions: 'Actions',
  },

  table: {
    label: 'API tokens',
    regionLabel: 'API tokens table',
    selectAll: 'Select all on this page',
    selectRow: (name: string) => `Select ${name}`,
    actionsFor: (name: string) => `Actions for ${name}`,
    modulesCount: (count: number, n: string) => `${n} ${plural(count, 'module', 'modules')}`,
    neverUsed: 'Never used',
    unnamed: 'Unnamed token',
  },

  pagination: {
    navigation: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    page: 'Page',
    of: (n: string) => `of ${n}`,
    pageInput: (total: string) => `Page number, of ${total}`,
    rowsPerPage: 'Rows per page',
    range: (from: string, to: string, total: string, count: number) =>
      `${from}–${to} of ${total} ${plural(count, 'row', 'rows')}`,
  },

  states: {
    loading: 'Loading API tokens…',
    updating: 'Loading…',
    loadError: 'Could not load API tokens',
    /** A failed load that is being retried. */
    stillTrying: 'Still trying to load API tokens…',
  },

  relative: {
    created: (when: string) => `created ${when}`,
    lastAccess: (when: string) => `last used ${when}`,
  },
} as const;
