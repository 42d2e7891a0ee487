import { useLayoutEffect, useRef } from 'react';
import { landIn, pageHeading } from './use-focus-landing';

const LANDING = '[data-focus-landing], [role="dialog"], [role="alertdialog"]';

/**
 * Radix dialogs hand focus back only to their own Trigger. Ours open from routes, menus and other dialogs, which
 * have none, so focus used to fall to <body> on close and a keyboard user lost their place. This remembers what
 * had focus when the dialog opened and returns focus there, if it is still on the page. A caller's own
 * onCloseAutoFocus runs first and wins by calling preventDefault(). A dialog that opened with focus on nothing (the
 * Add wizard opened from its address) hands it to the heading of the page under it, found from `portal`, the
 * element the dialog portals into.
 */
export function useReturnFocus(
  open: boolean,
  onCloseAutoFocus?: (event: Event) => void,
  portal?: HTMLElement | null,
) {
  const opener = useRef<{ element: HTMLElement; landing: HTMLElement | null } | null>(null);
  // A layout effect runs before Radix moves focus into the dialog (in its passive effects).
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    opener.current =
      active instanceof HTMLElement && active !== document.body
        ? // Where to go should the opener be gone by then (Rotate's "Disable old token" once it has): the dialog it
          // sits in, or the closest `focusLanding` around it.
          { element: active, landing: active.parentElement?.closest<HTMLElement>(LANDING) ?? null }
        : null;
  }, [open]);
  return (event: Event) => {
    onCloseAutoFocus?.(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const { element, landing } = opener.current ?? {};
    opener.current = null;
    if (element?.isConnected) element.focus();
    else if (landing?.isConnected) landIn(landing, landing);
    else if (!element) pageHeading(portal)?.focus({ preventScroll: true });
  };
}
