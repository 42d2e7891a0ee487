import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { usePortalContainer } from './theme';
import { useReturnFocus } from './use-return-focus';
import styles from './dialog.module.css';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  size?: 'md' | 'lg';
  children: ReactNode;
  /** Lets a dialog with unsaved input ask before Escape or an outside click closes it. */
  onEscapeKeyDown?: (event: KeyboardEvent) => void;
  onInteractOutside?: (event: Event) => void;
  /** Where focus goes when the dialog opens (e.g. the safe choice in a confirmation). */
  onOpenAutoFocus?: (event: Event) => void;
  /** Where focus goes when the dialog closes; by default back to what had focus when it opened. */
  onCloseAutoFocus?: (event: Event) => void;
  'aria-describedby'?: string | undefined;
}

/** Focus trap, Escape, scroll lock and ARIA come from Radix; this only adds the look. */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  size = 'md',
  children,
  onCloseAutoFocus,
  onEscapeKeyDown,
  ...contentProps
}: DialogProps) {
  const container = usePortalContainer();
  const returnFocus = useReturnFocus(open, onCloseAutoFocus, container);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal container={container}>
        <RadixDialog.Overlay className={styles.overlay} data-modal-overlay="" />
        <RadixDialog.Content
          className={[styles.content, size === 'lg' && styles.lg].filter(Boolean).join(' ')}
          {...(description ? {} : { 'aria-describedby': undefined })}
          {...contentProps}
          onCloseAutoFocus={returnFocus}
          onEscapeKeyDown={(event) => {
            // Escape in a search box with text in it clears the text (the box does), as everywhere else; the dialog
            // stays. Radix hears the key first, before the box.
            const target = event.target;
            if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') {
              event.preventDefault();
              return;
            }
            onEscapeKeyDown?.(event);
          }}
        >
          <div className={styles.header}>
            <RadixDialog.Title className={styles.title}>{title}</RadixDialog.Title>
            {description ? (
              <RadixDialog.Description className={styles.description}>{description}</RadixDialog.Description>
            ) : null}
          </div>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

export function DialogBody({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={[styles.body, className].filter(Boolean).join(' ')}>{children}</div>;
}

export function DialogFooter({ children, start }: { children: ReactNode; start?: ReactNode }) {
  return (
    <div className={styles.footer}>
      {start ? <div className={styles.footerStart}>{start}</div> : null}
      {children}
    </div>
  );
}
