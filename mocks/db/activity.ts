// What seeded tokens did: audit records whose actor is a token, with the request they came from (IP address,
// location, user agent), as an integration calling the API leaves them. A share of the used tokens has such a
// history; its newest record is the token's `lastAccessAt`, so the grid and the Activity tab agree.
import {
  ACTIVITY_EVENTS,
  ACTIVITY_IPV6_NETWORK,
  ACTIVITY_LOCATIONS,
  ACTIVITY_NETWORKS,
  ACTIVITY_PRODUCTS,
  ACTIVITY_USER_AGENTS,
  MOCK_ACCOUNT,
  UNEXPECTED_LOCATIONS,
  UNEXPECTED_USER_AGENTS,
} from './fixtures';
import type { Random } from './random';
import type { ApiTokenRecord, AuditRecordEntry } from './types';

const DAY = 86_400_000;

/** Mixed into the dataset's seed for the activity's own generator. */
export const ACTIVITY_SEED_SALT = 0x0ac71717;

/** Of the tokens that were ever used, this share has a seeded history… */
export const ACTIVITY_SHARE = 0.3;
/** …but never more than this many tokens, so the large dataset stays quick to build. */
export const ACTIVITY_MAX_TOKENS = 200;
/** The most recently used token with a history is a busy one: more records in a month than one page of 100. */
export const BUSY_TOKEN_RECORDS = 130;

const INVITED_PEOPLE: readonly string[] = ['Sam Carter', 'Lea Fischer', 'Noah Dubois', 'Aiko Tanaka'];

export type ApiRequest = AuditRecordEntry['request']['api'];
type EventTemplate = (typeof ACTIVITY_EVENTS)[number];

export interface ActivityInput {
  /** ISO instant. */
  at: string;
  request: ApiRequest;
  /** One of `ACTIVITY_EVENTS` (an order created when absent). */
  event?: EventTemplate;
  object?: { id: string; name: string | null };
}

function methodOf(template: EventTemplate): string {
  return template.verb === 'created' || template.verb === 'invited' ? 'POST' : 'PUT';
}

/** One audit record of a call made with `token`. */
export function buildActivityRecord(
  id: string,
  token: Pick<ApiTokenRecord, 'id' | 'name' | 'icon'>,
  input: Required<ActivityInput>,
): AuditRecordEntry {
  const { event: template, object } = input;
  const noun = template.objectType;
  return {
    id,
    event: template.event,
    summary: `${noun} ${object.id} was ${template.verb}.`,
    details: `${noun} “${object.name ?? object.id}” was ${template.verb} through the API with the token “${token.name}”.`,
    timestamp: input.at,
    type: 'Public',
    object: { id: object.id, name: object.name, icon: null, objectType: noun },
    actor: {
      id: token.id,
      name: token.name,
      icon: token.icon,
      account: {
        id: MOCK_ACCOUNT.id,
        name: MOCK_ACCOUNT.name,
        icon: MOCK_ACCOUNT.icon,
        accountType: MOCK_ACCOUNT.type,
      },
    },
    request: { api: input.request },
    documents: { request: { method: methodOf(template), status: methodOf(template) === 'POST' ? 201 : 200 } },
  };
}

function objectId(random: Random, template: EventTemplate): string {
  const groups = Array.from({ length: template.digits }, () => random.digits(4));
  return `${template.prefix}-${groups.join('-')}`;
}

export function randomObject(random: Random, template: EventTemplate): { id: string; name: string } {
  const product = random.pick(ACTIVITY_PRODUCTS);
  const name =
    template.objectType === 'User'
      ? random.pick(INVITED_PEOPLE)
      : template.objectType === 'Order'
        ? `Order for ${product}`
        : template.objectType === 'Agreement'
          ? `${MOCK_ACCOUNT.name} – ${product}`
          : template.objectType === 'Subscription'
            ? `${product} subscription`
            : product;
  return { id: objectId(random, template), name };
}

function ipv4(random: Random): string {
  return `${random.pick(ACTIVITY_NETWORKS)}${random.int(1, 254)}`;
}

function ipv6(random: Random): string {
  return `${ACTIVITY_IPV6_NETWORK}${random.int(0x1000, 0xffff).toString(16)}::${random.int(1, 0xfff).toString(16)}`;
}

/** The integration's own callers: one to three hosts, mostly in one country. */
function homeCallers(random: Random): ApiRequest[] {
  const home = random.pick(ACTIVITY_LOCATIONS);
  const userAgent = random.pick(ACTIVITY_USER_AGENTS);
  return Array.from({ length: random.int(1, 3) }, (_, i) => ({
    ip: i === 2 && random.chance(0.5) ? ipv6(random) : ipv4(random),
    userAgent,
    geolocation: i > 0 && random.chance(0.3) ? random.pick(ACTIVITY_LOCATIONS) : home,
  }));
}

function unexpectedCaller(random: Random): ApiRequest {
  return {
    ip: ipv4(random),
    userAgent: random.pick(UNEXPECTED_USER_AGENTS),
    geolocation: random.pick(UNEXPECTED_LOCATIONS),
  };
}

/**
 * The seeded activity of a dataset, drawn from its own `random` so that the rest of the seed stays as it was.
 * `nextId` hands out audit record ids.
 */
export function seedActivity(
  random: Random,
  tokens: readonly ApiTokenRecord[],
  nextId: () => string,
): AuditRecordEntry[] {
  const used = tokens.filter((token) => token.lastAccessAt !== null);
  const count = Math.min(ACTIVITY_MAX_TOKENS, Math.round(used.length * ACTIVITY_SHARE));
  const chosen = random.sample(used, count);
  const busiest = chosen.reduce<ApiTokenRecord | null>(
    (best, token) => (best && (best.lastAccessAt as string) >= (token.lastAccessAt as string) ? best : token),
    null,
  );

  const records: AuditRecordEntry[] = [];
  for (const token of chosen) {
    const last = Date.parse(token.lastAccessAt as string);
    const created = Date.parse(token.audit.created.at);
    const busy = token === busiest;
    const span = busy ? 29 * DAY : random.int(5, 45) * DAY;
    const first = Math.max(created, last - span);
    const total = busy ? BUSY_TOKEN_RECORDS : random.int(6, 40);
    const callers = homeCallers(random);
    // Some histories end with calls from somewhere nobody expected, the way a leaked token shows up.
    const stranger = busy || random.chance(0.25) ? unexpectedCaller(random) : null;
    const strangerFrom = last - Math.min(span, 3 * DAY);

    const times = Array.from({ length: total - 1 }, () => random.int(first, last)).sort((a, b) => b - a);
    times.unshift(last);
    for (const time of times) {
      const template = random.pick(ACTIVITY_EVENTS);
      const request =
        stranger && time >= strangerFrom && random.chance(0.4) ? stranger : random.pick(callers);
      records.push(
        buildActivityRecord(nextId(), token, {
          at: new Date(time).toISOString(),
          request,
          event: template,
          object: randomObject(random, template),
        }),
      );
    }
  }
  return records;
}
