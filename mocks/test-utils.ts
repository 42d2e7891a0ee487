// Shared by the mock's own tests: calls to the mock API as a client would make them.
import { TEST_API_BASE_URL } from './node';

export const TEST_AUTH = { Authorization: 'Bearer idt:TKN-0000-0001:test' } as const;

// Tests read response bodies by shape and assert on them at runtime; typing each one adds nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseJson = any;

export interface ApiResult<T = LooseJson> {
  status: number;
  headers: Headers;
  body: T;
}

/** Calls `${base}/public/v1${path}` with a bearer token; parses a JSON body when there is one. */
export async function callApi<T = LooseJson>(
  path: string,
  init: RequestInit = {},
  base = TEST_API_BASE_URL,
): Promise<ApiResult<T>> {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('Authorization', TEST_AUTH.Authorization);
  const response = await fetch(`${base}/public/v1${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

export const jsonInit = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** A multipart create/update as the client sends it with a logo: JSON part `token`, file part `icon`. */
export function multipartInit(
  method: string,
  token: unknown,
  icon?: { bytes: Uint8Array; type: string; name: string },
): RequestInit {
  const form = new FormData();
  form.append('token', new Blob([JSON.stringify(token)], { type: 'application/json' }));
  if (icon) form.append('icon', new File([icon.bytes as BlobPart], icon.name, { type: icon.type }));
  return { method, body: form };
}

export const TINY_JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);
export const TINY_GIF = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');
