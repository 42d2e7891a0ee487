import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { useServices } from '../../../../lib/services';
import { loadScrollFollow } from './grid-deferred';
import type { FollowedScroll } from './scroll-follow';

/**
 * Back (or Forward) to the grid puts it where it was scrolled: the page, or the host's box the module scrolls in.
 * The browser tries on its own, but the rows come after its attempt, on a page still too short, so the grid does
 * it once its rows are drawn (`ready`). Following the scroll comes with the grid's extras (`scroll-follow.ts`),
 * whose download starts then anyway; on Back they are in already.
 */
export function useScrollReturn(ready: boolean, grid: RefObject<Element | null>): void {
  const { mount } = useServices();
  const { key } = useLocation();
  const navigationType = useNavigationType();
  // The history entry this grid was drawn for, and how the user got there, as they were when it mounted.
  const [arrival] = useState(() => ({ key, back: navigationType === 'POP' }));
  // The entry shown now: paging or filtering adds entries while the grid stays.
  const current = useRef(key);
  useLayoutEffect(() => {
    current.current = key;
  });
  const followed = useRef<FollowedScroll>(undefined);
  // Kept on leaving, before the next page is laid out: its shorter page would move the scroll position.
  useLayoutEffect(() => () => followed.current?.keep(current.current), []);

  useEffect(() => {
    if (!ready || !mount) return;
    let stopped = false;
    void loadScrollFollow().then((followScroll) => {
      if (!stopped) followed.current = followScroll(mount, arrival, grid.current);
    });
    return () => {
      stopped = true;
      followed.current?.stop();
    };
  }, [ready, mount, arrival, grid]);
}
