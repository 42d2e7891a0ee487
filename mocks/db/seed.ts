// Generates a dataset from a seed. Everything random comes from the one PRNG passed in, in a fixed
// order, so a seed fully determines the data. Counts for the default dataset are exact (not
// probabilistic) so the grid's hygiene counters and tests see stable numbers.
import { buildTokenAuditRecord } from './audit-entries';
import {
  GEOLOCATIONS,
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
import type { ActorRef, ApiTokenRecord, AuditRecordEntry, TokenModule } from './types';

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

export function toTokenModule(m: { id: string; name: string; description: string; code: string }): TokenModule {
  return { id: m.id, name: m.name, description: m.description, code: m.code };
}

const TOKEN_MODULES: readonly TokenModule[] = MOCK_MODULES.map(toTokenModule);

/** Ids already taken are remembered for the life of a store, including deleted ones (ids are never reused). */
export function uniqueId(random: Random, used: Set<string>, make: () => string): string {
  for (;;) {
    const id = make();
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

export const makeTokenId = (random: Random) => `TKN-${random.digits(4)}-${random.digits(4)}`;
export const makeAuditId = (random: Random) => `AUD-${random.digits(4)}-${random.digits(4)}-${random.digits(4)}-${random.digits(4)}`;
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

export function generateDataset(random: Random, dataset: MockDataset, usedIds: Set<string>): SeedResult {
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

  const tokens: SeededToken[] = [];
  const audit: AuditRecordEntry[] = [];
  const request = () => ({ ip: `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`, userAgent: random.pick(USER_AGENTS), geolocation: random.pick(GEOLOCATIONS) });

  for (let i = 0; i < count; i++) {
    const created = createdAt[i] as number;
    const id = uniqueId(random, usedIds, () => makeTokenId(random));
    // Some tokens were created by automation using another token, as the platform allows.
    const creator: ActorRef =
      tokens.length > 5 && random.chance(0.12)
        ? (({ id: tid, name, icon }) => ({ id: tid, name, icon }))(random.pick(tokens).record)
        : (({ id: uid, name, icon }) => ({ id: uid, name, icon }))(random.pick(MOCK_USERS));

    const isDisabled = disabled.has(i);
    const updatedAt = isDisabled || random.chance(0.3) ? random.int(created, now) : null;
    const updatedBy = updatedAt === null ? null : random.pick(MOCK_USERS);

    let lastAccess: number | null;
    if (neverUsed.has(i)) lastAccess = null;
    else if (idle.has(i)) lastAccess = random.int(created, Math.max(created, now - 95 * DAY));
    else lastAccess = random.int(Math.max(created, now - 60 * DAY), now);
    if (lastAccess !== null && isDisabled && updatedAt !== null) lastAccess = Math.min(lastAccess, updatedAt);

    const logo = withLogo.has(i) ? random.pick(LOGO_COLOURS) : null;
    const modules = random
      .sample(TOKEN_MODULES, random.int(1, 5))
      .sort((a, b) => a.name.localeCompare(b.name));
    const record: ApiTokenRecord = {
      id,
      name: names[i] as string,
      description: withoutDescription.has(i) ? null : random.pick(TOKEN_DESCRIPTIONS),
      icon: logo ? `/public/v1/accounts/api-tokens/${id}/icon?v=1` : null,
      status: isDisabled ? 'Disabled' : 'Active',
      account: MOCK_ACCOUNT,
      modules,
      lastAccessAt: lastAccess === null ? null : new Date(lastAccess).toISOString(),
      audit: {
        created: { at: new Date(created).toISOString(), by: creator },
        ...(updatedAt !== null && updatedBy ? { updated: { at: new Date(updatedAt).toISOString(), by: { id: updatedBy.id, name: updatedBy.name, icon: updatedBy.icon } } } : {}),
      },
    };
    tokens.push({ record, secret: makeSecret(random, id), logo });

    const asCreated: ApiTokenRecord = { ...record, status: 'Active' };
    audit.push(
      buildTokenAuditRecord({
        id: uniqueId(random, usedIds, () => makeAuditId(random)),
        action: 'created',
        timestamp: record.audit.created.at,
        actor: creator,
        previous: null,
        current: asCreated,
        request: request(),
      }),
    );
    if (record.audit.updated) {
      audit.push(
        buildTokenAuditRecord({
          id: uniqueId(random, usedIds, () => makeAuditId(random)),
          action: isDisabled ? 'disabled' : 'updated',
          timestamp: record.audit.updated.at,
          actor: record.audit.updated.by,
          previous: isDisabled ? asCreated : { ...record, description: record.description === null ? 'Temporary token.' : null },
          current: record,
          request: request(),
        }),
      );
    }
  }
  audit.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  return { tokens, audit };
}
