// The tokens grid (SPEC §2). Numbers arrive already formatted for the locale; `count` picks the plural.

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const gridMessages = {
  add: 'Add',
  toolbarLabel: 'Grid view',
  defaultView: 'Default view',
  defaultViewHint: 'Back to the default view: no filters or search, newest first, first page, all columns.',
  sort: 'Sort',
  sortBy: 'Sort by',
  sortOrder: 'Order',
  ascending: 'Ascending',
  descending: 'Descending',
  filter: 'Filter',
  filterWithCount: (n: string) => `Filter (${n})`,
  filterWithCountLabel: (count: number, n: string) =>
    `Filter, ${n} ${plural(count, 'filter', 'filters')} applied`,
  columns: 'Columns',
  showColumns: 'Show columns',
  resetColumns: 'Reset columns',
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

  filters: {
    title: 'Filters',
    modules: 'Modules',
    modulesLoading: 'Loading modules…',
    modulesError: 'The modules could not be loaded.',
    createdBy: 'Created by',
    createdByHint: 'A name, or an ID such as USR-1234-5678 or TKN-1234-5678.',
    created: 'Date created',
    from: 'From',
    to: 'To',
    rangeError: 'The start date must be on or before the end date.',
    lastAccess: 'Last access',
    lastAccessAny: 'Any time',
    lastAccessNever: 'Never used',
    lastAccessIdle: (days: string) => `Not used in the last ${days} days`,
    apply: 'Apply filters',
    clear: 'Clear all',
    cancel: 'Cancel',
  },

  chips: {
    label: 'Applied filters',
    module: (name: string) => `Module: ${name}`,
    createdBy: (who: string) => `Created by: ${who}`,
    createdFrom: (date: string) => `Created from ${date}`,
    createdTo: (date: string) => `Created until ${date}`,
    createdBetween: (from: string, to: string) => `Created ${from} – ${to}`,
    lastAccess: (text: string) => `Last access: ${text}`,
    remove: (label: string) => `Remove filter ${label}`,
    clearAll: 'Clear filters',
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

  menu: {
    enable: 'Enable',
    disable: 'Disable',
    edit: 'Edit',
    duplicate: 'Duplicate',
    delete: 'Delete',
  },

  selection: {
    label: 'Selected tokens',
    selected: (n: string) => `${n} selected`,
    enable: 'Enable',
    disable: 'Disable',
    delete: 'Delete',
    clear: 'Clear selection',
  },

  pagination: {
    label: 'Pagination',
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
    emptyTitle: 'No API tokens yet',
    emptyBody: 'Add a token to let an integration call the Marketplace API on behalf of this account.',
    emptyAction: 'Add API token',
    noMatchTitle: 'No API tokens match this view',
    noMatchBody: 'Try another search or remove some filters.',
    loadError: 'Could not load API tokens',
  },

  export: {
    progressLabel: 'Export progress',
    exporting: (loaded: string, total: string) => `Exporting ${loaded} of ${total} tokens…`,
    starting: 'Preparing the export…',
    cancel: 'Cancel export',
    done: (count: number, n: string) => `Exported ${n} ${plural(count, 'token', 'tokens')}.`,
    cancelled: 'Export cancelled.',
    failed: (reason: string) => `The export failed: ${reason}`,
  },

  csv: {
    name: 'Name',
    id: 'ID',
    modules: 'Modules',
    createdBy: 'Created by',
    createdById: 'Created by ID',
    createdAt: 'Created at',
    lastAccess: 'Last access',
    status: 'Status',
  },

  relative: {
    created: (when: string) => `created ${when}`,
    lastAccess: (when: string) => `last used ${when}`,
  },
} as const;
