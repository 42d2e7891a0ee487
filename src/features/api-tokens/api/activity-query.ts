import { buildQueryString, rql, type RqlExpr } from '../../../lib/rql';
import { startOfDayIso } from './list-query';
import type { AuditRecord } from './types';

/**
 * A token's activity: the audit records whose actor is the token, i.e. what was done with it, from where
 * (docs/product-rules.md, "Activity"). Pure, like the grid's query: the clock and the time zone are arguments.
 */

export const ACTIVITY_PAGE_SIZES = [10, 25, 50] as const;
export const DEFAULT_ACTIVITY_PAGE_SIZE = 10;

/** The summary looks at this many days back from now… */
export const ACTIVITY_SUMMARY_DAYS = 30;
/** …and counts from at most this many records, the newest: one page of the API's largest size. */
export const ACTIVITY_SUMMARY_LIMIT = 100;

const ORDER = ['-timestamp', '-id'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Calendar days (YYYY-MM-DD) in the configured time zone, both included; null leaves that end open. */
export interface ActivityRange {
  from: string | null;
  to: string | null;
}

export const NO_RANGE: ActivityRange = { from: null, to: null };

function activityFilters(tokenId: string, range: ActivityRange, timeZone: string | undefined): RqlExpr[] {
  const filters = [rql.eq('actor.id', tokenId)];
  if (range.from) filters.push(rql.ge('timestamp', startOfDayIso(range.from, timeZone)));
  // The last day counts whole: everything before the next day's midnight.
  if (range.to) filters.push(rql.lt('timestamp', startOfDayIso(range.to, timeZone, 1)));
  return filters;
}

/**
 * One page of the token's activity, newest first, e.g.
 * `eq(actor.id,"TKN-…")&ge(timestamp,"…")&lt(timestamp,"…")&order=-timestamp,-id&limit=10&offset=0`.
 * Ties on the timestamp are broken by id, so no record repeats or goes missing between pages.
 */
export function buildActivityQuery(
  tokenId: string,
  range: ActivityRange,
  page: { limit: number; offset: number },
  timeZone: string | undefined,
): string {
  return buildQueryString({
    filter: activityFilters(tokenId, range, timeZone),
    order: ORDER,
    limit: page.limit,
    offset: page.offset,
  });
}

// Rounded down to the hour, as the grid's "not used in N days" cutoff is (`lastAccessCutoff`), so the request and
// its cache entry stay the same when the tab is opened again within the hour. Written out rather than imported:
// sharing that helper with this lazily loaded page would cost the grid's first paint an export.
export function summaryCutoff(now: number): string {
  return new Date(Math.floor(now / HOUR) * HOUR - ACTIVITY_SUMMARY_DAYS * DAY).toISOString();
}

/** The summary's one request: the newest `ACTIVITY_SUMMARY_LIMIT` records of the last `ACTIVITY_SUMMARY_DAYS` days. */
export function buildActivitySummaryQuery(tokenId: string, now: number): string {
  return buildQueryString({
    filter: [rql.eq('actor.id', tokenId), rql.ge('timestamp', summaryCutoff(now))],
    order: ORDER,
    limit: ACTIVITY_SUMMARY_LIMIT,
    offset: 0,
  });
}

/** The newest record of all time: asked for only when the last days were quiet, for "last seen". */
export function buildLastSeenQuery(tokenId: string): string {
  return buildActivityQuery(tokenId, NO_RANGE, { limit: 1, offset: 0 }, undefined);
}

export interface ActivitySummary {
  /** Records in the window, as the server counted them. */
  total: number;
  /** Records the counts below come from (the newest ones). */
  counted: number;
  /** Distinct IP addresses and countries among the counted records. */
  ipAddresses: number;
  countries: number;
  /** Fewer records were counted than the window holds: the counts are lower bounds ("at least"). */
  partial: boolean;
  /** The newest record in the window, if any. */
  latest: AuditRecord | null;
}

/** Counts what the summary's page says. */
export function summarizeActivity(page: { records: readonly AuditRecord[]; total: number }): ActivitySummary {
  const ips = new Set<string>();
  const countries = new Set<string>();
  for (const record of page.records) {
    const api = record.request?.api;
    if (api?.ip) ips.add(api.ip);
    const country = api?.geolocation?.countryCode || api?.geolocation?.countryName;
    if (country) countries.add(country.toUpperCase());
  }
  const total = Math.max(page.total, page.records.length);
  return {
    total,
    counted: page.records.length,
    ipAddresses: ips.size,
    countries: countries.size,
    partial: total > page.records.length,
    latest: page.records[0] ?? null,
  };
}
