// Generates a dataset from a seed. Everything random comes from the one PRNG passed in, in a fixed
// order, so a seed fully determines the data. Counts for the default dataset are exact (not
// probabilistic) so the grid's hygiene counters and tests see stable numbers.
import { seedActivity } from './activity';
import { buildTokenAuditRecord } from './audit-entries';
import {
  ACTIVITY_NETWORKS,
  GEOLOCATIONS,
  isModuleAllowed,
  MOCK_ACCOUNT,
  MOCK_MODULES,
  MOCK_REFERENCE_NOW,
  MOCK_USERS,
  TOKEN_DESCRIPTIONS,
  TOKEN_NAME_BASES,
  TOKEN_NAME_SUFFIXES,
  USER_AGENTS,
} from './fixtures';
import type { Rgb } from './png';
import type { Random } from './random';
import type { ActorRef, ApiTokenRecord, AuditRecordEntry, AuditTrail, TokenModule } from './types';

export type MockDataset = 'default' | 'empty' | 'large';

export const DATASET_SIZES: Record<MockDataset, number> = { default: 60, empty: 0, large: 10_000 };

export interface SeededLogo {
  background: Rgb;
  foreground: Rgb;
}

export interface SeededToken {
  record: ApiTokenRecord;
  secret: string;
  logo: SeededLogo | null;
}

export interface SeedResult {
  tokens: SeededToken[];
  audit: AuditRecordEntry[];
}

const DAY = 86_400_000;
const LOGO_COLOURS: readonly SeededLogo[] = [
  { background: [0x47, 0x2a, 0xff], foreground: [0xff, 0xff, 0xff] },
  { background: [0x00, 0x8a, 0x5c], foreground: [0xd9, 0xf7, 0xea] },
  { background: [0xe0, 0x52, 0x2b], foreground: [0xff, 0xe7, 0xd6] },
  { background: [0x1b, 0x1f, 0x3b], foreground: [0x6e, 0xe7, 0xff] },
  { background: [0xf5, 0xb8, 0x00], foreground: [0x3b, 0x2a, 0x00] },
];

export function toTokenModule(m: {
  id: string;
  name: string;
  description: string;
  code: string;
}): TokenModule {
  return { id: m.id, name: m.name, description: m.description, code: m.code };
}

// Sorted once by name, so a token's modules can be put in name order by index (localeCompare per token is slow at 10,000).
// Only modules a token may have: the API would refuse the others on a token.
const TOKEN_MODULES: readonly TokenModule[] = MOCK_MODULES.filter((m) =>
  isModuleAllowed(m, MOCK_ACCOUNT.type),
)
  .map(toTokenModule)
  .sort((a, b) => a.name.localeCompare(b.name));
const MODULE_INDICES = TOKEN_MODULES.map((_, i) => i);

const FOUR_DIGITS: readonly string[] = Array.from({ length: 10_000 }, (_, n) => String(n).padStart(4, '0'));

/**
 * Hands out random, unique ids. Ids taken are remembered for the life of a store, deleted ones
 * included (ids are never reused). Kept as numbers: hashing tens of thousands of fresh strings
 * was the slowest part of building the large dataset.
 */
export class IdRegistry {
  private readonly tokens = new Set<number>();
  private readonly audit = new Set<number>();

  constructor(private readonly random: Random) {}

  tokenId(): string {
    for (;;) {
      const a = this.random.int(0, 9999);
      const b = this.random.int(0, 9999);
      const key = a * 10_000 + b;
      if (this.tokens.has(key)) continue;
      this.tokens.add(key);
      return `TKN-${FOUR_DIGITS[a]}-${FOUR_DIGITS[b]}`;
    }
  }

  /** `random` lets a part of the seed draw its ids from its own generator, leaving the main sequence as it was. */
  auditId(random: Random = this.random): string {
    for (;;) {
      const a = random.int(0, 9999);
      const b = random.int(0, 9999);
      const c = random.int(0, 9999);
      const d = random.int(0, 9999);
      // 16 digits exceed a double's exact range; rounding can only make two ids look equal, never hide a repeat.
      const key = (a * 10_000 + b) * 100_000_000 + c * 10_000 + d;
      if (this.audit.has(key)) continue;
      this.audit.add(key);
      return `AUD-${FOUR_DIGITS[a]}-${FOUR_DIGITS[b]}-${FOUR_DIGITS[c]}-${FOUR_DIGITS[d]}`;
    }
  }
}

export const makeSecret = (random: Random, tokenId: string) => `idt:${tokenId}:${random.string(40)}`;

function pickIndices(random: Random, candidates: number[], count: number): Set<number> {
  return new Set(random.sample(candidates, count));
}

function uniqueNames(random: Random, count: number): string[] {
  const combos: string[] = [];
  for (const base of TOKEN_NAME_BASES) for (const suffix of TOKEN_NAME_SUFFIXES) combos.push(base + suffix);
  if (count <= combos.length) return random.sample(combos, count);
  // A large account runs out of combinations: numbering keeps names distinct and sortable.
  return Array.from({ length: count }, (_, i) => `${random.pick(combos)} ${String(i + 1).padStart(5, '0')}`);
}

/**
 * `activityRandom` draws the tokens' own activity (mocks/db/activity.ts) after everything else, from a generator
 * of its own: the tokens and their audit trails are the same with or without it.
 */
