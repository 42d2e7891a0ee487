import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link, useLocation } from 'react-router';
import { FailureNote } from '../../../../components/ui/failure-note';
import { ReasonInSentence } from '../../../../components/ui/reason-in-sentence';
import { useServices } from '../../../../lib/services';
import { detailMessages } from '../../messages/detail';
import { rotateMessages } from '../../messages/rotate';
import { apiTokenQueries } from '../../api/queries';
import { replacedByQuery } from '../../api/replaced-by';
import type { ApiToken } from '../../api/types';
import { DateTime, EntityRef, StatusBadge } from './detail-parts';
import { useRetryWithPage } from './retry-with-page';
import styles from './token-detail-page.module.css';

export function TokenSummary({ token, readFailed = false }: { token: ApiToken; readFailed?: boolean }) {
  const { apiBaseUrl } = useServices();
  const account = token.account;
  return (
    <section className={styles.card} aria-label={detailMessages.summaryLabel}>
      <dl className={styles.summaryList}>
        <div className={styles.summaryItem}>
          <dt className={styles.summaryTerm}>{detailMessages.account}</dt>
          <dd className={styles.summaryValue}>
            {account ? (
              <EntityRef
                name={account.name}
                id={account.id}
                icon={account.icon}
                baseUrl={apiBaseUrl}
                extra={<StatusBadge status={account.status} />}
              />
            ) : (
              <DateTime iso={null} />
            )}
          </dd>
        </div>
        <div className={styles.summaryItem}>
          <dt className={styles.summaryTerm}>{detailMessages.lastAccess}</dt>
          <dd className={styles.summaryValue}>
            <DateTime iso={token.lastAccessAt} emptyLabel={detailMessages.never} relative />
          </dd>
        </div>
        {token.id ? <ReplacedBy tokenId={token.id} readFailed={readFailed} /> : null}
      </dl>
    </section>
  );
}

/** "Replaced by TKN-…" when another token's description names this one (a rotation writes it there). */
function ReplacedBy({ tokenId, readFailed }: { tokenId: string; readFailed: boolean }) {
  const { client } = useServices();
  const location = useLocation();
  const query = useQuery({
    ...apiTokenQueries.list(client, replacedByQuery(tokenId)),
    // Another token's page must not show this token's answer while its own loads.
    placeholderData: undefined,
  });
  const replacements = (query.data?.data ?? []).filter((token) => token.id);
  const failed = query.isError && !query.isFetching && !query.data;
  const { refetch } = query;
  const retryRead = useCallback(() => void refetch(), [refetch]);
  const retry = useRetryWithPage(readFailed, failed ? retryRead : undefined);
  if (failed) {
    return (
      <div className={styles.summaryItem}>
        <dt className={styles.summaryTerm}>{rotateMessages.replacedBy}</dt>
        <dd className={styles.summaryValue}>
          <span className={styles.replacedByFailed}>
            <FailureNote error={query.error} onRetry={retry}>
              <ReasonInSentence sentence={rotateMessages.replacedByFailed} error={query.error} />
            </FailureNote>
          </span>
        </dd>
      </div>
    );
  }
  if (replacements.length === 0) return null;
  return (
    <div className={styles.summaryItem}>
      <dt className={styles.summaryTerm}>{rotateMessages.replacedBy}</dt>
      <dd className={`${styles.summaryValue} ${styles.replacements}`}>
        {replacements.map((token) => (
          <span key={token.id} className={styles.replacement}>
            {/* `..` climbs from this token's route to the module root, wherever the module is mounted. */}
            <Link
              to={`../${encodeURIComponent(token.id ?? '')}`}
              state={location.state}
              className={styles.replacementLink}
            >
              {token.id}
            </Link>
            {token.name ? <span className={styles.replacementName}>{token.name}</span> : null}
          </span>
        ))}
      </dd>
    </div>
  );
}
