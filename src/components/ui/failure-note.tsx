import type { ReactNode } from 'react';
import { retryCanHelp } from '../../lib/api-error';
import { commonMessages } from '../../messages/common';
import { AlertIcon } from './icons/alert';
import { useFocusLanding } from './use-focus-landing';
import styles from './failure-note.module.css';

/**
 * One detail that could not be read, said where the detail would be: the reason as a line of text with Retry at
 * its end. Quieter than an ErrorPanel, since the rest of the screen works; marked by its icon so it does not read
 * as a hint. Phrasing content, so it fits in a paragraph, a list's value or a field's note. Retry is offered
 * where a second try can help, as in an ErrorPanel, and where the caller offers one (`onRetry`): a detail on a page
 * whose own read failed leaves Retry to the page.
 */
export function FailureNote({
  children,
  error,
  onRetry,
}: {
  children: ReactNode;
  error: unknown;
  onRetry?: (() => void) | undefined;
}) {
  // Retry takes the note away while it reads again: focus goes to the detail's place, not to the page's top.
  const landingRef = useFocusLanding();
  return (
    <span ref={landingRef} className={styles.note}>
      <AlertIcon size={14} className={styles.icon} />
      <span>
        {children}
        {onRetry && retryCanHelp(error) ? (
          <>
            {' '}
            {/* A button that sits in the line like a link: a full-size button would make its line taller. */}
            <button type="button" className={styles.retry} onClick={onRetry}>
              {commonMessages.retry}
            </button>
          </>
        ) : null}
      </span>
    </span>
  );
}
