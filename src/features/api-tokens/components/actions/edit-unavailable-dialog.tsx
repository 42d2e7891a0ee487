import { Dialog, DialogBody } from '../../../../components/ui/dialog';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { actionMessages } from '../../messages/actions';

/**
 * Shown in place of the edit (or Rotate) dialog when its code or the token cannot be loaded, with a way to try
 * again. `text` names the dialog that could not open; Edit's by default.
 */
export function EditUnavailableDialog({
  error,
  onRetry,
  onClose,
  text = actionMessages.edit,
}: {
  error: unknown;
  onRetry: () => void;
  onClose: () => void;
  text?: { unavailableTitle: string; unavailable: string } | undefined;
}) {
  return (
    <Dialog open title={text.unavailableTitle} onOpenChange={onClose}>
      <DialogBody>
        <ErrorPanel error={error} title={text.unavailable} onRetry={onRetry} />
      </DialogBody>
    </Dialog>
  );
}
