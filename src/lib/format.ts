// Dates and numbers always go through Intl with the configured locale (SPEC §8).

export interface DateParts {
  date: string;
  time: string;
  /** Full, unambiguous text for title/aria use. */
  full: string;
}

export function createFormatters(locale: string, timeZone?: string) {
  const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone });
  const timeFmt = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const fullFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone });
  const numberFmt = new Intl.NumberFormat(locale);
  const relativeFmt = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

  function dateParts(iso: string | null | undefined): DateParts | null {
    if (!iso) return null;
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return null;
    return { date: dateFmt.format(d), time: timeFmt.format(d), full: fullFmt.format(d) };
  }

  const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 24 * 3600],
    ['month', 30 * 24 * 3600],
    ['week', 7 * 24 * 3600],
    ['day', 24 * 3600],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ];

  function relative(iso: string | null | undefined, now: number = Date.now()): string | null {
    if (!iso) return null;
    const t = new Date(iso).getTime();
    if (Number.isNaN(t)) return null;
    const seconds = Math.round((t - now) / 1000);
    for (const [unit, size] of UNITS) {
      if (Math.abs(seconds) >= size || unit === 'second') {
        return relativeFmt.format(Math.round(seconds / size), unit);
      }
    }
    return null;
  }

  return {
    locale,
    dateParts,
    relative,
    number: (n: number) => numberFmt.format(n),
    dateTime: (iso: string | null | undefined) => dateParts(iso)?.full ?? null,
  };
}

export type Formatters = ReturnType<typeof createFormatters>;
