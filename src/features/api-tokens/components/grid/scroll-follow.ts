// Where the grid was scrolled in each history entry, per mounted module (by its `mount`) and in memory only:
// nothing is kept once the module unmounts. With the grid's extras (grid-extras.ts): nothing here is needed before
// the first rows are drawn.

/** A scroll position: of the page, or of the host's box the module scrolls in (`box`). */
interface Place {
  y: number;
  box?: Element;
}

export interface FollowedScroll {
  /** Keeps where the grid was last scrolled for the history entry `key`. */
  keep(key: string): void;
  stop(): void;
}

const positions = new WeakMap<object, Map<string, Place>>();

/**
 * Puts the grid back where it was scrolled when the user left the entry they came Back to, then follows its
 * scrolling. The position is taken from scroll events, never read while the page is laid out anew: by the time
 * the next page is laid out, its shorter page has moved it. A portal may scroll the module in a box of its own,
 * so scrolls are caught on their way down to any element: the one that holds the grid is where it scrolls. A box
 * inside the grid (the sort buttons' strip) is not.
 */
export function followScroll(
  mount: object,
  arrival: { key: string; back: boolean },
  grid: Element | null,
): FollowedScroll {
  let kept = positions.get(mount);
  if (!kept) positions.set(mount, (kept = new Map()));
  const place = arrival.back ? kept.get(arrival.key) : undefined;
  // Where the grid already was when nothing is to be restored (a portal may arrive scrolled), read only now that
  // its rows are drawn: read at mount, between placeholder and rows, it laid the page out for nothing.
  let last: Place = place ?? { y: window.scrollY };
  if (place?.box) place.box.scrollTop = place.y;
  else if (place?.y) window.scrollTo(0, place.y);

  const onScroll = ({ target }: Event) => {
    if (target === document) last = { y: window.scrollY };
    else if (target instanceof Element && grid && target.contains(grid))
      last = { y: target.scrollTop, box: target };
  };
  window.addEventListener('scroll', onScroll, { capture: true, passive: true });
  return {
    keep: (key) => void kept.set(key, last),
    stop: () => window.removeEventListener('scroll', onScroll, { capture: true }),
  };
}
