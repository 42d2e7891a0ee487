import * as RadixToast from '@radix-ui/react-toast';
import { useEffect, useId, useRef } from 'react';
import { notificationMessages } from '../../messages/notifications';
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
  // Where focus was before it came to the notifications (F8, or Tab from the page). A notification closed from the
  // keyboard (Undo, Dismiss) leaves focus on the list, now empty and nameless, and the next Tab at the page's top:
  // it goes back there instead.
  const viewport = useRef<HTMLOListElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const remember = (target: EventTarget | null) => {
      // Outside the notifications' region (its list, and the focus guards around it).
      const region = viewport.current?.parentElement;
      if (target instanceof HTMLElement && target !== document.body && !region?.contains(target))
        cameFrom.current = target;
    };
    // This loads with the first notification, after the control that sent it took focus.
    remember(document.activeElement);
    const onFocusIn = (event: FocusEvent) => remember(event.target);
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
  const baseId = useId();
  const titleId = (id: number) => `${baseId}-${id}`;
  const remove = (id: number) => {
    onRemove(id);
    window.setTimeout(() => {
      const from = cameFrom.current;
      if (document.activeElement === viewport.current && from?.isConnected) from.focus();
    }, 0);
  };
  return (
    <RadixToast.Provider swipeDirection="right" duration={6000} label={notificationMessages.one}>
      {toasts.map((toast) => (
        <RadixToast.Root
          key={toast.id}
          // Focused (F8, or Tab), a notification is read by its words, not as a bare list item.
          aria-labelledby={titleId(toast.id)}
          className={`${styles.toast} ${toneClass[toast.tone]}`}
          // Errors and warnings interrupt; confirmations wait their turn.
          type={toast.tone === 'error' || toast.tone === 'warning' ? 'foreground' : 'background'}
          // An Undo needs time to be reached, by keyboard too.
          duration={toast.tone === 'error' || toast.tone === 'warning' || toast.action ? 10000 : 6000}
          onOpenChange={(open) => (open ? undefined : remove(toast.id))}
        >
          <RadixToast.Title id={titleId(toast.id)} className={styles.title}>
            {toast.message}
          </RadixToast.Title>
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
      <RadixToast.Viewport ref={viewport} className={styles.viewport} label={notificationMessages.region} />
    </RadixToast.Provider>
  );
}
