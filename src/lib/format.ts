// Dates and numbers always go through Intl with the configured locale (docs/product-rules.md, 'Screens and
// labels').

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Gregorian averages, so twelve months make a year and no span reads as "12 months ago". */
const DAYS_PER_YEAR = 365.2425;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

export interface DateParts {
  date: string;
  time: string;
  /** Full, unambiguous text for title/aria use. */
  full: string;
}

/** Made on first use: the first Intl formatter of a kind costs milliseconds (locale data), and a page that
 * shows no date yet should not wait for them. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * Results kept by input: a page's rows are drawn again and again (a selection, a new answer for the same page)
 * with the same dates, and each Intl call costs tens of microseconds, times a few per row. Bounded, since a long
 * session pages through many rows.
 */
function remembered<K, V>(compute: (key: K) => V): (key: K) => V {
  const results = new Map<K, V>();
  return (key) => {
    if (!results.has(key)) {
      if (results.size > 999) results.clear();
      results.set(key, compute(key));
    }
    return results.get(key)!;
  };
}

export function createFormatters(locale: string, timeZone?: string) {
  const dateFmt = once(
    () => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone }),
  );
  const timeFmt = once(
    () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }),
  );
  const fullFmt = once(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }),
  );
  const numberFmt = once(() => new Intl.NumberFormat(locale));

  const partsOf = remembered((iso: string): DateParts | null => {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return null;
    return { date: dateFmt().format(d), time: timeFmt().format(d), full: fullFmt().format(d) };
  });
  function dateParts(iso: string | null | undefined): DateParts | null {
    return iso ? partsOf(iso) : null;
  }

  // "yesterday" and "3 days ago" must agree with the date shown beside them, so days are counted on the
  // calendar of the configured time zone, not in 24-hour blocks. `numeric: 'auto'` is used only for words that
  // are true in that sense ("now", "yesterday", "vorgestern"); "last week" or "last year" would claim a calendar
  // week or year, so longer spans are counted ("1 week ago").
  const dayFmt = once(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const spanFmt = once(() => new Intl.RelativeTimeFormat(locale, { numeric: 'always' }));
  const calendarFmt = once(
    () => new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone }),
  );

  // Kept by the minute: a day starts on a whole minute in every time zone in use, and every cell asks for
  // today's number (`now`) again.
  const dayOfMinute = remembered((minute: number): number => {
    const parts = calendarFmt().formatToParts(minute * MINUTE);
    const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    return Math.round(Date.UTC(get('year'), get('month') - 1, get('day')) / DAY);
  });
  /** Days since 1970-01-01 of the calendar date `ms` falls on in the configured time zone. */
  const dayNumber = (ms: number): number => dayOfMinute(Math.floor(ms / MINUTE));

  /**
   * "3 days ago", "in 2 hours", "now": how far `iso` is from `now`, truncated (never rounded up, so nothing
   * is made to look older than it is, and no "24 hours ago" or "12 months ago" at a unit's edge).
   */
  function relative(iso: string | null | undefined, now: number = Date.now()): string | null {
    if (!iso) return null;
    const t = new Date(iso).getTime();
    if (Number.isNaN(t)) return null;
    const elapsed = t - now;
    const abs = Math.abs(elapsed);
    // Under a minute a count of seconds is stale before it is read.
    if (abs < MINUTE) return dayFmt().format(0, 'second');
    if (abs < HOUR) return spanFmt().format(Math.trunc(elapsed / MINUTE), 'minute');
    if (abs < DAY) return spanFmt().format(Math.trunc(elapsed / HOUR), 'hour');
    const days = dayNumber(t) - dayNumber(now);
    const absDays = Math.abs(days);
    if (absDays < 7) return dayFmt().format(days, 'day');
    if (absDays < DAYS_PER_MONTH) return spanFmt().format(Math.trunc(days / 7), 'week');
    if (absDays < DAYS_PER_YEAR) return spanFmt().format(Math.trunc(days / DAYS_PER_MONTH), 'month');
    return spanFmt().format(Math.trunc(days / DAYS_PER_YEAR), 'year');
  }

  return {
    locale,
    dateParts,
    relative,
    number: (n: number) => numberFmt().format(n),
    dateTime: (iso: string | null | undefined) => dateParts(iso)?.full ?? null,
    /** Makes every formatter now, e.g. while the page waits for the network, so the first rows need not. */
    warm: () => {
      for (const make of [dateFmt, timeFmt, fullFmt, numberFmt, dayFmt, spanFmt, calendarFmt]) make();
    },
  };
}

export type Formatters = ReturnType<typeof createFormatters>;
