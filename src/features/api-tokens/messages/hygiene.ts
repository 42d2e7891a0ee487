// The hygiene strip above the grid: account-wide counts that each open the matching filter.
// Numbers arrive already formatted for the locale. The counters' labels are the grid's names of the filters they
// apply (grid.ts), which the first paint has anyway: its placeholder of the strip draws them (hygiene-labels.ts).

export const hygieneMessages = {
  label: 'Token hygiene',
  /** A counter as a screen reader names it: "Active: 45". */
  item: (label: string, value: string) => `${label}: ${value}`,
  /** Read after the label while the count loads; the skeleton says it to sighted users. */
  counting: 'counting…',
  /** Read instead of the dash a failed count shows. */
  unavailable: 'not available',
  /** What a failed count says on hover and focus. */
  failed: (reason: string) => `This count could not be loaded. ${reason}`,
  /** A count shown before a refresh of it failed: kept, and said to be the earlier one. */
  stale: (count: string) => `${count}, not up to date`,
  staleHint: (reason: string) => `This count could not be refreshed; it is the one loaded before. ${reason}`,
  hints: {
    active: 'Tokens that can call the API',
    disabled: 'Tokens that are switched off',
    neverUsed: 'Tokens that have never called the API',
    idle: (days: string) => `Used, but not in the last ${days} days`,
  },
} as const;
