import { Dialog, DialogBody } from '../../../../components/ui/dialog';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { actionMessages } from '../../messages/actions';

/** Shown in place of the edit dialog when its code or the token cannot be loaded, with a way to try again. */
export function EditUnavailableDialog({
  error,
  onRetry,
  onClose,
}: {
  error: unknown;
  onRetry: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog open title={actionMessages.edit.unavailableTitle} onOpenChange={onClose}>
      <DialogBody>
        <ErrorPanel error={error} title={actionMessages.edit.unavailable} onRetry={onRetry} />
      </DialogBody>
    </Dialog>
  );
}
