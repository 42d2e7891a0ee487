// User-facing text shared by every screen. Each area keeps its own file in this folder
// (grid.ts, detail.ts, wizard.ts, actions.ts...), so all wording lives in one place.
export const commonMessages = {
  moduleTitle: 'API tokens',
  retry: 'Retry',
  /** Said at a list's pager, under the rows still shown from the page before. */
  pageFailed: (page: string, reason: string) => `Could not load page ${page}. ${reason}`,
  /** The same page failed again after Retry (or Next onto it). */
  pageFailedAgain: (page: string, reason: string) => `Still could not load page ${page}. ${reason}`,
  none: '—',
  loading: 'Loading…',
  dismissNotification: 'Dismiss notification',
  statusActive: 'Active',
  statusDisabled: 'Disabled',
  /** Spelled this one way wherever it is shown. */
  traceId: 'Trace ID',
  // What each kind of failure means to the user (docs/product-rules.md, 'Errors and retries').
  errors: {
    network: 'The server could not be reached. Check your connection and try again.',
    timeout: 'The server did not answer in time. Try again in a moment.',
    unauthorized: 'Your session has expired or your access token is not valid. Sign in again.',
    forbidden: 'You do not have permission to do this. Ask an account administrator for access.',
    notFound: 'The requested item does not exist or was deleted.',
    validation: 'Some values are not valid. Check the highlighted fields.',
    server: 'Something went wrong on the server. Try again in a moment.',
    /** 429: the API's rate limit; its own detail names the limit in English, or says nothing. */
    tooManyRequests: 'Too many requests. Try again in a moment.',
    unknown: 'Something went wrong. Try again.',
    /** A chunk of the app's own code did not arrive (offline, or the app was updated meanwhile). */
    codeNotLoaded: 'Part of the page did not load. Check your connection and try again.',
    invalidResponse: 'The server sent an answer the page cannot read.',
    /** A field error from the server that names the field but says nothing about it. */
    invalidValue: 'Invalid value.',
  },
} as const;
