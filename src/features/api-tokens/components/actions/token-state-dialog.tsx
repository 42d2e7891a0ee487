import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { useServices } from '../../../../lib/services';
import { actionMessages } from '../../messages/actions';
import { useTokenStateMutation } from '../../api/state-mutations';
import type { TokenStateAction } from '../../api/token-state';
import type { ApiToken } from '../../api/types';
import { tokenLabel } from './token-label';

export interface TokenStateRequest {
  action: TokenStateAction;
  token: ApiToken;
  onDeleted?: (() => void) | undefined;
}

const singleText = actionMessages.single;

/**
 * Confirms one enable, disable or delete. Stays open and busy while the server works; on success it closes
 * and says so, on failure the cache is rolled back and the error stays here, readable and copyable.
 */
export function TokenStateDialog({ request, onClose }: { request: TokenStateRequest; onClose: () => void }) {
  const { action, token, onDeleted } = request;
  const { name, id } = tokenLabel(token);
  const { notify } = useServices();
  const mutation = useTokenStateMutation(action);
  const [error, setError] = useState<unknown>(null);
  // State updates land a render late; the ref blocks a second click or Enter in the same tick.
  const submitting = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const confirm = async () => {
    if (submitting.current) return;
    submitting.current = true;
    setError(null);
    try {
      await mutation.mutateAsync(token);
    } catch (failure) {
      submitting.current = false;
      setError(failure);
      return;
    }
    notify(singleText.success(action, name), { tone: 'success' });
    onClose();
    // If the user already left (browser back), do not pull them back to the grid.
    if (action === 'delete' && mounted.current) onDeleted?.();
  };

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={singleText.title[action]}
      description={singleText.description[action](name, id)}
      confirmLabel={error ? singleText.tryAgain : singleText.confirm[action]}
      cancelLabel={actionMessages.cancel}
      tone={action === 'enable' ? 'primary' : 'danger'}
      busy={mutation.isPending}
      onConfirm={confirm}
    >
      {error ? <ErrorPanel error={error} title={singleText.failed(action, name)} /> : null}
    </ConfirmDialog>
  );
}
