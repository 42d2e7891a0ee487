import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { Skeleton } from '../../../../components/ui/skeleton';
import { detailMessages } from '../../messages/detail';
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
