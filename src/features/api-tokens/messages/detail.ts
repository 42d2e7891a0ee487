import { nameInText } from '../../../lib/name-in-text';

// Text of the token detail page.
export const detailMessages = {
  /** The page's title for the host's window (`onTitleChange`): the token's name, or its ID until it is read. */
  pageTitle: (name: string) => `${name} · API tokens`,
  back: 'Back to API tokens',
  backShort: 'API tokens',
  kind: 'API token',
  loading: 'Loading API token…',
  edit: 'Edit',
  moreActions: 'More actions',
  actionsMenu: (name: string) => `Actions for ${name}`,
  enable: 'Enable',

  disabledBanner: {
    title: 'This token is disabled.',
    body: 'Integrations using it get errors until it is enabled again.',
  },

  /** An account's status (the token's own are Active and Disabled, shared with the grid). */
  statusEnabled: 'Enabled',
  summaryLabel: 'Summary',
  account: 'Account',
  lastAccess: 'Last access',
  never: 'Never used',

  tabsLabel: 'API token sections',
  tabs: {
    general: 'General',
    modules: 'Modules',
    details: 'Details',
    auditTrail: 'Audit trail',
    activity: 'Activity',
  },

  general: {
    heading: 'General',
    name: 'Name',
    description: 'Description',
    endpoint: 'API endpoint',
    copyEndpoint: 'Copy API endpoint',
    token: 'API token',
    copyToken: 'Copy API token',
    showToken: 'Show API token',
    hideToken: 'Hide API token',
    maskedToken: 'API token, hidden',
    loadingToken: 'Checking whether the API token can be shown…',
    /** Asking whether the API returns the value failed: what follows is the usual case, not a checked answer. */
    valueCheckFailed: (reason: string) =>
      `Could not check whether the API can show this token's value. ${reason}`,
    shownOnce:
      'For security, the token value is shown only once, when the token is created. If it was lost, create a new token and delete this one.',
    prefixLabel: 'Token prefix',
    prefixHint: 'Every value of this token starts with this prefix, so a leaked string can be matched to it.',
  },

  modules: {
    heading: 'Modules this token can access',
    loading: 'Loading modules…',
    empty: 'This token has no modules.',
    name: 'Module',
    id: 'ID',
    description: 'Description',
  },

  details: {
    heading: 'Details',
    id: 'Token ID',
    created: 'Created',
    createdBy: 'Created by',
    updated: 'Last updated',
    updatedBy: 'Updated by',
    lastAccess: 'Last access',
    account: 'Account',
    notUpdated: 'Never updated',
  },

  audit: {
    heading: 'Audit trail',
    empty: 'No audit records yet.',
    failed: 'Could not load the audit trail',
    actorUser: 'User',
    actorToken: 'API token',
    by: 'by',
    showJson: 'Show JSON',
    hideJson: 'Hide JSON',
    jsonLabel: (id: string) => `Audit record ${id} as JSON`,
    range: (from: string, to: string, total: string, count: number) =>
      `${from}–${to} of ${total} ${count === 1 ? 'record' : 'records'}`,
    pagination: {
      navigation: 'Audit trail pages',
      previous: 'Previous',
      next: 'Next',
      page: 'Page',
      of: (pageCount: string) => `of ${pageCount}`,
      pageInput: (pageCount: string) => `Page number, of ${pageCount}`,
      rowsPerPage: 'Records per page',
    },
    events: {
      created: 'Created',
      updated: 'Updated',
      enabled: 'Enabled',
      disabled: 'Disabled',
      deleted: 'Deleted',
      invited: 'Invited',
    } as Record<string, string>,
  },

  activity: {
    heading: 'Activity',
    intro: 'What was done with this token, and from where: the requests it made, newest first.',
    summaryLabel: 'Activity summary',
    summaryLoading: 'Loading the activity summary…',
    summaryFailed: 'Could not load the activity summary',
    used: (p: {
      days: string;
      times: string;
      timesCount: number;
      ips: string;
      ipCount: number;
      countries: string;
      countryCount: number;
      atLeast: boolean;
    }) => {
      const least = p.atLeast ? 'at least ' : '';
      const ips = `${least}${p.ips} IP ${p.ipCount === 1 ? 'address' : 'addresses'}`;
      const where =
        p.countryCount > 0
          ? ` in ${least}${p.countries} ${p.countryCount === 1 ? 'country' : 'countries'}`
          : '';
      return `Used ${p.times} ${p.timesCount === 1 ? 'time' : 'times'} from ${ips}${where} in the last ${p.days} days.`;
    },
    notUsedRecently: (days: string) => `Not used in the last ${days} days.`,
    /** Used in those days by its own last access, with none of its requests of that time on record. */
    notRecordedRecently: (days: string) => `No request of the last ${days} days has been recorded.`,
    lastSeen: (p: { ago: string | null; when: string; ip: string | null; place: string | null }) =>
      `Last seen ${p.ago ? `${p.ago} (${p.when})` : p.when}${p.ip ? ` from ${p.ip}` : ''}${p.place ? ` in ${p.place}` : ''}.`,
    neverUsed: 'Never used: no request made with this token has been recorded.',
    /** A token whose last access is known, with no request of it on record (the records are kept for less long). */
    notRecorded: 'No request made with this token has been recorded.',
    lastUsed: (p: { ago: string | null; when: string }) =>
      `The token was last used ${p.ago ? `${p.ago} (${p.when})` : p.when}.`,
    /** The newest record, when the token's own last access is later (not every request is recorded). */
    lastRecorded: (p: { ago: string | null; when: string; ip: string | null; place: string | null }) =>
      `Its last recorded request was ${p.ago ? `${p.ago} (${p.when})` : `on ${p.when}`}${p.ip ? `, from ${p.ip}` : ''}${p.place ? ` in ${p.place}` : ''}.`,
    partial: (counted: string) =>
      `IP addresses and countries are counted from the newest ${counted} requests, so there may be more.`,
    range: {
      legend: 'Date range',
      from: 'From',
      to: 'To',
      apply: 'Apply',
      clear: 'Clear dates',
      invalid: 'The start date must be on or before the end date.',
    },
    tableLabel: 'Requests made with this token',
    columns: {
      time: 'Time',
      event: 'Event',
      object: 'Object',
      ip: 'IP address',
      location: 'Location',
      userAgent: 'User agent',
    },
    /** The API's object types (`object.objectType`, see the mock's activity); one not listed is shown as sent. */
    objectTypes: {
      ApiToken: 'API token',
      Order: 'Order',
      Subscription: 'Subscription',
      Agreement: 'Agreement',
      Product: 'Product',
      User: 'User',
    } as Record<string, string>,
    empty: 'No requests yet. Requests made with this token will appear here.',
    /** Under a summary that has just said the token was never used. */
    emptyNeverUsed: 'Requests made with this token will appear here.',
    emptyInRange: 'No activity in this date range.',
    failed: 'Could not load the activity',
    records: (from: string, to: string, total: string, count: number) =>
      `${from}–${to} of ${total} ${count === 1 ? 'request' : 'requests'}`,
    pagination: {
      navigation: 'Activity pages',
      previous: 'Previous',
      next: 'Next',
      page: 'Page',
      of: (pageCount: string) => `of ${pageCount}`,
      pageInput: (pageCount: string) => `Page number, of ${pageCount}`,
      rowsPerPage: 'Requests per page',
    },
  },

  notFound: {
    title: 'Token not found',
    body: (id: string) =>
      `No API token with ID ${id} exists. It may have been deleted, or the link is wrong.`,
    back: 'Back to API tokens',
  },
  /** A token this module deleted, met again through the history; `name` is '' when the module knew none. */
  deleted: {
    title: 'API token deleted',
    body: (name: string, id: string) =>
      `${name ? `“${nameInText(name)}” (${id})` : `API token ${id}`} was deleted. Deleted tokens cannot be restored.`,
  },
  forbidden: {
    title: 'No permission',
    body: 'You do not have permission to view this API token. Ask an account administrator for access.',
  },
  loadFailed: 'Could not load the API token',
  /** Over what the page shows when reading the token again failed. */
  refreshFailed: 'Could not read the API token again: what is shown may be out of date',
} as const;
