// The first date or number a page formats makes the browser load its locale data, which takes tens of
// milliseconds, and the grid's first rows format both. This script has no imports, so it runs while the app's own
// code is still downloading (time the page would otherwise spend waiting) and the rows find that work done.
try {
  const now = new Date();
  new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(now);
  new Intl.NumberFormat().format(1);
  new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-1, 'day');
} catch {
  // An old browser without one of these: nothing to prepare, and nothing lost.
}
