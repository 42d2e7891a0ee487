import { useCallback, useRef } from 'react';
import { useServices } from '../lib/services';

// The modules (by their `mount`, one per mounted module) that have drawn a page already: the first page a module
// draws is where the user arrived from outside, and keeps the browser's or the host's focus.
const drawn = new WeakSet<object>();

/**
 * For a page's heading (give it `tabIndex={-1}`): a page the user moved to inside the module takes focus on its
 * heading when the focus was left on nothing (the link they followed went with the page it was on), so a keyboard
 * or screen-reader user starts at the top of the new page instead of the document's. Focus that is somewhere (a
 * host's link, a dialog) is left alone. Once per page.
 */
export function useFocusOnArrival(): (element: HTMLElement | null) => void {
  const { mount } = useServices();
  const seen = useRef(false);
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element || !mount || seen.current) return;
      seen.current = true;
      const first = !drawn.has(mount);
      drawn.add(mount);
      if (first) return;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      element.focus({ preventScroll: true });
    },
    [mount],
  );
}
