import type { ApiClient } from '../../../lib/api-client';
import { API_TOKENS_PATH, AUDIT_RECORDS_PATH, MODULES_PATH, apiTokenPath } from './paths';
import { withoutSecret } from './secret';
import type {
  ApiToken,
  ApiTokenCollection,
  AuditRecordCollection,
  CreateApiTokenInput,
  Module,
  ModuleCollection,
  UpdateApiTokenInput,
} from './types';

// The secret boundary (docs/product-rules.md, "The secret"): every answer that describes a token leaves
// this file without its `token` field, whatever the API sent. Two functions hand the value on, on purpose:
// `createApiToken` (the wizard's summary shows it once) and `readApiTokenSecret` (older API versions return it on
// GET, and the General tab shows it). Nothing else in the app can see a secret, so no cache can hold one.

export async function listApiTokens(
  client: ApiClient,
  query: string,
  signal?: AbortSignal,
): Promise<ApiTokenCollection> {
  const page = await client.get<ApiTokenCollection>(API_TOKENS_PATH, { query, signal });
  return page.data?.some((token) => 'token' in token)
    ? { ...page, data: page.data.map(withoutSecret) }
    : page;
}

const DETAIL_QUERY = 'select=+audit,+modules';

export async function getApiToken(client: ApiClient, id: string, signal?: AbortSignal): Promise<ApiToken> {
  return withoutSecret(await client.get<ApiToken>(apiTokenPath(id), { query: DETAIL_QUERY, signal }));
}

/** The token's value if the API returns it on GET (older versions did), else null. Never cache the result. */
export async function readApiTokenSecret(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<string | null> {
  const token = await client.get<ApiToken>(apiTokenPath(id), { query: DETAIL_QUERY, signal });
  return typeof token.token === 'string' && token.token !== '' ? token.token : null;
}

/** JSON normally; multipart with a JSON part `token` and a file part `icon` when a logo is sent (see contract/). */
function toBody(fields: Record<string, unknown>, icon: File | null | undefined): unknown {
  if (!(icon instanceof File)) return icon === null ? { ...fields, icon: null } : fields;
  const form = new FormData();
  form.append('token', new Blob([JSON.stringify(fields)], { type: 'application/json' }));
  form.append('icon', icon, icon.name);
  return form;
}

/** The one answer that keeps the secret: the caller shows it once and drops it (see useCreateApiToken). */
export function createApiToken(client: ApiClient, input: CreateApiTokenInput) {
  const fields: Record<string, unknown> = {
    name: input.name,
    description: input.description,
    modules: input.moduleIds.map((id) => ({ id })),
  };
  if (input.accountId) fields.account = { id: input.accountId };
  return client.post<ApiToken>(API_TOKENS_PATH, toBody(fields, input.icon));
}

export async function updateApiToken(
  client: ApiClient,
  id: string,
  changes: UpdateApiTokenInput,
): Promise<ApiToken> {
  const fields: Record<string, unknown> = {};
  if (changes.name !== undefined) fields.name = changes.name;
  if (changes.description !== undefined) fields.description = changes.description;
  if (changes.moduleIds !== undefined) fields.modules = changes.moduleIds.map((m) => ({ id: m }));
  return withoutSecret(await client.put<ApiToken>(apiTokenPath(id), toBody(fields, changes.icon)));
}

export function deleteApiToken(client: ApiClient, id: string) {
  return client.delete(apiTokenPath(id));
}

export async function enableApiToken(client: ApiClient, id: string): Promise<ApiToken> {
  return withoutSecret(await client.post<ApiToken>(`${apiTokenPath(id)}/enable`));
}

export async function disableApiToken(client: ApiClient, id: string): Promise<ApiToken> {
  return withoutSecret(await client.post<ApiToken>(`${apiTokenPath(id)}/disable`));
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
