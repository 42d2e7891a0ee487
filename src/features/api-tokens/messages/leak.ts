// Text of the notice shown when a full token value was recognised in the search (docs/product-rules.md, 'A leaked
// token').
import { nameInText } from '../../../lib/name-in-text';

export const leakMessages = {
  title: 'A full API token value was recognised',
  body: (id: string) =>
    `Its secret part was removed before anything left this page; only the token ID, ${id}, is searched.`,
  token: (name: string, id: string, status: string) => `“${nameInText(name)}” (${id}) is ${status}.`,
  loading: 'Looking up the token…',
  loadFailed: 'Could not look up the token',
  notFound: (id: string) =>
    `No token with ID ${id} exists in this account. It may belong to another account, or it has been deleted.`,
  disableNow: 'Disable now',
  rotate: 'Rotate…',
  open: 'Open',
  openLabel: (id: string) => `Open ${id}`,
  activity: 'Activity',
  activityLabel: (id: string) => `Activity of ${id}`,
  status: { Active: 'active', Disabled: 'disabled' } as Record<string, string>,
} as const;
