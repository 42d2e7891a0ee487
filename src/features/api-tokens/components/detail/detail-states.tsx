import { useCallback, useId } from 'react';
import { Link, type To } from 'react-router';
import { Skeleton } from '../../../../components/ui/skeleton';
import { useFocusOnArrival } from '../../../../hooks/use-focus-on-arrival';
import { ArrowLeftIcon } from '../../../../components/ui/icons/arrow-left';
import { InfoIcon } from '../../../../components/ui/icons/info';
import { detailMessages } from '../../messages/detail';
import { withUnbrokenIds } from '../actions/unbroken-ids';
import { BackToGrid } from './token-detail-header';
import styles from './token-detail-page.module.css';

/** Not found, deleted, no permission: a clear statement and the way back to the grid. */
export function DetailStateMessage({
  title,
  body,
  backTo,
  backLabel,
}: {
  title: string;
  body: string;
  backTo: To;
  backLabel: string;
}) {
  const titleId = useId();
  // Reached from another of the module's pages (Back or Forward into a token's), it starts at its heading. Not
  // while a dialog is open over the page, which then hides it from assistive technology: the page changed under
  // the dialog (a delete without an answer, found done), and the focus that fell out of it, its focused button
  // gone, is the dialog's, whose focus trap takes it back. The heading takes focus when the dialog closes
  // (actions/use-focus-return.ts).
  const arrive = useFocusOnArrival();
  const headingRef = useCallback(
    (heading: HTMLElement | null) => {
      if (!heading?.closest('[aria-hidden]')) arrive(heading);
    },
    [arrive],
  );
  return (
    <div className={styles.page}>
      <div className={styles.stateBar}>
        <BackToGrid />
      </div>
      <div className={styles.content}>
        <section className={`${styles.card} ${styles.stateCard}`} aria-labelledby={titleId}>
          <span className={styles.stateIcon}>
            <InfoIcon size={28} />
          </span>
          {/* Focusable by script: where focus goes when what the user was on went with the token (the header's
              More actions, once a refused action found the token gone), as on every page of the module. */}
          <h1 id={titleId} ref={headingRef} className={styles.stateTitle} tabIndex={-1}>
            {title}
          </h1>
          {/* An ID in the sentence stays on one line (docs/product-rules.md: IDs never break). */}
          <p className={styles.stateBody}>{withUnbrokenIds(body)}</p>
          <Link to={backTo} className={styles.stateLink}>
            <ArrowLeftIcon />
            {backLabel}
          </Link>
        </section>
      </div>
    </div>
  );
}

export function DetailSkeleton() {
  return (
    <div className={styles.page} role="status" aria-label={detailMessages.loading}>
      <div className={styles.header}>
        <div className={styles.identity}>
          <BackToGrid />
          <Skeleton width={40} height={40} />
          <div className={styles.titles}>
            <Skeleton width={160} height={12} />
            <Skeleton width={220} height={22} />
          </div>
        </div>
      </div>
      <div className={styles.content}>
        <div className={styles.card}>
          <Skeleton width="50%" height={44} />
        </div>
        <div className={styles.card}>
          <Skeleton width="30%" height={24} />
        </div>
        <div className={`${styles.card} ${styles.skeletonStack}`}>
          <Skeleton width="20%" />
          <Skeleton width="60%" />
          <Skeleton width="20%" />
          <Skeleton width="45%" />
        </div>
      </div>
    </div>
  );
}
