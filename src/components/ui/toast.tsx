import { createContext, Suspense, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { deferred } from '../../lib/deferred';

export type ToastTone = 'success' | 'error' | 'info' | 'warning';
export interface ToastAction {
  label: string;
  onAction: () => void;
}
type ShowToast = (message: string, options?: { tone?: ToastTone; action?: ToastAction }) => void;

export interface ToastItem {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction | undefined;
}

const ToastContext = createContext<ShowToast | null>(null);

// The toast primitives are not needed to draw a page: they load with the grid's other deferred parts, or with the
// first notification, which waits in the queue below until they are in. The viewport is drawn from the first one on.
const ToastViewport = deferred(() =>
  import('./toast-viewport').then((module) => module.ToastViewport),
).Component;

export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast must be used inside ToastProvider.');
  return show;
}

/** The module's own notifications, used when the host does not pass a `notify` of its own. */
export function ToastProvider({ children, closeLabel }: { children: ReactNode; closeLabel: string }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);
  // Once drawn, the viewport stays, so focus on a closing toast has somewhere to go.
  const [drawn, setDrawn] = useState(false);
  if (toasts.length > 0 && !drawn) setDrawn(true);

  const show = useCallback<ShowToast>((message, options) => {
    const id = nextId.current++;
    setToasts((current) => [
      ...current.slice(-3),
      { id, message, tone: options?.tone ?? 'info', action: options?.action },
    ]);
  }, []);
  const remove = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);

  return (
    <ToastContext.Provider value={show}>
      {children}
      {drawn || toasts.length > 0 ? (
        <Suspense fallback={null}>
          <ToastViewport toasts={toasts} onRemove={remove} closeLabel={closeLabel} />
        </Suspense>
      ) : null}
    </ToastContext.Provider>
  );
}
