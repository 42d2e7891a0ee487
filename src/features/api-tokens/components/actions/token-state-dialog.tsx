import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { useStillMounted } from '../../../../hooks/use-still-mounted';
import { describeError } from '../../../../lib/error-message';
import { writeOutcomeUnknown, writeRetryCanHelp } from '../../../../lib/write-outcome';
import { useServices } from '../../../../lib/services';
import { actionMessages } from '../../messages/actions';
import { apiTokenQueries } from '../../api/queries';
import { lastReadAt, showsDone, useReadAgain } from '../../api/read-again';
import { useTokenStateMutation } from '../../api/state-mutations';
import type { TokenStateAction } from '../../api/token-state';
import type { ApiToken } from '../../api/types';
import { holdPageHeight } from './hold-page-height';
import { tokenLabel } from './token-label';
import { withUnbrokenIds } from './unbroken-ids';
import styles from './actions.module.css';

export interface TokenStateRequest {
  action: TokenStateAction;
  token: ApiToken;
  onDeleted?: (() => void) | undefined;
}

const singleText = actionMessages.single;

/**
 * Confirms one enable, disable or delete. Stays open and busy while the server works; on success it closes
 * and says so, on failure the cache is rolled back and the error stays here, readable and copyable. While the
 * request runs, Cancel (or Escape) aborts it and closes; as with a timeout, nobody knows whether the server made
 * the change, so the user is told so and the token is read again (the mutation does that).
 */
export function TokenStateDialog({ request, onClose }: { request: TokenStateRequest; onClose: () => void }) {
  const { action, token, onDeleted } = request;
  const { name, id } = tokenLabel(token);
  const { notify, client } = useServices();
  const queryClient = useQueryClient();
  const mutation = useTokenStateMutation(action);
  const [error, setError] = useState<unknown>(null);
  // When the token was last read as the failure came: only a read finished after that can settle what happened.
  const [readBefore, setReadBefore] = useState<number | null>(null);
  // State updates land a render late; the ref blocks a second click or Enter in the same tick.
  const submitting = useRef(false);
  const inFlight = useRef<AbortController | null>(null);
  const mountedNow = useStillMounted();

  const confirm = async () => {
    if (submitting.current) return;
    submitting.current = true;
    setError(null);
    const abort = (inFlight.current = new AbortController());
    const release =
      action === 'delete' ? holdPageHeight(queryClient, apiTokenQueries.lists(client)) : undefined;
    try {
      await mutation.mutateAsync({ token, signal: abort.signal });
      release?.(true);
    } catch (failure) {
      release?.(false);
      submitting.current = false;
      if (abort.signal.aborted) return; // cancelled: the dialog is already closed and the user told
      // Left meanwhile (Back, the portal navigating): no dialog is left to say it, so the notification does.
      if (!mountedNow()) {
        const unknown = writeOutcomeUnknown(failure);
        notify(
          unknown
            ? singleText.unknownAfterLeaving(action, name)
            : singleText.failedAfterLeaving(action, name, describeError(failure)),
          { tone: unknown ? 'warning' : 'error' },
        );
        return;
      }
      setError(failure);
      setReadBefore(lastReadAt(queryClient, client, id));
      return;
    } finally {
      inFlight.current = null;
    }
    notify(singleText.success(action, name), { tone: 'success' });
    onClose();
    // If the user already left (browser back), do not pull them back to the grid.
    if (action === 'delete' && mountedNow()) onDeleted?.();
  };

  const cancelRunning = () => {
    inFlight.current?.abort();
    notify(singleText.cancelled(action, name), { tone: 'info' });
    onClose();
  };
  const unknownOutcome = writeOutcomeUnknown(error);
  // No answer, but the token read again (the mutation asks for it) may settle it: enabled, disabled, or gone. Then
  // the dialog says what happened and offers no Try again, which could only fail ("already disabled").
  const reread = useReadAgain(id, unknownOutcome ? readBefore : null);
  const tookEffect = unknownOutcome && showsDone(action, reread);
  // A refusal that would come again (no permission, the token gone) leaves nothing to try again: only Close.
  const canRetry = !tookEffect && (!error || writeRetryCanHelp(error));
  const close = () => {
    onClose();
    if (tookEffect && action === 'delete') onDeleted?.();
  };

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : close())}
      title={singleText.title[action]}
      description={withUnbrokenIds(singleText.description[action](name, id))}
      confirmLabel={error ? singleText.tryAgain : singleText.confirm[action]}
      cancelLabel={canRetry ? actionMessages.cancel : actionMessages.close}
      canConfirm={canRetry}
      tone={action === 'enable' ? 'primary' : 'danger'}
      busy={mutation.isPending}
      onCancelBusy={cancelRunning}
      onConfirm={confirm}
    >
      {/* There from the start, empty until then: a live region announces what changes in one already there, not
          reliably one added with its text. */}
      <p role="status" className={styles.dialogStatus}>
        {tookEffect ? singleText.tookEffect(action, name) : null}
      </p>
      {!tookEffect && error ? (
        <ErrorPanel
          error={error}
          title={unknownOutcome ? singleText.unknownOutcome(action, name) : singleText.failed(action, name)}
        />
      ) : null}
    </ConfirmDialog>
  );
}
