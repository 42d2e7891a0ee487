import { useEffect, useRef, useState } from 'react';

/**
 * Where focus should go back to when the dialog an action opened closes. Actions usually start from a menu
 * item, which is gone by then: use the button that opened the menu (Radix labels the menu by its trigger).
 * The item may already be off the page, but it still sits inside its menu, so the menu can be found.
 */
function focusReturnTarget(opener: Element | null): HTMLElement | null {
  if (!(opener instanceof HTMLElement) || opener === opener.ownerDocument.body) return null;
  const menu = opener.closest('[role="menu"]');
  if (!menu) return opener;
  const triggerId = menu.getAttribute('aria-labelledby');
  const trigger = triggerId ? opener.ownerDocument.getElementById(triggerId) : null;
  return trigger instanceof HTMLElement ? trigger : null;
}

/**
 * Dialogs opened from a menu have nothing to return focus to (the item is gone), and the edit dialog swaps its
 * loading view for the form. When the action's host goes away, this puts focus back on what the user started
 * from, unless something else has taken it on purpose (e.g. the page after a delete). It runs after Radix's own
 * restore, which is queued first. Lives with the host, not the provider, so it loads with the dialogs.
 */
export function useFocusReturn(opener: Element | null) {
  const [remembered] = useState(() => {
    const target = focusReturnTarget(opener);
    // A deleted row takes its menu button with it, and a bulk action done takes the selection's bar with its
    // buttons: then the focusable region around the table keeps focus in the grid instead of dropping it to
    // <body>. A row drawn again (a refused delete puts it back) has a new button, found by the key the old one
    // carried.
    return target
      ? {
          target,
          key: target.dataset.focusKey,
          fallback:
            target.closest<HTMLElement>('[role="region"][tabindex]') ??
            target
              .closest('[data-api-tokens-admin]')
              ?.querySelector<HTMLElement>('[role="region"][tabindex]'),
        }
      : null;
  });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    // Mounted again (development mode runs effects twice): the host is still here, nothing to restore yet.
    window.clearTimeout(timer.current);
    return () => {
      if (!remembered) return;
      timer.current = window.setTimeout(() => {
        const current = document.activeElement;
        if (current && current !== document.body) return;
        const { target, key, fallback } = remembered;
        const redrawn = key
          ? [...document.querySelectorAll<HTMLElement>('[data-focus-key]')].find(
              (el) => el.dataset.focusKey === key,
            )
          : undefined;
        // Without scrolling: the table's region is taller than the window, and focusing it would bring its top
        // into view, moving the page away from where the user was working.
        if (target.isConnected) target.focus({ preventScroll: true });
        else if (redrawn) redrawn.focus({ preventScroll: true });
        else if (fallback?.isConnected) fallback.focus({ preventScroll: true });
      }, 0);
    };
  }, [remembered]);
}
