import type { components } from './schema';

// Generated from the vendor's OpenAPI file (npm run gen:api); every property there is optional.
export type ApiToken = components['schemas']['ApiToken'];
export type Module = components['schemas']['Module'];
export type AuditRecord = components['schemas']['AuditRecord'];
export type AuditEvent = components['schemas']['Event'];
export type ApiTokenStatus = 'Active' | 'Disabled';

export interface Collection<T> {
  $meta?: components['schemas']['ListMetadata'];
  data?: T[];
}

export type ApiTokenCollection = Collection<ApiToken>;
export type ModuleCollection = Collection<Module>;
export type AuditRecordCollection = Collection<AuditRecord>;

/** What the wizard collects; `icon` is a file the user picked, sent as multipart. */
export interface CreateApiTokenInput {
  name: string;
  description: string | null;
  moduleIds: string[];
  icon?: File | null | undefined;
  /** The account the token belongs to; omitted when the host did not configure one (the API uses the caller's). */
  accountId?: string | undefined;
}

/** Only the fields that changed; `icon: null` removes the logo, a File replaces it. */
export interface UpdateApiTokenInput {
  name?: string;
  description?: string | null;
  moduleIds?: string[];
  icon?: File | null;
}
