import { useQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { Button } from '../../../../components/ui/button';
import { Pagination } from '../../../../components/ui/pagination';
import { useFocusLanding } from '../../../../components/ui/use-focus-landing';
import { TextField } from '../../../../components/ui/text-field';
import { useFormatters } from '../../../../hooks/use-formatters';
import { typographicQuotes } from '../../../../lib/quotes';
import { useServices } from '../../../../lib/services';
import { commonMessages } from '../../../../messages/common';
import { detailMessages } from '../../messages/detail';
import {
  ACTIVITY_PAGE_SIZES,
  DEFAULT_ACTIVITY_PAGE_SIZE,
  buildActivityQuery,
  type ActivityRange,
} from '../../api/activity-query';
import { apiTokenQueries } from '../../api/queries';
import { withUnbrokenIds } from '../actions/unbroken-ids';
import type { AuditRecord } from '../../api/types';
import { ActivitySummary, placeOf, useCountryName, type CountryName } from './activity-summary';
import { DateTime, labelFor, TabCard } from './detail-parts';
import { PageFailure } from '../../../../components/ui/page-failure';
import { recordsState } from './records-state';
import { useShownPage } from '../../../../hooks/use-shown-page';
import styles from './activity-tab.module.css';

const text = detailMessages.activity;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day from the URL, or null when it is missing or no real date (2026-02-30). */
function readDay(value: string | null): string | null {
  if (!value || !DAY_PATTERN.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

interface ActivityView {
  page: number;
  size: number;
  range: ActivityRange;
}

/** `?from=2026-10-01&to=2026-10-31&page=2&size=25`; anything unreadable falls back to its default. */
function readView(params: URLSearchParams): ActivityView {
  const sizeParam = Number(params.get('size'));
  const size = (ACTIVITY_PAGE_SIZES as readonly number[]).includes(sizeParam)
    ? sizeParam
    : DEFAULT_ACTIVITY_PAGE_SIZE;
  const pageParam = Number(params.get('page'));
  const page = Number.isSafeInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  const from = readDay(params.get('from'));
  const to = readDay(params.get('to'));
  // A link with the ends swapped still means the days between them.
  const range = from && to && from > to ? { from: to, to: from } : { from, to };
  return { page, size, range };
}

/**
 * The token's activity (`<token>/activity`): the audit records whose actor is the token, newest first, with
 * where each request came from; a summary of the last days above. Page, page size and date range live in the URL.
 */
export function ActivityTab({
  tokenId,
  lastAccessAt,
}: {
  tokenId: string;
  /** The token's own last access: with no record on file, it tells "never used" from "not recorded". */
  lastAccessAt: string | null;
}) {
  const { client, timeZone } = useServices();
  const { number } = useFormatters();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readView(searchParams);
  const { page, size, range } = view;
  const pagerLanding = useFocusLanding();
  const countryName = useCountryName();
  const ranged = range.from !== null || range.to !== null;

  const query = useQuery(
    apiTokenQueries.audit(
      client,
      tokenId,
      buildActivityQuery(tokenId, range, { limit: size, offset: (page - 1) * size }, timeZone),
    ),
  );
  const shown = useShownPage(query, `${tokenId} ${size} ${range.from ?? ''} ${range.to ?? ''}`, page);
  const records = shown.data?.data ?? [];
  const total = shown.data?.$meta?.pagination?.total ?? records.length;
  const pageCount = Math.max(1, Math.ceil(total / size));

  const setView = (next: ActivityView, replace = false) => {
    const params = new URLSearchParams(searchParams);
    const put = (key: string, value: string | null) =>
      value === null ? params.delete(key) : params.set(key, value);
    put('from', next.range.from);
    put('to', next.range.to);
    put('page', next.page > 1 ? String(next.page) : null);
    put('size', next.size !== DEFAULT_ACTIVITY_PAGE_SIZE ? String(next.size) : null);
    // Keep the grid's view in history state, so Back to the grid still restores it.
    setSearchParams(params, { replace, state: location.state });
  };

  // A shared link to a page that no longer exists lands on the last one instead of on nothing.
  const beyondEnd = query.isSuccess && !query.isPlaceholderData && total > 0 && page > pageCount;
  const neverUsed =
    lastAccessAt === null && !ranged && query.isSuccess && !query.isPlaceholderData && total === 0;
  useEffect(() => {
    if (beyondEnd) setView({ ...view, page: pageCount }, true);
  });

  let body = recordsState(
    query,
    records.length,
    // A token never used: the summary above says so, the list only what it will hold.
    { failed: text.failed, empty: neverUsed ? text.emptyNeverUsed : ranged ? text.emptyInRange : text.empty },
    ['20%', '55%'],
  );
  if (!body) {
    const from = (shown.page - 1) * size + 1;
    const to = Math.min(total, from + records.length - 1);
    body = (
      <>
        <table
          className={styles.table}
          aria-label={text.tableLabel}
          aria-busy={query.isPlaceholderData || (query.isError && query.isFetching) || undefined}
        >
          <thead>
            <tr>
              <th scope="col" className={styles.colTime}>
                {text.columns.time}
              </th>
              <th scope="col" className={styles.colEvent}>
                {text.columns.event}
              </th>
              <th scope="col" className={styles.colObject}>
                {text.columns.object}
              </th>
              <th scope="col" className={styles.colIp}>
                {text.columns.ip}
              </th>
              <th scope="col" className={styles.colLocation}>
                {text.columns.location}
              </th>
              <th scope="col" className={styles.colAgent}>
                {text.columns.userAgent}
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => (
              <ActivityRow key={record.id} record={record} countryName={countryName} />
            ))}
          </tbody>
        </table>
        {shown.failure ? (
          <PageFailure failure={shown.failure} page={page} onRetry={() => void query.refetch()} />
        ) : null}
        {/* The pager stays when a next page fails (its rows too); should it go with the table (another range or
            page size that failed), so would the control just used: focus then lands on the card. */}
        <div className={styles.pagination} ref={pagerLanding}>
          <Pagination
            // The page whose rows are shown, as the range beside it: while a page that failed holds the rows of the
            // one before, the box says that one, and moving on to the page that failed reads it again, as Retry does.
            page={shown.page}
            pageCount={pageCount}
            onPageChange={(next) => (next === page ? void query.refetch() : setView({ ...view, page: next }))}
            pageSize={size}
            pageSizeOptions={ACTIVITY_PAGE_SIZES}
            onPageSizeChange={(next) => setView({ ...view, page: 1, size: next })}
            summary={text.records(number(from), number(to), number(total), total)}
            labels={text.pagination}
            formatNumber={number}
          />
        </div>
      </>
    );
  }

  return (
    <TabCard heading={text.heading} intro={text.intro} landing>
      <ActivitySummary tokenId={tokenId} lastAccessAt={lastAccessAt} />
      {/* Nothing to narrow down: a token never used, with no requests on file, gets no date range. */}
      {neverUsed ? null : (
        <RangeForm range={range} onApply={(next) => setView({ ...view, page: 1, range: next })} />
      )}
      {body}
    </TabCard>
  );
}

/** From and To, applied together (a date typed digit by digit would otherwise send a request per digit). */
function RangeForm({ range, onApply }: { range: ActivityRange; onApply: (range: ActivityRange) => void }) {
  const [draft, setDraft] = useState(range);
  const [shown, setShown] = useState(range);
  const [invalid, setInvalid] = useState(false);
  const fromRef = useRef<HTMLInputElement>(null);
  // Back and forward change the range under the form: show what the URL says.
  if (shown.from !== range.from || shown.to !== range.to) {
    setShown(range);
    setDraft(range);
    setInvalid(false);
  }
  const active = range.from !== null || range.to !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setInvalid(true);
      // As the forms do: focus goes to the field at fault, whose description now says why.
      fromRef.current?.focus();
      return;
    }
    setInvalid(false);
    onApply(draft);
  };

  return (
    <form className={styles.range} onSubmit={submit} noValidate>
      <fieldset className={styles.rangeFields}>
        <legend className={styles.legend}>{text.range.legend}</legend>
        <div className={styles.rangeRow}>
          <TextField
            ref={fromRef}
            label={text.range.from}
            type="date"
            value={draft.from ?? ''}
            max={draft.to ?? undefined}
            onChange={(event) => setDraft((d) => ({ ...d, from: event.target.value || null }))}
            error={invalid ? text.range.invalid : undefined}
          />
          <TextField
            label={text.range.to}
            type="date"
            value={draft.to ?? ''}
            min={draft.from ?? undefined}
            onChange={(event) => setDraft((d) => ({ ...d, to: event.target.value || null }))}
          />
          <div className={styles.rangeActions}>
            <Button type="submit" variant="secondary">
              {text.range.apply}
            </Button>
            {active ? (
              <Button
                variant="ghost"
                onClick={() => {
                  // Clear goes once the range is cleared: focus would fall to the page's top. The range starts here.
                  fromRef.current?.focus();
                  onApply({ from: null, to: null });
                }}
              >
                {text.range.clear}
              </Button>
            ) : null}
          </div>
        </div>
      </fieldset>
    </form>
  );
}

