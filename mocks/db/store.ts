// The in-memory database behind the mock API. Records are replaced, never mutated in place, so
// handlers can hand out references without deep-cloning and a reader never sees half an update.
import { ACTIVITY_SEED_SALT, buildActivityRecord, randomObject, type ActivityInput } from './activity';
import {
  apiRequestOf,
  buildPostedAuditRecord,
  buildTokenAuditRecord,
  type PostedAuditRecord,
  type TokenAction,
} from './audit-entries';
import {
  ACTIVITY_EVENTS,
  DEFAULT_SEED,
  MOCK_ACCOUNT,
  MOCK_CURRENT_USER,
  MOCK_MODULES,
  MOCK_REFERENCE_NOW,
  MOCK_USERS,
} from './fixtures';
import { encodeLogoPng } from './png';
import { createRandom, type Random } from './random';
import {
  generateDataset,
  IdRegistry,
  makeSecret,
  toTokenModule,
  type MockDataset,
  type SeededLogo,
} from './seed';
import type {
  AccountRecord,
  ApiTokenRecord,
  ApiTokenStatus,
  AuditRecordEntry,
  ModuleRecord,
  RequestContext,
  StoredIcon,
  UserRecord,
} from './types';

export interface MockDbOptions {
  seed?: number;
  dataset?: MockDataset;
  /** The clock for mutations. Defaults to the real time, but never earlier than the seeded data's reference date. */
  now?: () => Date;
}

/** A logo to store: an uploaded image, an external URL/path kept as given, or null to remove it. */
export type IconInput = StoredIcon | string | null;

export interface NewToken {
  name: string;
  description: string | null;
  icon: IconInput;
  moduleIds: string[];
}

export interface TokenChanges {
  name?: string;
  description?: string | null;
  icon?: IconInput;
  moduleIds?: string[];
}

export type StatusChangeResult =
  | { ok: true; token: ApiTokenRecord }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'already'; status: ApiTokenStatus };

const DEFAULT_REQUEST: RequestContext = { ip: '127.0.0.1', userAgent: 'mock-client' };
const REFERENCE_MS = Date.parse(MOCK_REFERENCE_NOW);

export class MockDb {
  readonly seed: number;
  readonly dataset: MockDataset;
  readonly account: AccountRecord = MOCK_ACCOUNT;
  readonly users: readonly UserRecord[] = MOCK_USERS;
  /** Who the mock believes is calling: the actor of every audit record a request writes. */
  readonly currentUser: UserRecord = MOCK_CURRENT_USER;

  private readonly random: Random;
  private readonly clock: () => Date;
  private readonly ids: IdRegistry;
  private readonly modulesById = new Map<string, ModuleRecord>();
  private readonly tokensById = new Map<string, ApiTokenRecord>();
  private readonly secrets = new Map<string, string>();
  // Seeded logos are drawn on first request: encoding thousands up front would slow the large dataset.
  private readonly icons = new Map<string, StoredIcon | SeededLogo>();
  private readonly auditLog: AuditRecordEntry[] = [];
  private readonly auditById = new Map<string, AuditRecordEntry>();
  private iconRevision = 1;
  // Lists are read far more often than tokens change; rebuilding the array per request would cost a copy of 10,000 records.
  private tokenList: ApiTokenRecord[] | null = null;
  private auditList: readonly AuditRecordEntry[] | null = null;
  private readonly moduleList: readonly ModuleRecord[] = MOCK_MODULES;

  constructor(options: MockDbOptions = {}) {
    this.seed = options.seed ?? DEFAULT_SEED;
    this.dataset = options.dataset ?? 'default';
    this.clock = options.now ?? (() => new Date(Math.max(Date.now(), REFERENCE_MS)));
    this.random = createRandom(this.seed);
    this.ids = new IdRegistry(this.random);
    for (const m of MOCK_MODULES) this.modulesById.set(m.id, m);
    const { tokens, audit } = generateDataset(
      this.random,
      this.dataset,
      this.ids,
      createRandom(this.seed ^ ACTIVITY_SEED_SALT),
    );
    for (const { record, secret, logo } of tokens) {
      this.tokensById.set(record.id, record);
      this.secrets.set(record.id, secret);
      if (logo) this.icons.set(record.id, logo);
    }
    for (const entry of audit) this.appendAudit(entry);
  }

