// The one chunk behind grid-deferred.ts: everything the grid loads after its first rows, fetched in one request.
export { RowActionsMenu } from './row-actions-menu';
export { ColumnsMenu, FilterPopover, SortMenu } from './toolbar-menus';
export { HygieneStrip } from '../hygiene/hygiene-strip';
export { SelectionBar } from './selection-bar';
export { ActiveFilters } from './active-filters';
export { CsvExport } from './export-progress';
export { EmptyAccount, NoMatch } from './grid-states';
export { LeakNotice } from './leak-notice';
