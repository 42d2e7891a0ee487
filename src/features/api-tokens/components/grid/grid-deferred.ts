import type { ComponentProps, ComponentType } from 'react';
import { deferredOverlay } from '../../../../components/ui/deferred-overlay';
import { deferred, type Deferred } from '../../../../lib/deferred';
import type * as GridExtras from './grid-extras';

// What the grid does not need to draw its first rows, in one chunk of its own (grid-extras.ts): the menus and the
// filter popover (their primitives weigh more than the table itself), the hygiene counts, and the parts that only
// show in some states (selection, filter chips, a running export, empty results). It loads right after the first
// rows (`preloadGridExtras`); a click on a menu button that comes earlier still opens its menu once the code is in.

type Extras = typeof GridExtras;
const loadExtras = () => import('./grid-extras');
const extras: Deferred<never>[] = [];
function fromExtras<K extends Exclude<keyof Extras, 'loadTheRestOnFirstUse' | 'followScroll'>>(name: K) {
  type Props = ComponentProps<Extras[K]>;
  const part = deferred<Props>(() => loadExtras().then((module) => module[name] as ComponentType<Props>));
  extras.push(part as Deferred<never>);
  return part;
}

const rowActionsMenu = fromExtras('RowActionsMenu');
const sortMenu = fromExtras('SortMenu');
const filterPopover = fromExtras('FilterPopover');
const columnsMenu = fromExtras('ColumnsMenu');
const hygieneStrip = fromExtras('HygieneStrip');
const selectionBar = fromExtras('SelectionBar');
const activeFilters = fromExtras('ActiveFilters');
const csvExport = fromExtras('CsvExport');
const emptyAccount = fromExtras('EmptyAccount');
const noMatch = fromExtras('NoMatch');
const leakNotice = fromExtras('LeakNotice');

/**
 * Loads the chunk and readies every part of it, so none of them suspends when it first shows; from then on the first
 * use of the page loads the rest.
 */
export const preloadGridExtras = () =>
  Promise.all([
    loadExtras().then((module) => module.loadTheRestOnFirstUse()),
    ...extras.map((part) => part.preload()),
  ]);

/** Follows the grid's scrolling for Back (scroll-follow.ts); the chunk's download starts with the first rows. */
export const loadScrollFollow = () => loadExtras().then((module) => module.followScroll);

export const RowActionsMenu = deferredOverlay(rowActionsMenu, 'menu', { mountOnOpen: true });
export const SortMenu = deferredOverlay(sortMenu, 'menu');
export const FilterPopover = deferredOverlay(filterPopover, 'dialog');
export const ColumnsMenu = deferredOverlay(columnsMenu, 'menu');
/** Render inside a Suspense boundary (the placeholder keeps its place). */
export const HygieneStrip = hygieneStrip.Component;
// The rest render inside a Suspense boundary and only when they have something to say (rows selected, filters
// applied, an export running, an empty result, a full token value recognised in the search).
export const SelectionBar = selectionBar.Component;
export const ActiveFilters = activeFilters.Component;
export const CsvExport = csvExport.Component;
export const EmptyAccount = emptyAccount.Component;
export const NoMatch = noMatch.Component;
export const LeakNotice = leakNotice.Component;
