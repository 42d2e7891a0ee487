// Scenarios change how the mock behaves without changing code: slower, emptier, bigger, or failing.
import type { MockDataset } from './db/seed';

export type { MockDataset };

export type MockOperation =
  'list' | 'get' | 'create' | 'update' | 'delete' | 'enable' | 'disable' | 'modules' | 'audit';

/** `hang`: the operation is carried out, but its answer never comes (until the caller gives up). */
export type MockFailure = 500 | 'network' | 401 | 403 | 'hang';

export interface MockScenario {
  /** Milliseconds added to every API response: fixed, or uniformly random between min and max. */
  latency?: number | { min: number; max: number };
  dataset?: MockDataset;
  /** Make chosen operations fail, the others keep working. */
  failures?: Partial<Record<MockOperation, MockFailure>>;
  /** Return the token's secret on GET, as older API versions did. */
  tokenOnGet?: boolean;
  /**
   * Not the mock's own behaviour: the request deadline (ms) the demo app gives the module, so a `hang` can be
   * seen to time out without waiting a minute.
   */
  deadline?: number;
}

export const MOCK_OPERATIONS: readonly MockOperation[] = [
  'list',
  'get',
  'create',
  'update',
  'delete',
  'enable',
  'disable',
  'modules',
  'audit',
];
const DATASETS: readonly MockDataset[] = ['default', 'empty', 'large'];
const FAILURES: Record<string, MockFailure> = {
  '500': 500,
  network: 'network',
  '401': 401,
  '403': 403,
  hang: 'hang',
};

/**
 * Compact, URL- and header-friendly form of a scenario: comma-separated items, in any order.
 *
 *   default | empty | large          dataset (also `dataset:large`)
 *   latency:800                      fixed latency in ms
 *   latency:200-1500                 random latency between 200 and 1500 ms
 *   fail:<operation>:<kind>          operation: list get create update delete enable disable modules audit, or * for all
 *                                    kind: 500 | network | 401 | 403 | hang (done, but the answer never comes)
 *   tokenOnGet                       GET /accounts/api-tokens/{id} also returns the secret
 *   deadline:1500                    the demo app's request deadline in ms (for the module, not the mock)
 *
 * e.g. `large,latency:800,fail:list:500,fail:create:network,tokenOnGet`. Unknown items are ignored
 * (and reported by `parseScenarioString` in `unknown`), so an old bookmark never breaks the app.
 */
export function parseScenarioString(text: string): MockScenario & { unknown?: string[] } {
  const scenario: MockScenario & { unknown?: string[] } = {};
  const unknown: string[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const [key = '', ...rest] = item.split(':');
    const lower = key.toLowerCase();
    if ((DATASETS as readonly string[]).includes(lower) && rest.length === 0) {
      scenario.dataset = lower as MockDataset;
    } else if (lower === 'dataset' && (DATASETS as readonly string[]).includes(rest[0] ?? '')) {
      scenario.dataset = rest[0] as MockDataset;
    } else if (lower === 'latency' && rest.length === 1) {
      const range = /^(\d+)-(\d+)$/.exec(rest[0] ?? '');
      const fixed = /^\d+$/.exec(rest[0] ?? '');
      if (range) {
        const a = Number(range[1]);
        const b = Number(range[2]);
        scenario.latency = { min: Math.min(a, b), max: Math.max(a, b) };
      } else if (fixed) scenario.latency = Number(fixed[0]);
      else unknown.push(item);
    } else if (lower === 'fail' && rest.length === 2) {
      const [operation = '', kind = ''] = rest;
      const failure = FAILURES[kind.toLowerCase()];
      const operations =
        operation === '*' || operation === 'all'
          ? MOCK_OPERATIONS
          : MOCK_OPERATIONS.filter((op) => op === operation);
      if (failure === undefined || operations.length === 0) unknown.push(item);
      else for (const op of operations) scenario.failures = { ...scenario.failures, [op]: failure };
    } else if (lower === 'deadline' && rest.length === 1 && /^\d+$/.test(rest[0] ?? '')) {
      scenario.deadline = Number(rest[0]);
    } else if (lower === 'tokenonget' && rest.length === 0) {
      scenario.tokenOnGet = true;
    } else {
      unknown.push(item);
    }
  }
  if (unknown.length > 0) scenario.unknown = unknown;
  return scenario;
}

/** Reads the `scenario` parameter(s) of a page URL or request, e.g. `?scenario=empty,latency:500`. */
export function parseScenario(params: URLSearchParams): MockScenario {
  const { unknown: _unknown, ...scenario } = parseScenarioString(params.getAll('scenario').join(','));
  return scenario;
}

/** The inverse of `parseScenarioString`, for links, headers and a scenario switcher. */
export function formatScenario(scenario: MockScenario): string {
  const items: string[] = [];
  if (scenario.dataset) items.push(scenario.dataset);
  if (typeof scenario.latency === 'number' && scenario.latency > 0) items.push(`latency:${scenario.latency}`);
  else if (typeof scenario.latency === 'object')
    items.push(`latency:${scenario.latency.min}-${scenario.latency.max}`);
  for (const op of MOCK_OPERATIONS) {
    const failure = scenario.failures?.[op];
    if (failure !== undefined) items.push(`fail:${op}:${failure}`);
  }
  if (scenario.tokenOnGet) items.push('tokenOnGet');
  if (scenario.deadline !== undefined) items.push(`deadline:${scenario.deadline}`);
  return items.join(',');
}

/**
 * Layers `override` over `base`: its keys win, failures are combined per operation, and an empty `failures`
 * object clears them (so a test can make the network healthy again without resetting the data).
 */
export function mergeScenarios(base: MockScenario, override: MockScenario): MockScenario {
  const merged: MockScenario = { ...base, ...override };
  if (override.failures && Object.keys(override.failures).length === 0) merged.failures = {};
  else if (base.failures || override.failures) merged.failures = { ...base.failures, ...override.failures };
  return merged;
}

export function latencyFor(scenario: MockScenario): number {
  const { latency } = scenario;
  if (latency === undefined) return 0;
  if (typeof latency === 'number') return Math.max(0, latency);
  return Math.max(0, latency.min + Math.floor(Math.random() * (latency.max - latency.min + 1)));
}
