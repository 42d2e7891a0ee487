import { ConfirmDialog } from '../../../../components/ui/confirm-dialog';
import { wizardMessages as m } from '../../../../messages/wizard';

/** Asked before a dialog with unsaved input closes; the safe choice (keep editing) has focus first. */
export function DiscardChangesDialog({
  open,
  onOpenChange,
  onDiscard,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDiscard: () => void;
}) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={m.discard.title}
      description={m.discard.description}
      confirmLabel={m.discard.confirm}
      cancelLabel={m.discard.cancel}
      tone="danger"
      onConfirm={() => {
        onOpenChange(false);
        onDiscard();
      }}
    />
  );
}
