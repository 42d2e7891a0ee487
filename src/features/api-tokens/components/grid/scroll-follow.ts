// How the grid scrolls once its rows are drawn: where it was scrolled in each history entry, for Back, and the
// phone's strip of sort buttons following the keyboard. With the grid's extras (grid-extras.ts): nothing here is
// needed before the first rows are drawn.

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

// Per mounted module (by its `mount`) and in memory only: nothing is kept once the module unmounts.
const positions = new WeakMap<object, Map<string, Place>>();

/**
 * A sort button focused in the phone's sideways strip is brought wholly into sight, clear of the select-all box (the
 * strip's scroll padding), and the strip moves no further than that: the browser itself leaves a button that shows
 * in part where it is.
 */
function bringSortButtonIntoSight({ target }: Event) {
  if (target instanceof Element && target.matches('thead button'))
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Puts the grid back where it was scrolled when the user left the entry they came Back to, then follows its
 * scrolling. The position is taken from scroll events, never read while the page is laid out anew: by the time
 * the next page is laid out, its shorter page has moved it. A portal may scroll the module in a box of its own,
 * so scrolls are caught on their way down to any element: the one that holds the grid is where it scrolls. A box
 * inside the grid (the sort buttons' strip) is not. From here on, too, the sort buttons' strip follows the keyboard.
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
  grid?.addEventListener('focusin', bringSortButtonIntoSight);
  return {
    keep: (key) => void kept.set(key, last),
    stop: () => {
      window.removeEventListener('scroll', onScroll, { capture: true });
      grid?.removeEventListener('focusin', bringSortButtonIntoSight);
    },
  };
}
