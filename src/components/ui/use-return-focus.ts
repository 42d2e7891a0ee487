import { useLayoutEffect, useRef } from 'react';

/**
 * Radix dialogs hand focus back only to their own Trigger. Ours open from routes, menus and other dialogs, which
 * have none, so focus used to fall to <body> on close and a keyboard user lost their place. This remembers what
 * had focus when the dialog opened and returns focus there, if it is still on the page. A caller's own
 * onCloseAutoFocus runs first and wins by calling preventDefault().
 */
export function useReturnFocus(open: boolean, onCloseAutoFocus?: (event: Event) => void) {
  const opener = useRef<HTMLElement | null>(null);
  // A layout effect runs before Radix moves focus into the dialog (in its passive effects).
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, [open]);
  return (event: Event) => {
    onCloseAutoFocus?.(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const target = opener.current;
    opener.current = null;
    if (target?.isConnected) target.focus();
  };
}
