import { ErrorPanel } from '../../../../components/ui/error-panel';
import { writeOutcomeUnknown } from '../../../../lib/write-outcome';
import styles from './token-dialog.module.css';

/** Stands for "the user cancelled the request while it ran": said as a warning, not as the API's error. */
export const WRITE_STOPPED = Symbol('write stopped');

/**
 * Why the last save or create did not end as planned, above the step: the user's cancel (the write may have
 * happened all the same), no answer from the API (outcome unknown: `writeOutcomeUnknown`), or the API's refusal.
 */
export function WriteOutcomeAlert({
  error,
  stopped,
  unknownTitle,
  unknownNote,
  failedTitle,
}: {
  error: unknown;
  /** What is known after a cancel. */
  stopped: string;
  /** The title when no answer came: the write may or may not have happened. */
  unknownTitle: string;
  /** What to do about a write that may have happened, under the reason. */
  unknownNote: string;
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
  if (writeOutcomeUnknown(error)) {
    return (
      <ErrorPanel error={error} title={unknownTitle}>
        <p>{unknownNote}</p>
      </ErrorPanel>
    );
  }
  return <ErrorPanel error={error} title={failedTitle} />;
}
