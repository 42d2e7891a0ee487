import type { ApiClient } from '../../../lib/api-client';
import { API_TOKENS_PATH, AUDIT_RECORDS_PATH, MODULES_PATH, apiTokenPath } from './paths';
import type {
  ApiToken,
  ApiTokenCollection,
  AuditRecordCollection,
  CreateApiTokenInput,
  Module,
  ModuleCollection,
  UpdateApiTokenInput,
} from './types';

export function listApiTokens(client: ApiClient, query: string, signal?: AbortSignal) {
  return client.get<ApiTokenCollection>(API_TOKENS_PATH, { query, signal });
}

export function getApiToken(client: ApiClient, id: string, signal?: AbortSignal) {
  return client.get<ApiToken>(apiTokenPath(id), { query: 'select=+audit,+modules', signal });
}

/** JSON normally; multipart with a JSON part `token` and a file part `icon` when a logo is sent (see contract/). */
function toBody(fields: Record<string, unknown>, icon: File | null | undefined): unknown {
  if (!(icon instanceof File)) return icon === null ? { ...fields, icon: null } : fields;
  const form = new FormData();
  form.append('token', new Blob([JSON.stringify(fields)], { type: 'application/json' }));
  form.append('icon', icon, icon.name);
  return form;
}

export function createApiToken(client: ApiClient, input: CreateApiTokenInput) {
  const fields: Record<string, unknown> = {
    name: input.name,
    description: input.description,
    modules: input.moduleIds.map((id) => ({ id })),
  };
  if (input.accountId) fields.account = { id: input.accountId };
  return client.post<ApiToken>(API_TOKENS_PATH, toBody(fields, input.icon));
}

export function updateApiToken(client: ApiClient, id: string, changes: UpdateApiTokenInput) {
  const fields: Record<string, unknown> = {};
  if (changes.name !== undefined) fields.name = changes.name;
  if (changes.description !== undefined) fields.description = changes.description;
  if (changes.moduleIds !== undefined) fields.modules = changes.moduleIds.map((m) => ({ id: m }));
  return client.put<ApiToken>(apiTokenPath(id), toBody(fields, changes.icon));
}

export function deleteApiToken(client: ApiClient, id: string) {
  return client.delete(apiTokenPath(id));
}

export function enableApiToken(client: ApiClient, id: string) {
  return client.post<ApiToken>(`${apiTokenPath(id)}/enable`);
}

export function disableApiToken(client: ApiClient, id: string) {
  return client.post<ApiToken>(`${apiTokenPath(id)}/disable`);
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
