// Shapes the store keeps. They are stricter than the generated OpenAPI types (which make every
// property optional) so the handlers can rely on them; `satisfies` checks below keep them honest.
import type { components } from '../../src/features/api-tokens/api/schema';

type Schemas = components['schemas'];

export type ApiTokenStatus = 'Active' | 'Disabled';

export interface AccountRecord {
  id: string;
  name: string;
  icon: string | null;
  type: 'Client' | 'Vendor' | 'Operations';
  status: 'Active' | 'Enabled' | 'Disabled';
}

/** A user or an API token acting on the platform, as it appears in `audit.*.by`. */
export interface ActorRef {
  id: string;
  name: string;
  icon: string | null;
}

export interface UserRecord extends ActorRef {
  email: string;
}

export interface AuditEvent {
  at: string;
  by: ActorRef;
}

export interface AuditTrail {
  created: AuditEvent;
  updated?: AuditEvent;
}

export interface ModuleRecord {
  id: string;
  name: string;
  description: string;
  code: string;
  accountTypes: string[];
  isEnabledByDefault: boolean;
  isConfigurable: boolean;
  settings: {
    sharedAccount: boolean;
    configurable: boolean;
    default: boolean;
    paid: boolean;
    type: string[];
  };
  audit: AuditTrail;
}

/** The part of a module a token embeds. */
export interface TokenModule {
  id: string;
  name: string;
  description: string;
  code: string;
}

/**
 * A stored token. The secret lives apart from it (see MockDb) so that filtering, sorting and
 * projecting a token can never leak it by accident.
 */
export interface ApiTokenRecord {
  id: string;
  name: string;
  description: string | null;
  icon: string | null;
  status: ApiTokenStatus;
  account: AccountRecord;
  modules: TokenModule[];
  lastAccessAt: string | null;
  audit: AuditTrail;
}

export interface StoredIcon {
  contentType: string;
  bytes: Uint8Array;
}

export type AuditEventName =
  | 'platform.accounts.api-token.created'
  | 'platform.accounts.api-token.updated'
  | 'platform.accounts.api-token.enabled'
  | 'platform.accounts.api-token.disabled'
  | 'platform.accounts.api-token.deleted';

export interface AuditRecordEntry {
  id: string;
  /** The token events above, or any event a client posts to `/audit/records`. */
  event: AuditEventName | (string & {});
  summary: string;
  details: string;
  timestamp: string;
  type: 'Public';
  object: { id: string; name: string | null; icon: string | null; objectType: string };
  actor: ActorRef & { account: { id: string; name: string; icon: string | null; accountType: string } };
  request: {
    api: {
      ip: string;
      userAgent: string;
      geolocation: { countryCode: string; countryName: string; region: string };
    };
  };
  documents: Record<string, unknown> | null;
}

/** Where a mutation came from, for the audit record it writes. */
export interface RequestContext {
  ip: string;
  userAgent: string;
}

// Compile-time checks that the store's shapes are valid API shapes: `tsc` fails if one drifts.
type Assert<T extends true> = T;
export type _TokenFits = Assert<ApiTokenRecord extends Schemas['ApiToken'] ? true : false>;
export type _ModuleFits = Assert<ModuleRecord extends Schemas['Module'] ? true : false>;
export type _AuditFits = Assert<AuditRecordEntry extends Schemas['AuditRecord'] ? true : false>;
