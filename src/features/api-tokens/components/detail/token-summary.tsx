import { useServices } from '../../../../lib/services';
import { detailMessages } from '../../messages/detail';
import type { ApiToken } from '../../api/types';
import { DateTime, EntityRef, StatusBadge } from './detail-parts';
import styles from './token-detail-page.module.css';

export function TokenSummary({ token }: { token: ApiToken }) {
  const { apiBaseUrl } = useServices();
  const account = token.account;
  return (
    <section className={`${styles.card} ${styles.summary}`} aria-label={detailMessages.summaryLabel}>
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
      </dl>
    </section>
  );
}
