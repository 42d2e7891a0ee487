import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { FailureNote } from '../../../../components/ui/failure-note';
import { Skeleton } from '../../../../components/ui/skeleton';
import { useFormatters } from '../../../../hooks/use-formatters';
import { describeError } from '../../../../lib/error-message';
import { detailMessages } from '../../messages/detail';
import type { PageFailureState } from './shown-page';
import styles from './records-state.module.css';

/**
 * What a paged list of records on the detail page (audit trail, activity) shows before it has records to show:
 * a skeleton while loading, the failure with Retry, or `empty`. Null once there are records, even when a later
 * page failed (`useShownPage` keeps the rows shown before it): the tab draws them, with `PageFailure` beside them.
 */
export function recordsState(
  query: UseQueryResult<unknown>,
  recordCount: number,
  text: { failed: string; empty: string },
  skeletonWidths: readonly [string, string],
): ReactNode | null {
  if (query.isPending) {
    return (
      <div className={styles.skeleton} role="status" aria-label={detailMessages.loading}>
        {[0, 1, 2].map((i) => (
          <div key={i} className={styles.skeletonRow}>
            <Skeleton width={skeletonWidths[0]} />
            <Skeleton width={skeletonWidths[1]} />
          </div>
        ))}
      </div>
    );
  }
  if (recordCount > 0) return null;
  if (query.isError) {
    return (
      <ErrorPanel
        error={query.error}
        title={text.failed}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <p className={styles.empty}>{text.empty}</p>;
}

/**
 * A page of records that failed to load while the rows shown before it stay: said at the pager, announced, with
 * Retry, which reads that page again. The pager stays too, describing the rows shown; Back leads away from the
 * failed page. The note stays while the page is read again (`useShownPage`), so Retry keeps focus, and a failure
 * after that says so ("Still could not load page 2."), announced as well: each failure once.
 */
export function PageFailure({
  failure,
  page,
  onRetry,
}: {
  failure: PageFailureState;
  page: number;
  onRetry: () => void;
}) {
  const { number } = useFormatters();
  const message = failure.again ? detailMessages.pageFailedAgain : detailMessages.pageFailed;
  return (
    <p className={styles.pageFailed} role="alert">
      <FailureNote error={failure.error} onRetry={onRetry}>
        {/* A new node for each failure, not for each render: the alert speaks what is added to it. Retry is not
            in it, so the button used keeps focus. */}
        <span key={failure.count}>{message(number(page), describeError(failure.error))}</span>
      </FailureNote>
    </p>
  );
}
