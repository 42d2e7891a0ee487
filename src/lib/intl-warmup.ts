/**
 * The first date or number a page formats in a locale makes the browser load that locale's data: tens of
 * milliseconds the first rows would otherwise spend. Called while the page waits for the network (the module's
 * code and rows), it leaves the rows' own formatters (src/lib/format.ts) little to do. The standalone page does
 * the same from a script of its own (public/intl-warmup.js).
 */
export function warmIntl(locale: string, timeZone?: string): void {
  try {
    const now = new Date();
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(now);
    new Intl.NumberFormat(locale).format(1);
    new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-1, 'day');
  } catch {
    // A browser without one of these, or a time zone it does not know: the rows say so themselves.
  }
}