  now(): Date {
    return this.clock();
  }

  // ---- modules

  listModules(): readonly ModuleRecord[] {
    return this.moduleList;
  }

  getModule(id: string): ModuleRecord | undefined {
    return this.modulesById.get(id);
  }

  // ---- tokens

  /** In store order (oldest first). Treat the array and its records as read-only. */
  listTokens(): readonly ApiTokenRecord[] {
    this.tokenList ??= [...this.tokensById.values()];
    return this.tokenList;
  }

  tokenCount(): number {
    return this.tokensById.size;
  }

  getToken(id: string): ApiTokenRecord | undefined {
    return this.tokensById.get(id);
  }

  getSecret(id: string): string | undefined {
    return this.secrets.get(id);
  }

  createToken(
    input: NewToken,
    request: RequestContext = DEFAULT_REQUEST,
  ): { token: ApiTokenRecord; secret: string } {
    const id = this.ids.tokenId();
    const at = this.now().toISOString();
    const token: ApiTokenRecord = {
      id,
      name: input.name,
      description: input.description,
      icon: this.storeIcon(id, input.icon),
      status: 'Active',
      account: this.account,
      modules: this.resolveModules(input.moduleIds),
      lastAccessAt: null,
      audit: { created: { at, by: this.actor() } },
    };
    const secret = makeSecret(this.random, id);
    this.tokensById.set(id, token);
    this.tokenList = null;
    this.secrets.set(id, secret);
    this.audit('created', null, token, at, request);
    return { token, secret };
  }

