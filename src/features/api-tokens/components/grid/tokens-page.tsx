import { usePrefetchQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RowSelectionState } from '@tanstack/react-table';
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useHref, useNavigate } from 'react-router';
import { buttonClassName } from '../../../../components/ui/button';
import { DeferredErrorPanel } from '../../../../components/ui/deferred-error-panel';
import { PlusIcon } from '../../../../components/ui/icons/plus';
import { PageFailure } from '../../../../components/ui/page-failure';
import { Pagination } from '../../../../components/ui/pagination';
import { SearchField } from '../../../../components/ui/search-field';
import { SegmentedControl } from '../../../../components/ui/segmented-control';
import { VisuallyHidden } from '../../../../components/ui/theme';
import { useFormatters } from '../../../../hooks/use-formatters';
import { useShownPage } from '../../../../hooks/use-shown-page';
import { SEARCH_MAX_LENGTH } from '../../../../lib/rql';
import { afterNextPaint, whenIdle } from '../../../../lib/deferred';
import { useServices } from '../../../../lib/services';
import { commonMessages } from '../../../../messages/common';
import { gridMessages } from '../../messages/grid';
import { buildListQuery } from '../../api/list-query';
import { apiTokenQueries, listFreshness } from '../../api/queries';
import type { ApiToken, ApiTokenStatus } from '../../api/types';
import {
  countPanelFilters,
  hasFilters,
  leakedTokenId as tokenIdIn,
  PAGE_SIZES,
  searchText,
  withoutFilters,
  type PageSize,
} from '../../model/grid-view';
import { HIDEABLE_COLUMNS } from '../../model/columns';
import { useColumnVisibility } from '../../hooks/use-column-visibility';
import { useGridView, useTokenValueRewrite } from '../../hooks/use-grid-view';
import { HygienePlaceholder } from '../hygiene/hygiene-placeholder';
import {
  ActiveFilters,
  EmptyAccount,
  CsvExport,
  HygieneStrip,
  LeakNotice,
  NoMatch,
  preloadGridExtras,
  SelectionBar,
} from './grid-deferred';
import type { DetailLocationState } from '../detail/grid-return';
import type { CsvExportRequest } from './export-progress';
import { DetailLinksContext, type DetailLinks } from './token-cells';
import { TokensTable } from './tokens-table';
import { TokensToolbar } from './tokens-toolbar';
import { useFocusOnArrival } from '../../../../hooks/use-focus-on-arrival';
import { useScrollReturn } from './use-scroll-return';
import styles from './tokens-page.module.css';

type StatusChoice = 'all' | ApiTokenStatus;

/** Made when drawn, so the labels are in the page's language. */
const statusOptions = (): { value: StatusChoice; label: string }[] => [
  { value: 'all', label: gridMessages.statusAll },
  { value: 'Active', label: gridMessages.statusActive },
  { value: 'Disabled', label: gridMessages.statusDisabled },
];

const EMPTY_TOKENS: ApiToken[] = [];
const SKELETON_ROWS = 5;
/**
 * How long the first load may take before skeleton rows stand in for the data. A quicker answer goes straight to
 * the rows: no flash of placeholders, and none of their drawing in the way of the rows.
 */
const SKELETON_DELAY_MS = 250;

/**
 * The module's index: every token of the account, paged, sorted and filtered by the server
 * (docs/product-rules.md, 'The list'). A link holding a full token value is rewritten first.
 */
export function TokensPage() {
  return useTokenValueRewrite() ? null : <TokensGrid />;
}

