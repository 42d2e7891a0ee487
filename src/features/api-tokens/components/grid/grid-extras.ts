// The one chunk behind grid-deferred.ts: everything the grid loads after its first rows, fetched in one request.
import { preloadAllDeferred, whenIdle } from '../../../../lib/deferred';
import { whenUserActs } from '../../../../lib/when-user-acts';

export { RowActionsMenu } from './row-actions-menu';
export { ColumnsMenu, FilterPopover, SortMenu } from './toolbar-menus';
export { HygieneStrip } from '../hygiene/hygiene-strip';
export { SelectionBar } from './selection-bar';
export { ActiveFilters } from './active-filters';
export { CsvExport } from './export-progress';
export { EmptyAccount, NoMatch } from './grid-states';
export { LeakNotice } from './leak-notice';
export { followScroll } from './scroll-follow';

/**
 * Once the grid's own extras are in, the rest (confirmations, toasts, the token's page) loads at the first sign of
 * someone using the page, so an unwatched tab holds none of it. Here rather than in the page, so the first paint's
 * code stays smaller; a call rather than a statement of this module, which the build would drop (package.json
 * declares the modules free of side effects).
 */
export function loadTheRestOnFirstUse(): () => void {
  return whenUserActs(() => whenIdle(() => void preloadAllDeferred().catch(() => undefined)));
}
