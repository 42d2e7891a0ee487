import { unreadableAnswer, type ApiClient } from '../../../lib/api-client';
import { API_TOKENS_PATH, AUDIT_RECORDS_PATH, MODULES_PATH, apiTokenPath } from './paths';
import { withoutSecret } from './secret';
import type { ApiToken, ApiTokenCollection, AuditRecordCollection, Module, ModuleCollection } from './types';

// The reads the grid and the detail page need; the writes are in write-requests.ts, which loads with the dialogs.
// The secret boundary (docs/product-rules.md, "The secret"): every answer that describes a token leaves these two
// files without its `token` field, whatever the API sent. Two functions hand the value on, on purpose:
// `createApiToken` (the wizard's summary shows it once) and `readApiTokenSecret` (older API versions return it on
// GET, and the General tab shows it). Nothing else in the app can see a secret, so no cache can hold one.

export async function listApiTokens(
  client: ApiClient,
  query: string,
  signal?: AbortSignal,
): Promise<ApiTokenCollection> {
  const page = await client.get<ApiTokenCollection>(API_TOKENS_PATH, { query, signal });
  // An answer without its list (an empty object, a list of nulls) would read as "no tokens", which is worse than
  // an error: the admin would think them gone.
  if (!Array.isArray(page?.data) || !page.data.every((token) => token?.id)) throw unreadableAnswer();
  return page.data.some((token) => 'token' in token) ? { ...page, data: page.data.map(withoutSecret) } : page;
}

export const DETAIL_QUERY = 'select=+audit,+modules';

export async function getApiToken(client: ApiClient, id: string, signal?: AbortSignal): Promise<ApiToken> {
  const token = await client.get<ApiToken>(apiTokenPath(id), { query: DETAIL_QUERY, signal });
  if (!token?.id) throw unreadableAnswer();
  return withoutSecret(token);
}

const PAGE = 100;

/** The modules enabled for the account: a short list, read in pages of the API's maximum until complete. */
export async function listModules(client: ApiClient, signal?: AbortSignal): Promise<Module[]> {
  const all: Module[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.get<ModuleCollection>(MODULES_PATH, {
      query: `order=name&limit=${PAGE}&offset=${offset}`,
      signal,
    });
    const data = page.data ?? [];
    all.push(...data);
    const total = page.$meta?.pagination?.total ?? all.length;
    if (data.length === 0 || all.length >= total) return all;
  }
}

export function listAuditRecords(client: ApiClient, query: string, signal?: AbortSignal) {
  return client.get<AuditRecordCollection>(AUDIT_RECORDS_PATH, { query, signal });
}
