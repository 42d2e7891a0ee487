// One mock backend = a store plus the scenario it currently plays. Handlers read both at request
// time, so tests and the dev UI can reset or switch scenarios without recreating handlers.
import { DEFAULT_SEED } from './db/fixtures';
import type { MockDataset } from './db/seed';
import { MockDb } from './db/store';
import { mergeScenarios, type MockScenario } from './scenarios';

export interface MockBackendOptions {
  seed?: number;
  scenario?: MockScenario;
  /** Clock for mutations (created/updated timestamps, audit records). */
  now?: () => Date;
}

export interface MockBackend {
  readonly seed: number;
  /** The store for the current scenario's dataset. Replaced by `reset` and by a dataset change. */
  readonly db: MockDb;
  readonly scenario: MockScenario;
  /** Reseeds the store and replaces the scenario (none given: the default scenario). */
  reset(scenario?: MockScenario): void;
  /** Changes part of the scenario, keeping the data unless the dataset changes; `failures: {}` clears failures. */
  setScenario(partial: MockScenario): void;
  /**
   * A store for another dataset, kept beside the main one until the next reset. Serves requests
   * whose `x-mock-scenario` header asks for a different dataset than the backend plays.
   */
  dbFor(dataset: MockDataset): MockDb;
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const seed = options.seed ?? DEFAULT_SEED;
  const makeDb = (dataset: MockDataset) => new MockDb({ seed, dataset, now: options.now });
  let scenario: MockScenario = { ...options.scenario };
  let db = makeDb(scenario.dataset ?? 'default');
  let others = new Map<MockDataset, MockDb>();

  return {
    seed,
    get db() {
      return db;
    },
    get scenario() {
      return scenario;
    },
    reset(next = {}) {
      scenario = { ...next };
      db = makeDb(scenario.dataset ?? 'default');
      others = new Map();
    },
    setScenario(partial) {
      const next = mergeScenarios(scenario, partial);
      const dataset = next.dataset ?? 'default';
      if (dataset !== db.dataset) {
        others.set(db.dataset, db);
        db = others.get(dataset) ?? makeDb(dataset);
        others.delete(dataset);
      }
      scenario = next;
    },
    dbFor(dataset) {
      if (dataset === db.dataset) return db;
      let other = others.get(dataset);
      if (!other) {
        other = makeDb(dataset);
        others.set(dataset, other);
      }
      return other;
    },
  };
}
