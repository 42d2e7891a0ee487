import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { Button, buttonClassName } from '../../../../components/ui/button';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { KeyIcon } from '../../../../components/ui/icons/key';
import { isApiError } from '../../../../lib/api-error';
import { useServices } from '../../../../lib/services';
import { leakMessages } from '../../messages/leak';
import { apiTokenQueries } from '../../api/queries';
import { useTokenActions } from '../actions/token-actions-context';
import { withUnbrokenIds } from '../actions/unbroken-ids';
import styles from './leak-notice.module.css';

/**
 * Above the grid when a full token value was typed, pasted or linked (docs/product-rules.md, 'A leaked token'):
 * only its ID was kept and searched. The token is looked up on its own, so what the notice offers holds whatever
 * else the grid's view filters: Disable now, Rotate…, Open and its activity, or plainly that no such token exists.
 */
export function LeakNotice({ tokenId }: { tokenId: string }) {
  const { client } = useServices();
  const actions = useTokenActions();
  const gridSearch = useLocation().search;
  const titleId = useId();
  const query = useQuery(apiTokenQueries.detail(client, tokenId));
  const token = query.data;
  const path = encodeURIComponent(tokenId);
  const notFound = isApiError(query.error) && query.error.status === 404;

  return (
    <section className={styles.notice} aria-labelledby={titleId}>
      <span className={styles.icon} aria-hidden="true">
        <KeyIcon size={20} />
      </span>
      <div className={styles.main}>
        <h2 id={titleId} className={styles.title}>
          {leakMessages.title}
        </h2>
        <p className={styles.text}>{withUnbrokenIds(leakMessages.body(tokenId))}</p>
        {token ? (
          <>
            <p className={styles.text}>
              {withUnbrokenIds(
                leakMessages.token(
                  token.name ?? '',
                  tokenId,
                  leakMessages.status[token.status ?? ''] ?? token.status ?? '',
                ),
              )}
            </p>
            <div className={styles.actions}>
              {token.status === 'Active' ? (
                <Button variant="danger" size="sm" onClick={() => actions.disable(token)}>
                  {leakMessages.disableNow}
                </Button>
              ) : null}
              <Button variant="secondary" size="sm" onClick={() => actions.rotate(token)}>
                {leakMessages.rotate}
              </Button>
              <Link
                to={path}
                state={{ gridSearch }}
                className={buttonClassName({ variant: 'secondary', size: 'sm' })}
                aria-label={leakMessages.openLabel(tokenId)}
              >
                {leakMessages.open}
              </Link>
              <Link
                to={`${path}/activity`}
                state={{ gridSearch }}
                className={buttonClassName({ variant: 'ghost', size: 'sm' })}
                aria-label={leakMessages.activityLabel(tokenId)}
              >
                {leakMessages.activity}
              </Link>
            </div>
          </>
        ) : notFound ? (
          <p className={styles.text} role="status">
            {leakMessages.notFound(tokenId)}
          </p>
        ) : query.isError ? (
          <ErrorPanel
            error={query.error}
            title={leakMessages.loadFailed}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : (
          <p className={styles.text} role="status">
            {leakMessages.loading}
          </p>
        )}
      </div>
    </section>
  );
}
