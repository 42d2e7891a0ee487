import { buildQueryString, rql, type RqlExpr, type RqlSortKey } from '../../../lib/rql';
import { sortColumn } from '../model/columns';
import type { GridSort, GridView, LastAccessFilter } from '../model/grid-view';

/**
 * Turns the grid's view into the RQL query string of a list request (docs/product-rules.md, 'The list').
 * Everything here is pure: the clock and the time zone come in as arguments, so the same view always yields the
 * same request.
 */

/** Lists omit these unless asked; the grid shows both, and sorting or filtering on `audit.*` needs it. */
export const LIST_SELECT = ['+audit', '+modules'] as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CREATOR_ID = /^(USR|TKN)-\d{4}(-\d{4})+$/i;

export interface ListQueryContext {
  /** Milliseconds since the epoch; the "not used in N days" cutoff is measured from here. */
  now: number;
  /** IANA zone the date-created range is meant in; the browser's when absent. */
  timeZone?: string | undefined;
}

/**
 * The moment before which a token counts as "not used in N days". Rounded down to the hour so that the query
 * (and with it the cache key) stays the same from one render to the next.
 */
export function lastAccessCutoff(days: number, now: number): string {
  return new Date(Math.floor(now / HOUR) * HOUR - days * DAY).toISOString();
}

export function lastAccessFilter(filter: LastAccessFilter, now: number): RqlExpr {
  const never = rql.eq('lastAccessAt', rql.null());
  if (filter.kind === 'never') return never;
  // `lt` never matches null: "idle" (used, but not in N days) leaves never-used tokens out, "stale" adds them.
  const before = rql.lt('lastAccessAt', lastAccessCutoff(filter.days, now));
  return filter.kind === 'stale' ? rql.or(never, before) : before;
}

function offsetMinutes(instant: number, timeZone: string | undefined): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * Midnight at the start of a calendar day (YYYY-MM-DD) in a time zone, as an ISO instant. Past the end of year
 * 9999 ISO has no plain form (`+010000-…`, which compares as no date at all): the last instant of 9999 stands in,
 * so a range ending on 9999-12-31 (the day after is its exclusive end) still ends after every token. A day before
 * 1970, when no token was made, stands for 1970-01-01. The year is set as written: `Date.UTC` would read the
 * years 0-99 as 1900-1999, and `to=0099-12-31` would take in the tokens of 1970-1999.
 */
export function startOfDayIso(day: string, timeZone: string | undefined, addDays = 0): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d + addDays);
  const naive = Math.max(date.getTime(), 0);
  // Two passes settle days on which the zone's offset changes (daylight saving).
  let instant = naive - offsetMinutes(naive, timeZone) * 60_000;
  instant = naive - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(Math.min(instant, 253402300799999)).toISOString();
}

/**
 * `name` holds `text`, case ignored. The contract asks that `"` typed into a search never reaches the query, so a
 * text holding one is looked for as the parts between its double quotes, each of which must be in the field: that
 * finds every token the whole text would (`Say "hi" bot` its namesake), and a few more at most.
 */
export const fieldContains = (name: string, text: string) =>
  // sanitizeSearch never leaves a text of quotes and spaces only, so there is a part (and `and` of one is that one).
  rql.and(
    ...text
      // Composed, as names are saved (normalizeName): a decomposed "é" typed or pasted finds a composed one.
      .normalize('NFC')
      .split('"')
      .filter((part) => part.trim())
      .map((part) => rql.ilike(name, rql.contains(part))),
  );

/** A token's ID matches exactly (a full token value's ID is searched so); other text is looked for in names and IDs. */
export function searchFilter(q: string): RqlExpr | undefined {
  if (!q) return undefined;
  if (/^TKN-\d{4}-\d{4}$/i.test(q)) return rql.eq('id', q.toUpperCase());
  return rql.or(fieldContains('name', q), fieldContains('id', q));
}

/** A creator's ID matches exactly; anything else is looked for in creators' names. */
export function createdByFilter(text: string): RqlExpr | undefined {
  if (!text) return undefined;
  if (CREATOR_ID.test(text)) return rql.eq('audit.created.by.id', text.toUpperCase());
  return fieldContains('audit.created.by.name', text);
}

/** The filter expressions of a view (ANDed by the server), shared by the grid, its CSV export and counts. */
export function buildListFilters(view: GridView, context: ListQueryContext): RqlExpr[] {
  const filters: (RqlExpr | undefined)[] = [
    view.status ? rql.eq('status', view.status) : undefined,
    searchFilter(view.q),
    view.moduleIds.length === 1
      ? rql.eq('modules.id', view.moduleIds[0] as string)
      : view.moduleIds.length > 1
        ? rql.in('modules.id', view.moduleIds)
        : undefined,
    createdByFilter(view.createdBy),
    view.createdFrom
      ? rql.ge('audit.created.at', startOfDayIso(view.createdFrom, context.timeZone))
      : undefined,
    view.createdTo
      ? rql.lt('audit.created.at', startOfDayIso(view.createdTo, context.timeZone, 1))
      : undefined,
    view.lastAccess ? lastAccessFilter(view.lastAccess, context.now) : undefined,
  ];
  return filters.filter((f): f is RqlExpr => f !== undefined);
}

/** The sort keys sent: the chosen column, then the ID so rows never swap places between pages. */
export function buildListOrder(sort: GridSort): RqlSortKey[] {
  return [
    { field: sortColumn(sort.field).sort.field, direction: sort.direction },
    { field: 'id', direction: 'asc' },
  ];
}

/** The query string for one page of the grid, e.g. `eq(status,"Disabled")&select=+audit,+modules&order=-audit.created.at,id&limit=10&offset=0`. */
export function buildListQuery(view: GridView, context: ListQueryContext): string {
  return buildQueryString({
    filter: buildListFilters(view, context),
    select: LIST_SELECT,
    order: buildListOrder(view.sort),
    limit: view.size,
    offset: (view.page - 1) * view.size,
  });
}
