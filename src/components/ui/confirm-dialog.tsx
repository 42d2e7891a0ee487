import * as AlertDialog from '@radix-ui/react-alert-dialog';
import type { ReactNode } from 'react';
import { Button } from './button';
import { usePortalContainer } from './theme';
import { useReturnFocus } from './use-return-focus';
import styles from './dialog.module.css';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  /** The consequence, in plain words. */
  description: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  tone?: 'primary' | 'danger';
  busy?: boolean;
  /**
   * Given, Cancel and Escape stay available while busy and call this (e.g. to abort the request) instead of
   * closing; without it a busy dialog cannot be dismissed.
   */
  onCancelBusy?: (() => void) | undefined;
  onConfirm: () => void;
  /** False when there is nothing left to confirm (a retry that cannot help): only the cancel button stays. */
  canConfirm?: boolean;
}

/** A yes/no question; Radix's AlertDialog puts focus on the safe choice (Cancel) first. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  cancelLabel,
  tone = 'primary',
  busy = false,
  onCancelBusy,
  onConfirm,
  canConfirm = true,
}: ConfirmDialogProps) {
  const container = usePortalContainer();
  const returnFocus = useReturnFocus(open, undefined, container);
  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => (busy && !next ? onCancelBusy?.() : onOpenChange(next))}
    >
      <AlertDialog.Portal container={container}>
        <AlertDialog.Overlay className={styles.overlay} data-modal-overlay="" />
        <AlertDialog.Content className={styles.content} onCloseAutoFocus={returnFocus}>
          <div className={styles.header}>
            <AlertDialog.Title className={styles.title}>{title}</AlertDialog.Title>
            <AlertDialog.Description className={styles.description}>{description}</AlertDialog.Description>
          </div>
          {children ? <div className={styles.body}>{children}</div> : null}
          <div className={styles.footer}>
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={busy && !onCancelBusy}>
                {cancelLabel}
              </Button>
            </AlertDialog.Cancel>
            {canConfirm ? (
              <Button
                variant={tone === 'danger' ? 'danger' : 'primary'}
                busy={busy}
                onClick={(event) => {
                  // Keep the dialog open until the caller decides (it closes on success, shows errors otherwise).
                  event.preventDefault();
                  onConfirm();
                }}
              >
                {confirmLabel}
              </Button>
            ) : null}
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
