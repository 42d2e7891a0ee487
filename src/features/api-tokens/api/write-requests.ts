import type { ApiClient } from '../../../lib/api-client';
import { API_TOKENS_PATH, apiTokenPath } from './paths';
import { DETAIL_QUERY } from './requests';
import { withoutSecret } from './secret';
import type { ApiToken, CreateApiTokenInput, UpdateApiTokenInput } from './types';

// What changes a token, and the one read that may carry its secret: none of it is needed to draw the grid, so it
// loads with the dialogs and pages that use it. The secret boundary is described in requests.ts.

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
export function createApiToken(client: ApiClient, input: CreateApiTokenInput, signal?: AbortSignal) {
  const fields: Record<string, unknown> = {
    name: input.name,
    description: input.description,
    modules: input.moduleIds.map((id) => ({ id })),
  };
  if (input.accountId) fields.account = { id: input.accountId };
  return client.post<ApiToken>(API_TOKENS_PATH, toBody(fields, input.icon), { signal });
}

export async function updateApiToken(
  client: ApiClient,
  id: string,
  changes: UpdateApiTokenInput,
  signal?: AbortSignal,
): Promise<ApiToken> {
  const fields: Record<string, unknown> = {};
  if (changes.name !== undefined) fields.name = changes.name;
  if (changes.description !== undefined) fields.description = changes.description;
  if (changes.moduleIds !== undefined) fields.modules = changes.moduleIds.map((m) => ({ id: m }));
  return withoutSecret(
    await client.put<ApiToken>(apiTokenPath(id), toBody(fields, changes.icon), { signal }),
  );
}

export function deleteApiToken(client: ApiClient, id: string, signal?: AbortSignal) {
  return client.delete(apiTokenPath(id), { signal });
}

export async function enableApiToken(client: ApiClient, id: string, signal?: AbortSignal): Promise<ApiToken> {
  return withoutSecret(await client.post<ApiToken>(`${apiTokenPath(id)}/enable`, undefined, { signal }));
}

export async function disableApiToken(
  client: ApiClient,
  id: string,
  signal?: AbortSignal,
): Promise<ApiToken> {
  return withoutSecret(await client.post<ApiToken>(`${apiTokenPath(id)}/disable`, undefined, { signal }));
}
