// Shared steps for the hygiene strip tests: a fixed clock, the count requests as sent, expected counts from the db.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, onTestFinished, vi } from 'vitest';
import { mockBackend, server, TEST_API_BASE_URL } from '../../../mocks/node';
import type { ApiTokenRecord } from '../../../mocks/db/types';
import { lastAccessCutoff } from '../../../src/features/api-tokens/api/list-query';
import { createApiClient } from '../../../src/lib/api-client';
import { ServicesProvider } from '../../../src/lib/services';
import { TEST_ACCESS_TOKEN } from '../../support/render-module';

export const TOKENS_PATH = '/public/v1/accounts/api-tokens';

/** A moment four weeks after the seed's reference date: far enough for idle tokens, stable from run to run. */
export const NOW = Date.parse('2026-11-29T10:20:00.000Z');

/**
 * Freezes `Date` only (timers stay real, so Testing Library and user-event work as usual): the grid's
 * "idle" cutoff and the relative times then come out the same on every run.
 */
export function freezeDate(at: number = NOW) {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** The idle cutoff the grid computes from the frozen clock. */
export const IDLE_CUTOFF = lastAccessCutoff(90, NOW);

export const EXPECTED_FILTERS = {
  Active: 'eq(status,"Active")',
  Disabled: 'eq(status,"Disabled")',
  'Never used': 'eq(lastAccessAt,null())',
  'Idle 90+ days': `lt(lastAccessAt,"${IDLE_CUTOFF}")`,
} as const;

export type CounterLabel = keyof typeof EXPECTED_FILTERS;
export const COUNTER_LABELS = Object.keys(EXPECTED_FILTERS) as CounterLabel[];

/** What the server should count for each counter, read straight from the mock's store. */
export function expectedCounts(): Record<CounterLabel, number> {
  const tokens = mockBackend.db.listTokens();
  const cutoff = Date.parse(IDLE_CUTOFF);
  const count = (match: (t: ApiTokenRecord) => boolean) => tokens.filter(match).length;
  return {
    Active: count((t) => t.status === 'Active'),
    Disabled: count((t) => t.status === 'Disabled'),
    'Never used': count((t) => t.lastAccessAt === null),
    'Idle 90+ days': count((t) => t.lastAccessAt !== null && Date.parse(t.lastAccessAt) < cutoff),
  };
}

/** Every list request made from now on, as decoded query text (`eq(status,"Active")&limit=0`). */
export function recordListQueries() {
  const queries: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === TOKENS_PATH)
      queries.push(decodeURIComponent(url.search.slice(1)));
  };
  server.events.on('request:start', listener);
  onTestFinished(() => {
    server.events.removeListener('request:start', listener);
  });
  return {
    all: () => [...queries],
    /** Count-only requests: the ones with `limit=0`. */
    counts: () => queries.filter((q) => /(^|&)limit=0($|&)/.test(q)),
    clear: () => queries.splice(0),
  };
}

export function strip() {
  return screen.getByRole('list', { name: 'Token hygiene' });
}

export async function findStrip() {
  return screen.findByRole('list', { name: 'Token hygiene' });
}

/** The counter link, whatever its number (its name is "Active: 45"). */
export function counter(label: CounterLabel) {
  return within(strip()).getByRole('link', { name: new RegExp(`^${escapeRegExp(label)}:`) });
}

export function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Mutation hooks rendered beside the module, on its QueryClient, as another screen of the same page would. */
export function hookWrapper(queryClient: QueryClient) {
  const client = createApiClient({ baseUrl: TEST_API_BASE_URL, getAccessToken: () => TEST_ACCESS_TOKEN });
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <ServicesProvider
          value={{
            client,
            apiBaseUrl: TEST_API_BASE_URL,
            locale: 'en-GB',
            timeZone: 'UTC',
            notify: () => undefined,
          }}
        >
          {children}
        </ServicesProvider>
      </QueryClientProvider>
    );
  };
}
