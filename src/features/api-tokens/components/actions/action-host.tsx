import { Suspense, useCallback, useEffect, useRef } from 'react';
import { resolvePath } from 'react-router';
import { ErrorBoundary } from '../../../../components/ui/error-boundary';
import { retryableLazy } from '../../../../lib/deferred';
import { useServices } from '../../../../lib/services';
import { actionMessages } from '../../messages/actions';
import { canApply } from '../../api/token-state';
import { BulkStateDialog } from './bulk-state-dialog';
import { EditUnavailableDialog } from './edit-unavailable-dialog';
import type { ActionRequest } from './token-actions-provider';
import { TokenStateDialog } from './token-state-dialog';
import { tokenLabel } from './token-label';
import { useFocusReturn } from './use-focus-return';

// The edit and Rotate dialogs (and their form code) load the first time someone edits or rotates, not with the
// confirmations.
const loadDialogs = () => import('./token-dialogs');
const EditTokenDialog = retryableLazy(() =>
  loadDialogs().then((module) => ({ default: module.EditTokenDialog })),
);
const RotateTokenDialog = retryableLazy(() =>
  loadDialogs().then((module) => ({ default: module.RotateTokenDialog })),
);

/**
 * What an action needs on screen: a confirmation, the edit or the Rotate dialog, or a note that there is nothing
 * to do.
 */
export function ActionHost({
  request,
  onClose,
  tokenTo,
  here,
}: {
  request: ActionRequest;
  onClose: () => void;
  /** Where a token's page is, relative to `here` (the provider's route). */
  tokenTo: (tokenId: string) => string;
  here: string;
}) {
  // The absolute path of a token's page (for a new token's secret shown after its dialog has gone).
  const detailsPath = useCallback(
    (tokenId: string) => resolvePath(tokenTo(tokenId), here).pathname,
    [tokenTo, here],
  );
  const { notify } = useServices();
  useFocusReturn(request.opener);
  const applicable =
    request.kind === 'edit' || request.kind === 'rotate'
      ? [request.token]
      : request.kind === 'state'
        ? [request.token].filter((token) => canApply(request.action, token))
        : request.tokens.filter((token) => token.id && canApply(request.action, token));

  // Disabling a disabled token (say, from a stale tab) is not an error, just nothing to confirm.
  const nothingToDo = applicable.length === 0;
  // Once per request, even when development mode runs effects twice.
  const told = useRef(false);
  useEffect(() => {
    if (!nothingToDo || told.current) return;
    told.current = true;
    if (request.kind === 'state') {
      notify(actionMessages.single.notApplicable[request.action](tokenLabel(request.token).name), {
        tone: 'info',
      });
    } else if (request.kind === 'bulk') {
      notify(actionMessages.bulk.nothingToDo[request.action], { tone: 'info' });
    }
    onClose();
  }, [nothingToDo, request, notify, onClose]);
  if (nothingToDo) return null;

  if (request.kind === 'state') {
    return <TokenStateDialog request={request} onClose={onClose} />;
  }
  if (request.kind === 'bulk') {
    return (
      <BulkStateDialog
        request={{
          action: request.action,
          tokens: applicable,
          selectedCount: request.tokens.length,
          onDone: request.onDone,
        }}
        onClose={onClose}
      />
    );
  }
  return (
    <ErrorBoundary
      fallback={({ error, reset }) => (
        <EditUnavailableDialog
          error={error}
          onRetry={reset}
          onClose={onClose}
          text={request.kind === 'rotate' ? actionMessages.rotate : undefined}
        />
      )}
    >
      <Suspense fallback={null}>
        {request.kind === 'rotate' ? (
          <RotateTokenDialog
            key={request.token.id}
            token={request.token}
            onClose={onClose}
            onOldDeleted={request.onDeleted}
            detailsPath={detailsPath}
          />
        ) : (
          <EditTokenDialog
            key={request.token.id}
            token={request.token}
            open
            onOpenChange={(next) => (next ? undefined : onClose())}
          />
        )}
      </Suspense>
    </ErrorBoundary>
  );
}
