import { useFormatters } from '../../hooks/use-formatters';
import type { PageFailureState } from '../../hooks/use-shown-page';
import { commonMessages } from '../../messages/common';
import { FailureNote } from './failure-note';
import styles from './page-failure.module.css';
import { ReasonInSentence } from './reason-in-sentence';

/**
 * A page of a list that failed to load while the rows shown before it stay: said at the pager, announced, with
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
  const message = failure.again ? commonMessages.pageFailedAgain : commonMessages.pageFailed;
  return (
    <p className={styles.note} role="alert">
      <FailureNote error={failure.error} onRetry={onRetry}>
        {/* A new node for each failure, not for each render: the alert speaks what is added to it. Retry is not
            in it, so the button used keeps focus. */}
        <span key={failure.count}>
          <ReasonInSentence sentence={(reason) => message(number(page), reason)} error={failure.error} />
        </span>
      </FailureNote>
    </p>
  );
}
