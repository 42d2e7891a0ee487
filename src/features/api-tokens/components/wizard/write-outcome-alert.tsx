import { ErrorPanel } from '../../../../components/ui/error-panel';
import { isApiError } from '../../../../lib/api-error';
import styles from './token-dialog.module.css';

/** Stands for "the user cancelled the request while it ran": said as a warning, not as the API's error. */
export const WRITE_STOPPED = Symbol('write stopped');

/**
 * Why the last save or create did not end as planned, above the step: the user's cancel (the write may have
 * happened all the same), no answer before the deadline (outcome unknown), or the API's refusal.
 */
export function WriteOutcomeAlert({
  error,
  stopped,
  unknownTitle,
  failedTitle,
}: {
  error: unknown;
  /** What is known after a cancel. */
  stopped: string;
  /** The title after a timeout: the write may or may not have happened. */
  unknownTitle: string;
  failedTitle: string;
}) {
  if (!error) return null;
  if (error === WRITE_STOPPED) {
    return (
      <p className={styles.warning} role="alert">
        {stopped}
      </p>
    );
  }
  const timedOut = isApiError(error) && error.kind === 'timeout';
  return <ErrorPanel error={error} title={timedOut ? unknownTitle : failedTitle} />;
}
