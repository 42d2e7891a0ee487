import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { Badge } from '../../../../components/ui/badge';
import { JsonView } from '../../../../components/ui/json-view';
import { Pagination } from '../../../../components/ui/pagination';
import { useFocusLanding } from '../../../../components/ui/use-focus-landing';
import { useFormatters } from '../../../../hooks/use-formatters';
import { typographicQuotes } from '../../../../lib/quotes';
import { useServices } from '../../../../lib/services';
import { detailMessages } from '../../messages/detail';
import { AUDIT_PAGE_SIZES, DEFAULT_AUDIT_PAGE_SIZE, buildAuditQuery } from '../../api/audit-query';
import { apiTokenQueries } from '../../api/queries';
import { withUnbrokenIds } from '../actions/unbroken-ids';
import type { AuditRecord } from '../../api/types';
import { DateTime, EntityRef, labelFor, TabCard } from './detail-parts';
import { PageFailure } from '../../../../components/ui/page-failure';
import { recordsState } from './records-state';
import { useShownPage } from '../../../../hooks/use-shown-page';
import styles from './audit-trail-tab.module.css';

const auditText = detailMessages.audit;

function readPaging(params: URLSearchParams) {
  const sizeParam = Number(params.get('size'));
  const size = (AUDIT_PAGE_SIZES as readonly number[]).includes(sizeParam)
    ? sizeParam
    : DEFAULT_AUDIT_PAGE_SIZE;
  const pageParam = Number(params.get('page'));
  const page = Number.isSafeInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  return { page, size };
}

/** `platform.accounts.api-token.disabled` → "Disabled"; unknown events keep their last word. */
function eventLabel(event: string | undefined): string | null {
  if (!event) return null;
  const last = event.split('.').pop() ?? event;
  return labelFor(auditText.events, last);
}

function actorKind(id: string | undefined): string | null {
  if (id?.startsWith('USR-')) return auditText.actorUser;
  if (id?.startsWith('TKN-')) return auditText.actorToken;
  return null;
}

/** The token's audit records from /public/v1/audit/records, newest first; page and page size live in the URL. */
export function AuditTrailTab({ tokenId }: { tokenId: string }) {
  const { client } = useServices();
  const { number } = useFormatters();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { page, size } = readPaging(searchParams);
  const pagerLanding = useFocusLanding();

  const query = useQuery(
    apiTokenQueries.audit(
      client,
      tokenId,
      buildAuditQuery(tokenId, { limit: size, offset: (page - 1) * size }),
    ),
  );
  const shown = useShownPage(query, `${tokenId} ${size}`, page);
  const records = shown.data?.data ?? [];
  const total = shown.data?.$meta?.pagination?.total ?? records.length;
  const pageCount = Math.max(1, Math.ceil(total / size));

  const setPaging = (next: { page: number; size: number }, replace = false) => {
    const params = new URLSearchParams(searchParams);
    if (next.page > 1) params.set('page', String(next.page));
    else params.delete('page');
    if (next.size !== DEFAULT_AUDIT_PAGE_SIZE) params.set('size', String(next.size));
    else params.delete('size');
    // Keep the grid's view in history state, so Back to the grid still restores it.
    setSearchParams(params, { replace, state: location.state });
  };

  // A shared link to page 9 of a trail that has since shrunk lands on its last page instead of on nothing.
  const beyondEnd = query.isSuccess && !query.isPlaceholderData && total > 0 && page > pageCount;
  useEffect(() => {
    if (beyondEnd) setPaging({ page: pageCount, size }, true);
  });

  let body = recordsState(query, records.length, { failed: auditText.failed, empty: auditText.empty }, [
    '30%',
    '70%',
  ]);
  if (!body) {
    const from = (shown.page - 1) * size + 1;
    const to = Math.min(total, from + records.length - 1);
    body = (
      <>
        <ol
          className={styles.list}
          aria-busy={query.isPlaceholderData || (query.isError && query.isFetching) || undefined}
          aria-label={auditText.heading}
        >
          {records.map((record) => (
            <AuditRecordItem key={record.id} record={record} />
          ))}
        </ol>
        {shown.failure ? (
          <PageFailure failure={shown.failure} page={page} onRetry={() => void query.refetch()} />
        ) : null}
        {/* The pager stays when a next page fails (its rows too); should it go with the list (another page size
            that failed), so would the control just used: focus then lands on the card. */}
        <div className={styles.pagination} ref={pagerLanding}>
          <Pagination
            // The page whose rows are shown, as the range beside it: while a page that failed holds the rows of the
            // one before, the box says that one, and moving on to the page that failed reads it again, as Retry does.
            page={shown.page}
            pageCount={pageCount}
            onPageChange={(next) => (next === page ? void query.refetch() : setPaging({ page: next, size }))}
            pageSize={size}
            pageSizeOptions={AUDIT_PAGE_SIZES}
            onPageSizeChange={(next) => setPaging({ page: 1, size: next })}
            summary={auditText.range(number(from), number(to), number(total), total)}
            labels={auditText.pagination}
            formatNumber={number}
          />
        </div>
      </>
    );
  }

  return (
    <TabCard heading={auditText.heading} landing>
      {body}
    </TabCard>
  );
}

function AuditRecordItem({ record }: { record: AuditRecord }) {
  const { apiBaseUrl } = useServices();
  const label = eventLabel(record.event);
  const actor = record.actor;
  const kind = actorKind(actor?.id);
  return (
    <li className={styles.record}>
      <div className={styles.recordHead}>
        {label ? (
          <Badge tone={label === auditText.events.deleted ? 'danger' : 'neutral'}>{label}</Badge>
        ) : null}
        <p className={styles.summary}>
          {withUnbrokenIds(typographicQuotes(record.summary ?? record.event ?? ''))}
        </p>
      </div>
      <div className={styles.meta}>
        <DateTime iso={record.timestamp} />
        {actor ? (
          <span className={styles.actor}>
            <span className={styles.by}>{auditText.by}</span>
            <EntityRef
              name={actor.name}
              id={actor.id}
              icon={actor.icon}
              baseUrl={apiBaseUrl}
              extra={kind ? <span className={styles.kind}>{kind}</span> : null}
            />
          </span>
        ) : null}
        {record.id ? <span className={styles.recordId}>{record.id}</span> : null}
      </div>
      {record.details ? <p className={styles.details}>{typographicQuotes(record.details)}</p> : null}
      <JsonView
        value={record}
        showLabel={auditText.showJson}
        hideLabel={auditText.hideJson}
        label={auditText.jsonLabel(record.id ?? '')}
        subject={record.id}
      />
    </li>
  );
}