export function generateDataset(
  random: Random,
  dataset: MockDataset,
  ids: IdRegistry,
  activityRandom?: Random,
): SeedResult {
  const count = DATASET_SIZES[dataset];
  const now = Date.parse(MOCK_REFERENCE_NOW);
  const oldest = now - 3 * 365 * DAY;

  const createdAt = Array.from({ length: count }, () => random.int(oldest, now - DAY)).sort((a, b) => a - b);
  const names = uniqueNames(random, count);
  const all = Array.from({ length: count }, (_, i) => i);

  const disabled = pickIndices(random, all, Math.round(count / 4));
  const neverUsed = pickIndices(random, all, Math.round(count * 0.13));
  const oldEnough = all.filter((i) => !neverUsed.has(i) && (createdAt[i] as number) < now - 120 * DAY);
  const idle = pickIndices(random, oldEnough, Math.round(count * 0.17));
  const withoutDescription = pickIndices(random, all, Math.round(count * 0.08));
  const withLogo = pickIndices(random, all, Math.round(count * 0.1));

  // A pool of callers: enough variety for the audit trail without an object per record.
  // Addresses reserved for documentation, as the tokens' own calls have: nobody's real address. Three numbers are
  // drawn for each, one of them unused, so the draws that follow (and the datasets tests rely on) stay the same.
  const requests = Array.from({ length: 24 }, () => {
    const network = ACTIVITY_NETWORKS[random.int(0, 255) % ACTIVITY_NETWORKS.length] as string;
    random.int(0, 255);
    return {
      ip: `${network}${random.int(1, 254)}`,
      userAgent: random.pick(USER_AGENTS),
      geolocation: random.pick(GEOLOCATIONS),
    };
  });
  const users: readonly ActorRef[] = MOCK_USERS.map(({ id, name, icon }) => ({ id, name, icon }));

  const tokens: SeededToken[] = [];
  const audit: AuditRecordEntry[] = [];

  for (let i = 0; i < count; i++) {
    const created = createdAt[i] as number;
    const id = ids.tokenId();
    // Some tokens were created by automation using another token, as the platform allows: one used since, so its
    // last access is no earlier than the creation it made (a token "never used" makes nothing).
    let creator = random.pick(users);
    if (tokens.length > 5 && random.chance(0.12)) {
      const { record: parent } = random.pick(tokens);
      if (parent.lastAccessAt !== null && Date.parse(parent.lastAccessAt) >= created)
        creator = { id: parent.id, name: parent.name, icon: parent.icon };
    }

    const isDisabled = disabled.has(i);
    const updatedAt = isDisabled || random.chance(0.3) ? random.int(created, now) : null;

    let lastAccess: number | null;
    if (neverUsed.has(i)) lastAccess = null;
    else if (idle.has(i)) lastAccess = random.int(created, Math.max(created, now - 95 * DAY));
    else lastAccess = random.int(Math.max(created, now - 60 * DAY), now);
    if (lastAccess !== null && updatedAt !== null && isDisabled) lastAccess = Math.min(lastAccess, updatedAt);

    const logo = withLogo.has(i) ? random.pick(LOGO_COLOURS) : null;
    const modules = random
      .sample(MODULE_INDICES, random.int(1, 5))
      .sort((a, b) => a - b)
      .map((index) => TOKEN_MODULES[index] as TokenModule);
    const auditTrail: AuditTrail = { created: { at: new Date(created).toISOString(), by: creator } };
    if (updatedAt !== null)
      auditTrail.updated = { at: new Date(updatedAt).toISOString(), by: random.pick(users) };
    const record: ApiTokenRecord = {
      id,
      name: names[i] as string,
      description: withoutDescription.has(i) ? null : random.pick(TOKEN_DESCRIPTIONS),
      icon: logo ? `/public/v1/accounts/api-tokens/${id}/icon?v=1` : null,
      status: isDisabled ? 'Disabled' : 'Active',
      account: MOCK_ACCOUNT,
      modules,
      lastAccessAt: lastAccess === null ? null : new Date(lastAccess).toISOString(),
      audit: auditTrail,
    };
    tokens.push({ record, secret: makeSecret(random, id), logo });

    const asCreated: ApiTokenRecord = isDisabled ? { ...record, status: 'Active' } : record;
    audit.push(
      buildTokenAuditRecord({
        id: ids.auditId(),
        action: 'created',
        timestamp: auditTrail.created.at,
        actor: creator,
        previous: null,
        current: asCreated,
        request: random.pick(requests),
      }),
    );
    if (auditTrail.updated) {
      audit.push(
        buildTokenAuditRecord({
          id: ids.auditId(),
          action: isDisabled ? 'disabled' : 'updated',
          timestamp: auditTrail.updated.at,
          actor: auditTrail.updated.by,
          previous: isDisabled
            ? asCreated
            : { ...record, description: record.description === null ? 'Temporary token.' : null },
          current: record,
          request: random.pick(requests),
        }),
      );
    }
  }
  if (activityRandom) {
    const records = tokens.map((token) => token.record);
    audit.push(...seedActivity(activityRandom, records, () => ids.auditId(activityRandom)));
  }
  audit.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  return { tokens, audit };
}
