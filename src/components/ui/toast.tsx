import * as RadixToast from '@radix-ui/react-toast';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { CloseIcon } from './icons';
import styles from './toast.module.css';

export type ToastTone = 'success' | 'error' | 'info';
type ShowToast = (message: string, options?: { tone?: ToastTone }) => void;

interface ToastItem {
  id: number;
  message: string;
  tone: ToastTone;
}

const ToastContext = createContext<ShowToast | null>(null);

export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast must be used inside ToastProvider.');
  return show;
}

/** The module's own notifications, used when the host does not pass a `notify` of its own. */
export function ToastProvider({ children, closeLabel }: { children: ReactNode; closeLabel: string }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const show = useCallback<ShowToast>((message, options) => {
    const id = nextId.current++;
    setToasts((current) => [...current.slice(-3), { id, message, tone: options?.tone ?? 'info' }]);
  }, []);
  const remove = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);
  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      <RadixToast.Provider swipeDirection="right" duration={6000}>
        {children}
        {toasts.map((toast) => (
          <RadixToast.Root
            key={toast.id}
            className={`${styles.toast} ${toast.tone === 'info' ? '' : styles[toast.tone]}`}
            // Errors interrupt; confirmations wait their turn.
            type={toast.tone === 'error' ? 'foreground' : 'background'}
            duration={toast.tone === 'error' ? 10000 : 6000}
            onOpenChange={(open) => (open ? undefined : remove(toast.id))}
          >
            <RadixToast.Title className={styles.title}>{toast.message}</RadixToast.Title>
            <RadixToast.Close className={styles.close} aria-label={closeLabel}>
              <CloseIcon size={14} />
            </RadixToast.Close>
          </RadixToast.Root>
        ))}
        {/* Rendered inside the module's themed root, so toasts keep its look inside any host page. */}
        <RadixToast.Viewport className={styles.viewport} />
      </RadixToast.Provider>
    </ToastContext.Provider>
  );
}
