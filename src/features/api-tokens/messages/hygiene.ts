// The hygiene strip above the grid: account-wide counts that each open the matching filter.
// Numbers arrive already formatted for the locale.

export const hygieneMessages = {
  label: 'Token hygiene',
  active: 'Active',
  disabled: 'Disabled',
  neverUsed: 'Never used',
  idle: (days: string) => `Idle ${days}+ days`,
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
