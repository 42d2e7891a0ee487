/** Locales (with their time zone) whose data is loaded: only the first format of one is slow. */
const warmed = new Set<string>();

/**
 * The first date or number a page formats in a locale makes the browser load that locale's data: tens of
 * milliseconds the first rows would otherwise spend. Done ahead of them (while the page waits for the network, or
 * earlier, when it has nothing to do), it leaves the rows' own formatters (src/lib/format.ts) little to do. Once
 * per locale and zone. The standalone page does the same from a script of its own (public/intl-warmup.js).
 */
export function warmIntl(locale: string, timeZone?: string): void {
  const key = `${locale} ${timeZone ?? ''}`;
  if (warmed.has(key)) return;
  warmed.add(key);
  try {
    const now = new Date();
    new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(now);
    new Intl.NumberFormat(locale).format(1);
    new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-1, 'day');
  } catch {
    // A browser without one of these, or a time zone it does not know: the rows say so themselves.
  }
}

/**
 * `warmIntl` once the browser has nothing else to do: for a host page that has the module's routes but has not
 * opened them. Otherwise the route change into the module loads the data (15–40 ms of the main thread on a page
 * that has formatted nothing yet) right while the module's code arrives and wants to run. A host that formats
 * dates itself has the data already, and this costs next to nothing.
 */
export function warmIntlWhenIdle(locale: string, timeZone?: string): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => warmIntl(locale, timeZone));
}
