// The grid's menus, filter panel, filter chips, bulk-action bar, empty states and CSV columns: apart
// from grid.ts because those parts load after the grid's first rows, and so can their words.

import { plural } from './grid';

export const gridPanelMessages = {
  sortBy: 'Sort by',
  sortOrder: 'Order',
  ascending: 'Ascending',
  descending: 'Descending',
  showColumns: 'Show columns',
  resetColumns: 'Reset columns',

  /** An account without tokens, and a view that matches none. */
  states: {
    emptyTitle: 'No API tokens yet',
    emptyBody: 'Add a token to let an integration call the Marketplace API on behalf of this account.',
    emptyAction: 'Add API token',
    noMatchTitle: 'No API tokens match this view',
    noMatchBody: 'Try another search or remove some filters.',
    /** Only a search is active: name it, and offer to clear just that. */
    noSearchMatchTitle: (q: string) => `No API tokens match “${q}”`,
    noSearchMatchBody: 'Check the spelling, or search for part of a name or ID.',
  },

  filters: {
    title: 'Filters',
    modules: 'Modules',
    modulesHint: 'Shows tokens with any of the chosen modules.',
    modulesLoading: 'Loading modules…',
    modulesError: 'The modules could not be loaded.',
    createdBy: 'Created by',
    createdByAnyone: 'Anyone',
    createdByOther: 'Name or ID',
    createdByHint: 'A name, or an ID such as USR-1234-5678 or TKN-1234-5678.',
    created: 'Date created',
    from: 'From',
    to: 'To',
    rangeError: 'The start date must be on or before the end date.',
    lastAccess: 'Last access',
    lastAccessAny: 'Any time',
    lastAccessNever: 'Never used',
    /** Excludes never-used tokens, as the hygiene strip's "Idle" count does. */
    lastAccessIdle: (days: string) => `Used, but not in the last ${days} days`,
    /** Stale: never-used tokens included. */
    lastAccessStale: (days: string) => `Not used in the last ${days} days, or never`,
    lastAccessIdleGroup: 'Used, but not recently',
    lastAccessStaleGroup: 'Not used recently, or never',
    apply: 'Apply filters',
    clear: 'Clear all',
    cancel: 'Cancel',
  },

  chips: {
    label: 'Applied filters',
    /** One chip for all chosen modules: a token matches when it has any of them. */
    modules: (count: number, names: string) => `${count === 1 ? 'Module' : 'Modules'}: ${names}`,
    /** The modules' names could not be read: the chip shows their IDs, and this says why. */
    modulesFailed: (reason: string) => `Module names could not be loaded. ${reason}`,
    createdBy: (who: string) => `Created by: ${who}`,
    /** A creator the filter holds by ID, named from the rows. */
    person: (name: string, id: string) => `${name} (${id})`,
    createdFrom: (date: string) => `Created from ${date}`,
    createdTo: (date: string) => `Created until ${date}`,
    createdBetween: (from: string, to: string) => `Created ${from} – ${to}`,
    lastAccess: (text: string) => `Last access: ${text}`,
    remove: (label: string) => `Remove filter ${label}`,
    clearAll: 'Clear filters',
    clearSearch: 'Clear search',
  },

  selection: {
    label: 'Selected tokens',
    selected: (n: string) => `${n} selected`,
    /** Offered once the whole page is checked and the view matches more. */
    selectAllMatching: (count: number, n: string) =>
      `Select all ${n} matching ${plural(count, 'token', 'tokens')}`,
    selectPageOnly: 'Select only this page',
    allMatchingSelected: (count: number, n: string) =>
      `All ${n} matching ${plural(count, 'token', 'tokens')} selected`,
    loading: (loaded: string, total: string) => `Reading the selected tokens: ${loaded} of ${total}…`,
    loadingLabel: 'Reading the selected tokens',
    cancelLoading: 'Cancel',
    loadFailed: (reason: string) => `The selected tokens could not be read: ${reason}`,
    enable: 'Enable',
    disable: 'Disable',
    delete: 'Delete',
    clear: 'Clear selection',
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
};
