// Builds audit records the way the platform words them, for both seeded history and live mutations.
import { MOCK_ACCOUNT } from './fixtures';
import type { ActorRef, ApiTokenRecord, AuditEventName, AuditRecordEntry, RequestContext } from './types';

export type TokenAction = 'created' | 'updated' | 'enabled' | 'disabled' | 'deleted';

const DEFAULT_GEOLOCATION = { countryCode: 'CH', countryName: 'Switzerland', region: 'Zurich' };
const ACTOR_ACCOUNT = {
  id: MOCK_ACCOUNT.id,
  name: MOCK_ACCOUNT.name,
  icon: MOCK_ACCOUNT.icon,
  accountType: MOCK_ACCOUNT.type,
};

/** What an audit record says about the caller of a live request. */
export function apiRequestOf(request: RequestContext): AuditRecordEntry['request']['api'] {
  return { ip: request.ip, userAgent: request.userAgent, geolocation: DEFAULT_GEOLOCATION };
}

/** What an audit record keeps of a token: enough to see what changed, never the secret. */
export function snapshotToken(token: ApiTokenRecord) {
  return {
    id: token.id,
    name: token.name,
    description: token.description,
    icon: token.icon,
    status: token.status,
    modules: token.modules.map((m) => m.id),
  };
}

function describeUpdate(previous: ApiTokenRecord, current: ApiTokenRecord): string {
  const changes: string[] = [];
  if (previous.name !== current.name) changes.push(`name from “${previous.name}” to “${current.name}”`);
  if (previous.description !== current.description) changes.push('description');
  if (previous.icon !== current.icon) changes.push(current.icon ? 'logo' : 'logo (removed)');
  const before = new Set(previous.modules.map((m) => m.id));
  const after = new Set(current.modules.map((m) => m.id));
  const added = current.modules.filter((m) => !before.has(m.id)).map((m) => `+${m.name}`);
  const removed = previous.modules.filter((m) => !after.has(m.id)).map((m) => `-${m.name}`);
  if (added.length + removed.length > 0) changes.push(`modules (${[...added, ...removed].join(', ')})`);
  return changes.length > 0 ? `Changed ${changes.join('; ')}.` : 'Saved without changes.';
}

function describe(
  action: TokenAction,
  previous: ApiTokenRecord | null,
  current: ApiTokenRecord | null,
): string {
  switch (action) {
    case 'created': {
      const modules = current?.modules.map((m) => m.name) ?? [];
      return `Created with access to ${modules.length} module${modules.length === 1 ? '' : 's'}: ${modules.join(', ')}.`;
    }
    case 'updated':
      return previous && current ? describeUpdate(previous, current) : 'Changed.';
    case 'enabled':
      return 'Status changed from Disabled to Active. Integrations using the token can authenticate again.';
    case 'disabled':
      return 'Status changed from Active to Disabled. Integrations using the token are refused until it is enabled.';
    case 'deleted':
      return 'Deleted permanently. The token can no longer be used, restored or reused.';
  }
}

export function buildTokenAuditRecord(input: {
  id: string;
  action: TokenAction;
  timestamp: string;
  actor: ActorRef;
  previous: ApiTokenRecord | null;
  current: ApiTokenRecord | null;
  /** Shared between records where possible: the large dataset writes ~15,000 of them. */
  request: AuditRecordEntry['request']['api'];
}): AuditRecordEntry {
  const { action, previous, current } = input;
  const subject = (current ?? previous) as ApiTokenRecord;
  const documents: Record<string, unknown> = {};
  if (previous) documents.previous = snapshotToken(previous);
  if (current) documents.current = snapshotToken(current);
  return {
    id: input.id,
    event: `platform.accounts.api-token.${action}` as AuditEventName,
    summary: `API token “${subject.name}” was ${action}.`,
    details: describe(action, previous, current),
    timestamp: input.timestamp,
    type: 'Public',
    object: { id: subject.id, name: subject.name, icon: subject.icon, objectType: 'ApiToken' },
    actor: {
      id: input.actor.id,
      name: input.actor.name,
      icon: input.actor.icon,
      account: ACTOR_ACCOUNT,
    },
    request: { api: input.request },
    documents,
  };
}

/** What a client may say when it writes an audit record itself (`POST /audit/records`). */
export interface PostedAuditRecord {
  event: string;
  object: AuditRecordEntry['object'];
  summary: string;
  details: string;
  /** The caller when absent. */
  actor: ActorRef | null;
  documents: Record<string, unknown> | null;
}

export function buildPostedAuditRecord(input: {
  id: string;
  timestamp: string;
  posted: PostedAuditRecord;
  caller: ActorRef;
  request: AuditRecordEntry['request']['api'];
}): AuditRecordEntry {
  const actor = input.posted.actor ?? input.caller;
  return {
    id: input.id,
    event: input.posted.event,
    summary: input.posted.summary,
    details: input.posted.details,
    timestamp: input.timestamp,
    type: 'Public',
    object: input.posted.object,
    actor: { id: actor.id, name: actor.name, icon: actor.icon, account: ACTOR_ACCOUNT },
    request: { api: input.request },
    documents: input.posted.documents,
  };
}
