import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { useServices } from '../../../lib/services';

// Where each grid entry of the history was scrolled when the user left it, per mounted module (by its `mount`) and
// in memory only: nothing is kept once the module unmounts.
const positions = new WeakMap<object, Map<string, number>>();

/**
 * Back (or Forward) to the grid puts the page where it was scrolled. The browser tries on its own, but the rows
 * come after its attempt, on a page still too short, so the grid does it once its rows are drawn (`ready`).
 */
export function useScrollReturn(ready: boolean): void {
  const { mount } = useServices();
  const { key } = useLocation();
  const navigationType = useNavigationType();
  // The history entry this grid was drawn for, and how the user got there, as they were when it mounted.
  const [arrival] = useState(() => ({ key, back: navigationType === 'POP' }));
  const lastY = useRef(0);
  // The entry shown now: paging or filtering adds entries while the grid stays.
  const current = useRef(key);
  useLayoutEffect(() => {
    current.current = key;
  });

  useEffect(() => {
    const onScroll = () => {
      lastY.current = window.scrollY;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);

  // On leaving, from the last scroll the user made: by the time the next page is laid out, the shorter page has
  // moved the scroll position already.
  useLayoutEffect(() => {
    if (!mount) return;
    return () => {
      const saved = positions.get(mount) ?? new Map<string, number>();
      saved.set(current.current, lastY.current);
      positions.set(mount, saved);
    };
  }, [mount]);

  const restored = useRef(false);
  useEffect(() => {
    if (!ready || restored.current || !mount) return;
    restored.current = true;
    const y = arrival.back ? positions.get(mount)?.get(arrival.key) : undefined;
    if (y) window.scrollTo(0, y);
    // Where the page already was (a portal may arrive scrolled), read only now: reading the position makes the
    // browser lay the page out there and then, which at mount, between the placeholder and the rows, cost the
    // portal's route change about 20 ms.
    else lastY.current = window.scrollY;
  }, [ready, mount, arrival]);
}
