import { useEffect, useRef, useState } from 'react';
import { landIn, pageHeading } from '../../../../components/ui/use-focus-landing';

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
      ? { target, key: target.dataset.focusKey, root: target.closest('[data-api-tokens-admin]') }
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
        const { target, key, root } = remembered;
        const redrawn = key
          ? [...document.querySelectorAll<HTMLElement>('[data-focus-key]')].find(
              (el) => el.dataset.focusKey === key,
            )
          : undefined;
        // Without scrolling: the table's region is taller than the window, and focusing it would bring its top
        // into view, moving the page away from where the user was working.
        const row = target.isConnected ? target : redrawn;
        if (row) {
          row.focus({ preventScroll: true });
          if (key) keepInGridWhenRowGoes(row);
        } else landInGrid(root);
      }, 0);
    };
  }, [remembered]);
}

/**
 * The list is read again after an action, and the row may leave the view with its menu button, which has focus
 * again by then: disabled under "Active", renamed out of a search, the last match deleted. Until focus moves on, a
 * button that goes hands focus to the table, or to the page's heading when no table is left ("No tokens match").
 */
function keepInGridWhenRowGoes(button: HTMLElement) {
  const root = button.closest('[data-api-tokens-admin]');
  if (!root) return;
  const observer = new MutationObserver(() => {
    if (button.isConnected) return;
    stop();
    const current = document.activeElement;
    if (!current || current === document.body) landInGrid(root);
  });
  const stop = () => {
    observer.disconnect();
    document.removeEventListener('focusin', stop);
  };
  observer.observe(root, { childList: true, subtree: true });
  // Focus that moves on (to anything, here or in the host) ends the watch; a button taken away moves it nowhere.
  document.addEventListener('focusin', stop);
}

/** The table, or the page's heading where there is no table ("No tokens match", a token's page). */
function landInGrid(root: Element | null) {
  landIn(root, pageHeading(root));
}