function TokensGrid() {
  const { client, timeZone, notify, title } = useServices();
  // A layout effect runs before every passive one: a dialog drawn over the grid in the same commit (the Add route,
  // opened by address) names the page after it, wherever the two sit in the tree.
  useLayoutEffect(() => {
    title?.(commonMessages.moduleTitle);
  }, [title]);
  const queryClient = useQueryClient();
  // Fixed for the life of the page, so "not used in N days" asks the same question on every render.
  const [now] = useState(() => Date.now());
  const listOptionsFor = (query: string) => ({
    ...apiTokenQueries.list(client, query),
    ...listFreshness(queryClient),
  });
  // A filter, search, sort or page change asks for its rows in the click's own task, before React draws anything
  // of it: the answer is on its way while the page renders the change.
  // The page shows the change once they are in, or after a moment (useGridView): until then only its controls do.
  const { view, shownView, setView, resetView, search, leakedTokenId, highlight } = useGridView((next) =>
    queryClient.prefetchQuery(listOptionsFor(buildListQuery(next, { now, timeZone }))),
  );

  const queryString = useMemo(() => buildListQuery(view, { now, timeZone }), [view, now, timeZone]);
  const listOptions = listOptionsFor(queryString);
  const detailLinks = useDetailLinks(search);
  // Starts the request while rendering rather than after the commit, where useQuery would: the first rows and
  // every filter or page change arrive a render sooner. It only fires for a view with nothing in the cache.
  usePrefetchQuery(listOptions);
  const list = useQuery(listOptions);
  // After the request is out: what follows costs time the network is taking anyway.
  const formatters = useFormatters();
  const { number } = formatters;
  const columns = useColumnVisibility(HIDEABLE_COLUMNS);

  // A page that fails to load keeps the rows of the page shown before it, with the failure at the pager; a failed
  // filter, search, sort or page size asked another question, and its failure takes the rows' place.
  const listKey = useMemo(
    () => buildListQuery({ ...view, page: 1 }, { now, timeZone }),
    [view, now, timeZone],
  );
  const shown = useShownPage(list, listKey, view.page);
  const tokens = shown.data?.data ?? EMPTY_TOKENS;
  const total = shown.data?.$meta?.pagination?.total ?? null;
  const pageCount = total === null ? 1 : Math.max(1, Math.ceil(total / view.size));
  const firstLoad = list.isPending;
  const loadingNext = list.isPlaceholderData;
  // A failed request being retried (docs/product-rules.md, 'Errors and retries') says so instead of skeletons.
  const stillTrying = list.isFetching && list.failureCount > 0;
  const filtered = hasFilters(view);

  const [slowFirstLoad, setSlowFirstLoad] = useState(false);
  useEffect(() => {
    if (!firstLoad) return;
    const timer = window.setTimeout(() => setSlowFirstLoad(true), SKELETON_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [firstLoad]);

  // The date and number formatters are made while the first request is out, not when its rows arrive.
  useEffect(() => (firstLoad ? whenIdle(formatters.warm) : undefined), [firstLoad, formatters]);

  // The moment the first rows are on screen (the table draws a screenful of them first). Until then the hygiene
  // counts wait: rendering a deferred part starts its download (and the bookkeeping for its chunk's dependencies) right
  // there, in the middle of drawing the rows.
  const [rowsPainted, setRowsPainted] = useState(false);
  useEffect(
    () => (firstLoad || rowsPainted ? undefined : afterNextPaint(() => setRowsPainted(true))),
    [firstLoad, rowsPainted],
  );
  const root = useRef<HTMLDivElement>(null);
  useScrollReturn(rowsPainted, root);

  // The grid's own menus and counts load once the first rows are drawn, so they never delay them; that chunk then
  // loads the rest once someone uses the page (grid-extras.ts).
  useEffect(() => {
    if (firstLoad) return;
    return whenIdle(() => {
      preloadGridExtras().catch(() => undefined);
    });
  }, [firstLoad]);

  // A page past the end (a stale link, or the last row of the last page deleted) moves to the last real page.
  const settled = list.isSuccess && !list.isPlaceholderData;
  useEffect(() => {
    if (settled && total !== null && view.page > pageCount) setView({ page: pageCount }, { replace: true });
  }, [settled, total, view.page, pageCount, setView]);

  // A selection belongs to the exact request it was made on: any change of filter, search, sort or page drops it,
  // so a bulk action never reaches rows the user can no longer see, unless the user chose "Select all N matching"
  // for this view. Dropped for good: coming back to that view (Previous, Back) does not bring it back unseen.
  const [selection, setSelection] = useState<{ query: string; rows: RowSelectionState; all?: boolean }>({
    query: '',
    rows: {},
  });
  // The rows it was made on: a failed page's held rows are the page before's, and its rows arriving drop it too.
  const selectionKey = `${queryString} ${shown.page}`;
  // Before anything is drawn: React renders again at once, with the selection gone.
  if (selection.query && selection.query !== selectionKey) setSelection({ query: '', rows: {} });
  const rowSelection = selection.rows;
  const selectedTokens = useMemo(
    () => tokens.filter((t) => t.id && rowSelection[t.id]),
    [tokens, rowSelection],
  );
  const clearSelection = useCallback(() => setSelection({ query: '', rows: {} }), []);

  // A running CSV export: only its request (the view and its clock) lives here; the export and its progress, which
  // turn it into filters and order, load with it.
  const [csvExport, setCsvExport] = useState<CsvExportRequest | null>(null);

  const [refreshing, setRefreshing] = useState(false);
  const refresh = async () => {
    setRefreshing(true);
    try {
      await queryClient.invalidateQueries({ queryKey: apiTokenQueries.all(client) });
    } finally {
      setRefreshing(false);
    }
  };

  const addTo = { pathname: 'new', search };
  const emptyAccount = settled && total === 0 && !filtered;
  const noMatch = settled && total === 0 && filtered;

  const loadError = list.isError ? (
    <DeferredErrorPanel
      error={list.error}
      title={gridMessages.states.loadError}
      onRetry={() => {
        void list.refetch();
        // The counts above the grid failed in the same outage, as a rule: Retry brings them back with the rows.
        void queryClient.refetchQueries({
          queryKey: apiTokenQueries.counts(client),
          predicate: (query) => query.state.status === 'error',
        });
      }}
      retrying={list.isFetching}
    />
  ) : null;
  // Without rows to keep, a failed load takes the table's place; with them, it shows above the rows.
  let message = null;
  if (loadError && !shown.data) {
    message = loadError;
  } else if (noMatch) {
    message = <NoMatch view={view} onChange={setView} />;
  } else if (stillTrying && firstLoad) {
    message = <p className={styles.trying}>{gridMessages.states.stillTrying}</p>;
  }

  const headingRef = useFocusOnArrival();
  // A page past the end (until it moves to the last one) counts as the last: never "9981–60 of 60".
  const from = total ? (Math.min(shown.page, pageCount) - 1) * view.size + 1 : 0;
  const to = total ? Math.min(shown.page * view.size, total) : 0;
  // Which rows are on screen: what the pager shows, and what a screen reader hears once rows are in (a new page
  // keeps the total, so the range is what changes). Without rows, their count.
  const rowsText =
    total === null
      ? ''
      : total
        ? gridMessages.pagination.range(number(from), number(to), number(total), total)
        : gridMessages.rows(0, number(0));

  return (
    <div ref={root} className={styles.root}>
      <div className={styles.page}>
        <header className={styles.header}>
          <h1 ref={headingRef} tabIndex={-1} className={styles.title}>
            {commonMessages.moduleTitle}
          </h1>
          <Link to={addTo} className={buttonClassName({ variant: 'primary' })}>
            <PlusIcon />
            {gridMessages.add}
          </Link>
        </header>

        {!rowsPainted ? (
          <HygienePlaceholder />
        ) : (
          <Suspense fallback={<HygienePlaceholder />}>
            <HygieneStrip view={shownView} now={now} accountEmpty={emptyAccount} />
          </Suspense>
        )}

        {/* A Retry that brought the rows back leaves focus on the table. */}
        <div className={styles.card} data-focus-landing="">
          {emptyAccount ? (
            <Suspense fallback={null}>
              <EmptyAccount addTo={addTo} />
            </Suspense>
          ) : (
            <>
              <TokensToolbar
                // The first of what an account emptied takes away (its Refresh, the search box, the table).
                ref={keepFocusOnPage}
                view={shownView}
                total={total}
                onSortChange={(sort) => setView({ sort })}
                onFiltersApply={(panel) => setView(panel)}
                onResetView={() => {
                  // Filters, search, sort and page go; rows per page and the columns stay (docs/product-rules.md,
                  // 'The list').
                  const undo = resetView();
                  if (undo)
                    notify(gridMessages.viewReset, { action: { label: gridMessages.undo, onAction: undo } });
                }}
                hiddenColumns={columns.hidden}
                onHiddenColumnsChange={columns.setHidden}
                onRefresh={() => void refresh()}
                refreshing={refreshing}
                // The view its controls show: a change whose rows are still on their way is the one asked for.
                onExport={() => setCsvExport({ view: shownView, now })}
                exporting={csvExport !== null}
                pageTokens={tokens}
              />

              <div className={styles.controls}>
                <SegmentedControl<StatusChoice>
                  label={gridMessages.statusLabel}
                  value={shownView.status ?? 'all'}
                  options={statusOptions()}
                  onValueChange={(value) => setView({ status: value === 'all' ? null : value })}
                />
                <SearchField
                  className={styles.search}
                  value={shownView.q}
                  label={gridMessages.searchLabel}
                  placeholder={gridMessages.searchPlaceholder}
                  clearLabel={gridMessages.clearSearch}
                  maxLength={SEARCH_MAX_LENGTH}
                  normalize={searchText}
                  instant={tokenIdIn}
                  onCommit={(text) => {
                    // A full token value: only its ID is searched, in the whole list, and the notice says so.
                    const id = tokenIdIn(text);
                    setView(id ? { ...withoutFilters(shownView), q: id } : { q: searchText(text) }, {
                      // A search begun adds one history entry, so Back returns to the view before it; what is
                      // typed after that changes the entry instead of piling up one per keystroke.
                      replace: !!shownView.q,
                      state: id ? { leakedTokenId: id } : undefined,
                    });
                  }}
                />
              </div>

              {leakedTokenId ? (
                <Suspense fallback={null}>
                  <LeakNotice tokenId={leakedTokenId} />
                </Suspense>
              ) : null}

              {countPanelFilters(shownView) > 0 ? (
                <Suspense fallback={null}>
                  <ActiveFilters view={shownView} onChange={setView} tokens={tokens} />
                </Suspense>
              ) : null}

              {csvExport ? (
                <Suspense fallback={null}>
                  <CsvExport request={csvExport} onDone={() => setCsvExport(null)} />
                </Suspense>
              ) : null}

              {list.data ? loadError : null}

              {selectedTokens.length > 0 ? (
                <Suspense fallback={null}>
                  <SelectionBar
                    selected={selectedTokens}
                    onClear={clearSelection}
                    total={total}
                    pageRows={tokens.length}
                    // Unchecking a row (a new selection without `all`) or any change of the query drops it; the bar
                    // only shows for a selection made on this query.
                    allMatching={!!selection.all}
                    onAllMatchingChange={(all) => setSelection({ ...selection, all })}
                    view={view}
                    now={now}
                  />
                </Suspense>
              ) : null}

              {message ? (
                <div className={styles.message}>
                  <Suspense fallback={null}>{message}</Suspense>
                </div>
              ) : (
                // Its own element, not the message's one updated in place: taken away whole, it can tell whether it
                // held focus.
                <div
                  key="rows"
                  className={styles.tableScroll}
                  role="region"
                  aria-label={gridMessages.table.regionLabel}
                  aria-busy={firstLoad || loadingNext || undefined}
                  tabIndex={0}
                  data-focus-landing-target=""
                  ref={keepFocusOnPage}
                >
                  {loadingNext ? <span className={styles.busyBar} aria-hidden="true" /> : null}
                  <DetailLinksContext.Provider value={detailLinks}>
                    <TokensTable
                      tokens={tokens}
                      sort={shownView.sort}
                      onSortChange={(sort) => setView({ sort })}
                      hiddenColumns={columns.hidden}
                      rowSelection={rowSelection}
                      onRowSelectionChange={(rows) => setSelection({ query: selectionKey, rows })}
                      pending={firstLoad}
                      skeletonRows={slowFirstLoad ? Math.min(view.size, SKELETON_ROWS) : 0}
                      busy={loadingNext}
                      highlightId={highlight}
                    />
                  </DetailLinksContext.Provider>
                </div>
              )}
              <VisuallyHidden>
                <span role="status">
                  {/* A new node for each view: a sort, or a filter with as many rows, says its rows again. */}
                  <span key={search}>
                    {stillTrying
                      ? gridMessages.states.stillTrying
                      : firstLoad
                        ? gridMessages.states.loading
                        : loadingNext
                          ? gridMessages.states.updating
                          : rowsText}
                  </span>
                </span>
              </VisuallyHidden>

              {/* Not drawn before the first answer: it would stand where the rows are about to appear. */}
              <footer className={styles.footer} hidden={message !== null || total === null}>
                {shown.held && shown.failure ? (
                  <PageFailure failure={shown.failure} page={view.page} onRetry={() => void list.refetch()} />
                ) : null}
                {total === null ? null : (
                  <Pagination
                    // While a page that failed holds the rows of the one before, the pager says that one, as its
                    // range does; moving on to the page that failed reads it again, as Retry does.
                    page={shown.held ? shown.page : Math.min(shownView.page, pageCount)}
                    pageCount={pageCount}
                    onPageChange={(page) => {
                      if (!setView({ page }) && shown.held) void list.refetch();
                    }}
                    pageSize={shownView.size}
                    pageSizeOptions={PAGE_SIZES}
                    onPageSizeChange={(size) => setView({ size: size as PageSize })}
                    summary={rowsText}
                    formatNumber={number}
                    labels={gridMessages.pagination}
                  />
                )}
              </footer>
            </>
          )}
        </div>
      </div>
    </div>
  );
}

/**
 * On the table's region and the toolbar. When one goes with focus in the grid's card (Back to a view without
 * matches, the account emptied by a Refresh) and that focus went too, the page's heading takes it, as after
 * deleting the only match, instead of the page's top. Focus still on something (the search box) is left there.
 */
function keepFocusOnPage(element: HTMLElement | null) {
  const card = element?.parentElement;
  return card
    ? () => {
        if (card.contains(document.activeElement))
          // After the commit, when what took the table's place (and its own focus handling) is on the page.
          setTimeout(() => {
            if (document.activeElement === document.body)
              card.parentElement?.querySelector('h1')?.focus({ preventScroll: true });
          });
      }
    : undefined;
}

/**
 * The rows' links to a token's page. They change only with the grid's own path: a new filter, sort or page leaves
 * them as they are, and the view they hand the detail page is read when one is followed.
 */
function useDetailLinks(search: string): DetailLinks {
  const navigate = useNavigate();
  const base = useHref('.').replace(/\/+$/, '');
  const latestSearch = useRef(search);
  useLayoutEffect(() => {
    latestSearch.current = search;
  }, [search]);
  return useMemo(
    () => ({
      href: (id) => `${base}/${encodeURIComponent(id)}`,
      // Relative, as the links are, so it works wherever the host mounts the module.
      open: (id) =>
        void navigate(encodeURIComponent(id), {
          state: { gridSearch: latestSearch.current } satisfies DetailLocationState,
        }),
    }),
    [base, navigate],
  );
}
