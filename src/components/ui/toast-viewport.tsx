import * as RadixToast from '@radix-ui/react-toast';
import { CloseIcon } from './icons/close';
import type { ToastItem } from './toast';
import styles from './toast.module.css';

// Spelt out rather than looked up by name, so a build can put each class's string where it is used.
const toneClass: Record<ToastItem['tone'], string | undefined> = {
  info: '',
  success: styles.success,
  warning: styles.warning,
  error: styles.error,
};

/** Draws the queued notifications; loaded after the first paint, or with the first notification (see toast.tsx). */
export function ToastViewport({
  toasts,
  onRemove,
  closeLabel,
}: {
  toasts: readonly ToastItem[];
  onRemove: (id: number) => void;
  closeLabel: string;
}) {
  return (
    <RadixToast.Provider swipeDirection="right" duration={6000}>
      {toasts.map((toast) => (
        <RadixToast.Root
          key={toast.id}
          className={`${styles.toast} ${toneClass[toast.tone]}`}
          // Errors and warnings interrupt; confirmations wait their turn.
          type={toast.tone === 'error' || toast.tone === 'warning' ? 'foreground' : 'background'}
          // An Undo needs time to be reached, by keyboard too.
          duration={toast.tone === 'error' || toast.tone === 'warning' || toast.action ? 10000 : 6000}
          onOpenChange={(open) => (open ? undefined : onRemove(toast.id))}
        >
          <RadixToast.Title className={styles.title}>{toast.message}</RadixToast.Title>
          {toast.action ? (
            <RadixToast.Action className={styles.action} altText={toast.action.label} asChild>
              <button type="button" onClick={toast.action.onAction}>
                {toast.action.label}
              </button>
            </RadixToast.Action>
          ) : null}
          <RadixToast.Close className={styles.close} aria-label={closeLabel}>
            <CloseIcon size={14} />
          </RadixToast.Close>
        </RadixToast.Root>
      ))}
      {/* Rendered inside the module's themed root, so toasts keep its look inside any host page. */}
      <RadixToast.Viewport className={styles.viewport} />
    </RadixToast.Provider>
  );
}