/**
 * `platform.commerce.order.created` may wrap after any dot, rather than inside a word; an IP address after a dot or
 * colon, rather than inside a number ("198.51.100.21" / "0").
 */
function breakAfter(text: string, separators: RegExp) {
  // `separators` has one capturing group, so each separator stays in the text, with a chance to wrap after it.
  return text.split(separators).map((piece, i) =>
    i % 2 === 1 ? (
      <Fragment key={i}>
        {piece}
        <wbr />
      </Fragment>
    ) : (
      piece
    ),
  );
}

function ActivityRow({ record, countryName }: { record: AuditRecord; countryName: CountryName }) {
  const api = record.request?.api;
  const object = record.object;
  const place = placeOf(record, countryName);
  const label = (name: string) => (
    <span className={styles.cellLabel} aria-hidden="true">
      {name}
    </span>
  );
  return (
    <tr>
      <td className={styles.colTime}>
        {label(text.columns.time)}
        <DateTime iso={record.timestamp} relative />
      </td>
      <td className={styles.colEvent}>
        {label(text.columns.event)}
        <span className={styles.stack}>
          <span className={styles.primary}>
            {withUnbrokenIds(typographicQuotes(record.summary || record.event || commonMessages.none))}
          </span>
          {record.event && record.summary ? (
            <span className={styles.code}>{breakAfter(record.event, /(\.)/)}</span>
          ) : null}
        </span>
      </td>
      <td className={styles.colObject}>
        {label(text.columns.object)}
        {object ? (
          <span className={styles.stack}>
            <span className={styles.primary}>{object.name || object.id || commonMessages.none}</span>
            {object.id && object.name ? <span className={styles.secondary}>{object.id}</span> : null}
            {object.objectType ? (
              <span className={styles.secondary}>{labelFor(text.objectTypes, object.objectType)}</span>
            ) : null}
          </span>
        ) : (
          commonMessages.none
        )}
      </td>
      <td className={styles.colIp}>
        {label(text.columns.ip)}
        <span className={styles.ip}>{api?.ip ? breakAfter(api.ip, /([.:])/) : commonMessages.none}</span>
      </td>
      <td className={styles.colLocation}>
        {label(text.columns.location)}
        <span>{place ?? commonMessages.none}</span>
      </td>
      <td className={styles.colAgent}>
        {label(text.columns.userAgent)}
        <span className={styles.agent}>{api?.userAgent || commonMessages.none}</span>
      </td>
    </tr>
  );
}