  updateToken(
    id: string,
    changes: TokenChanges,
    request: RequestContext = DEFAULT_REQUEST,
  ): ApiTokenRecord | undefined {
    const previous = this.tokensById.get(id);
    if (!previous) return undefined;
    const at = this.now().toISOString();
    const next: ApiTokenRecord = {
      ...previous,
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.icon !== undefined && changes.icon !== previous.icon
        ? { icon: this.storeIcon(id, changes.icon) }
        : {}),
      ...(changes.moduleIds !== undefined ? { modules: this.resolveModules(changes.moduleIds) } : {}),
      audit: { ...previous.audit, updated: { at, by: this.actor() } },
    };
    this.tokensById.set(id, next);
    this.tokenList = null;
    this.audit('updated', previous, next, at, request);
    return next;
  }

  setTokenStatus(
    id: string,
    status: ApiTokenStatus,
    request: RequestContext = DEFAULT_REQUEST,
  ): StatusChangeResult {
    const previous = this.tokensById.get(id);
    if (!previous) return { ok: false, reason: 'not-found' };
    if (previous.status === status) return { ok: false, reason: 'already', status };
    const at = this.now().toISOString();
    const next: ApiTokenRecord = {
      ...previous,
      status,
      audit: { ...previous.audit, updated: { at, by: this.actor() } },
    };
    this.tokensById.set(id, next);
    this.tokenList = null;
    this.audit(status === 'Active' ? 'enabled' : 'disabled', previous, next, at, request);
    return { ok: true, token: next };
  }

  deleteToken(id: string, request: RequestContext = DEFAULT_REQUEST): boolean {
    const previous = this.tokensById.get(id);
    if (!previous) return false;
    this.tokensById.delete(id);
    this.tokenList = null;
    this.secrets.delete(id);
    this.icons.delete(id);
    this.audit('deleted', previous, null, this.now().toISOString(), request);
    return true;
  }

  getIcon(tokenId: string): StoredIcon | undefined {
    const icon = this.icons.get(tokenId);
    if (!icon || 'bytes' in icon) return icon;
    const drawn: StoredIcon = {
      contentType: 'image/png',
      bytes: encodeLogoPng(64, icon.background, icon.foreground),
    };
    this.icons.set(tokenId, drawn);
    return drawn;
  }

  // ---- audit records

  /** Oldest first. A new array after every change (handlers cache sorted copies per array). Treat as read-only. */
  listAuditRecords(): readonly AuditRecordEntry[] {
    this.auditList ??= this.auditLog.slice();
    return this.auditList;
  }

  getAuditRecord(id: string): AuditRecordEntry | undefined {
    return this.auditById.get(id);
  }

  /** A record a client writes itself, stamped with the store's clock and the caller's request. */
  addAuditRecord(posted: PostedAuditRecord, request: RequestContext = DEFAULT_REQUEST): AuditRecordEntry {
    const entry = buildPostedAuditRecord({
      id: this.ids.auditId(),
      timestamp: this.now().toISOString(),
      posted,
      caller: this.actor(),
      request: apiRequestOf(request),
    });
    this.appendAudit(entry);
    return entry;
  }

  /**
   * A call made with a token, as the platform records it: the token is the actor, the request says from where.
   * For tests and scenarios; seeded tokens get theirs from the seed.
   */
  recordTokenActivity(tokenId: string, input: ActivityInput): AuditRecordEntry {
    const token = this.tokensById.get(tokenId);
    if (!token) throw new Error(`Unknown token ${tokenId}`);
    const event = input.event ?? ACTIVITY_EVENTS[0];
    const entry = buildActivityRecord(this.ids.auditId(), token, {
      at: input.at,
      request: input.request,
      event,
      object: input.object ?? randomObject(this.random, event),
    });
    this.appendAudit(entry);
    // A recorded call is an access too: a token's last access is never older than its newest recorded call.
    this.recordTokenAccess(tokenId, input.at);
    return entry;
  }

  /**
   * A call made with a token that leaves no audit record (a read, say): only its last access moves, never back.
   * For tests and scenarios.
   */
  recordTokenAccess(tokenId: string, at: string): void {
    const token = this.tokensById.get(tokenId);
    if (!token) throw new Error(`Unknown token ${tokenId}`);
    if (token.lastAccessAt !== null && Date.parse(token.lastAccessAt) >= Date.parse(at)) return;
    this.tokensById.set(tokenId, { ...token, lastAccessAt: at });
    this.tokenList = null;
  }

  // ---- internals

  private actor() {
    return { id: this.currentUser.id, name: this.currentUser.name, icon: this.currentUser.icon };
  }

  private resolveModules(ids: string[]) {
    return [...new Set(ids)].map((moduleId) => {
      const found = this.modulesById.get(moduleId);
      if (!found) throw new Error(`Unknown module ${moduleId}`);
      return toTokenModule(found);
    });
  }

  private storeIcon(tokenId: string, icon: IconInput): string | null {
    if (icon === null || typeof icon === 'string') {
      this.icons.delete(tokenId);
      return icon;
    }
    this.icons.set(tokenId, icon);
    // A new query string per upload makes browsers fetch the new image instead of a cached one.
    this.iconRevision += 1;
    return `/public/v1/accounts/api-tokens/${tokenId}/icon?v=${this.iconRevision}`;
  }

  private audit(
    action: TokenAction,
    previous: ApiTokenRecord | null,
    current: ApiTokenRecord | null,
    at: string,
    request: RequestContext,
  ) {
    this.appendAudit(
      buildTokenAuditRecord({
        id: this.ids.auditId(),
        action,
        timestamp: at,
        actor: this.actor(),
        previous,
        current,
        request: apiRequestOf(request),
      }),
    );
  }

  private appendAudit(entry: AuditRecordEntry) {
    this.auditLog.push(entry);
    this.auditById.set(entry.id, entry);
    this.auditList = null;
  }
}

export function createMockDb(options: MockDbOptions = {}): MockDb {
  return new MockDb(options);
}
