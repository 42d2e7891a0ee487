import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  DEFAULT_VIEW,
  holdsTokenValue,
  leakedTokenId,
  parseGridView,
  serializeGridView,
  VIEW_PARAMS,
  withoutFilters,
  type GridView,
} from '../model/grid-view';

export interface SetViewOptions {
  /**
   * Replace the current history entry instead of adding one: for changes made while typing (search), so Back
   * leaves the grid state the user meant rather than replaying every keystroke.
   */
  replace?: boolean;
  /** History state for the new entry, e.g. which token's full value was recognised in the search. */
  state?: GridLocationState | undefined;
}

/** What the grid keeps in history state: the ID of a full token value recognised in the search (never more). */
export interface GridLocationState {
  leakedTokenId?: string | undefined;
}

export type ViewUpdate = Partial<GridView> | ((view: GridView) => GridView);

/**
 * How long a change may wait for its rows before the page shows it anyway: a change whose rows are quick is drawn
 * once, with them; a slow one shows its controls and the busy rows after this long.
 */
export const ROWS_WAIT_MS = 150;

/**
 * The grid's view read from and written to the URL search params of wherever the module is mounted. Anything
 * that narrows or reorders the list sends the user back to page 1 unless the update names a page itself.
 *
 * A change moves the address once its rows are in, or after ROWS_WAIT_MS, whichever comes first. Until then
 * `shownView` holds it, for the controls (the clicked filter or page shows as chosen at once), while `view`, which
 * the rows are asked and drawn for, stays on the address. Drawing the change and then its rows cost a render and a
 * frame each before the rows could show; a quick answer is now drawn once.
 */
export function useGridView(
  /**
   * Told of every change before anything renders it: the grid asks for the new view's rows right there. What it
   * returns settles when they are in.
   */
  onChange?: (next: GridView) => Promise<unknown> | void,
) {
  const location = useLocation();
  const navigate = useNavigate();
  const search = location.search;
  const view = useMemo(() => parseGridView(new URLSearchParams(search)), [search]);
  const leaked = (location.state as GridLocationState | null)?.leakedTokenId;

  // A change waiting for its rows: made on the address `from`, it moves the address to `to`.
  const [pending, setPending] = useState<{ from: string; to: string } | null>(null);
  // Dropped as soon as the address moves on, by this change or any other (Back, a link): a router that moves
  // the address in a transition would otherwise show the old view for a render once the new address is in.
  const waiting = pending?.from === search ? pending.to : null;
  if (pending && !waiting) setPending(null);
  const shownView = useMemo(
    () => (waiting === null ? view : parseGridView(new URLSearchParams(waiting))),
    [waiting, view],
  );

  // The URL as the last update left it: two updates before the next render (a search committed by its timer, then
  // a click on a filter) must build on each other, or the second would drop the first.
  const latest = useRef(search);
  // The address on screen, for the changes made from it.
  const shown = useRef(search);
  // Addresses this hook navigated to that the router has not shown yet: one of them arriving is no reason to
  // forget a later change still waiting for its rows.
  const sent = useRef(new Set<string>());
  // Whether a change the last one took over from wanted a history entry of its own.
  const push = useRef(false);
  const changed = useRef(onChange);
  useLayoutEffect(() => {
    changed.current = onChange;
  });
  useLayoutEffect(() => {
    shown.current = search;
    if (sent.current.delete(search)) return;
    // Back, forward or a link: the address is the user's now.
    sent.current.clear();
    latest.current = search;
    push.current = false;
  }, [search]);

  const setView = useCallback(
    (update: ViewUpdate, options: SetViewOptions = {}): boolean => {
      const current = new URLSearchParams(latest.current);
      const base = parseGridView(current);
      const next =
        typeof update === 'function'
          ? update(base)
          : { ...base, ...update, page: update.page ?? (changesList(update) ? 1 : base.page) };
      const params = serializeGridView(next, current).toString();
      if (params === current.toString() && !options.state) return false;
      const to = params ? `?${params}` : '';
      latest.current = to;
      if (!options.replace) push.current = true;
      let done = false;
      const go = () => {
        if (done) return;
        done = true;
        // A later change carries this one with it; Back or a link made it moot.
        if (latest.current !== to) return;
        const replace = !push.current;
        push.current = false;
        // The same address with new state moves no search, so nothing would ever take it off the list.
        if (to !== shown.current) sent.current.add(to);
        // No pathname: stay on whatever path the host mounted us under.
        void navigate({ search: to }, { replace, state: options.state });
      };
      const rows = changed.current?.(next);
      if (!rows) {
        go();
        return true;
      }
      setPending({ from: shown.current, to });
      rows.then(go, go);
      window.setTimeout(go, ROWS_WAIT_MS);
      return true;
    },
    [navigate],
  );

  /**
   * Back to the default view, keeping rows per page (a preference, as the columns are); returns how to undo it,
   * or null when the view was the default already.
   */
  const resetView = useCallback(() => {
    const previous = search;
    return setView(({ size }) => ({ ...DEFAULT_VIEW, size }))
      ? () => void navigate({ search: previous })
      : null;
  }, [setView, navigate, search]);

  // An address with values the grid does not take (`page=0`, `size=7`, `sort=bogus`, a search past its length) shows
  // the view it falls back to, so it is replaced by that view's own: what is bookmarked or shared is what is on
  // screen. Only a difference in the values counts, not their order (a host's parameters stay where they are). An
  // address with a full token value is the rewrite's (useTokenValueRewrite), which may still be on its way.
  useEffect(() => {
    const params = new URLSearchParams(search);
    const canonical = serializeGridView(view, params).toString();
    if (!holdsTokenValue(params) && pairs(canonical) !== pairs(params.toString()))
      void navigate({ search: canonical && `?${canonical}` }, { replace: true, state: location.state });
  }, [search, view, navigate, location.state]);

  // A token just added in the wizard: its row is highlighted for a moment (the wizard puts its id in the state).
  const highlight = (location.state as { highlight?: string } | null)?.highlight;

  // The notice shows while the search is still the ID it was given.
  return {
    view,
    shownView,
    setView,
    resetView,
    search,
    highlight,
    leakedTokenId: leaked === view.q ? leaked : undefined,
  };
}

/**
 * A link whose search holds a full token value is rewritten to the ID at once, replacing its history entry
 * (docs/product-rules.md, 'A leaked token'). True until then: the grid sends nothing before.
 */
export function useTokenValueRewrite(): boolean {
  const { search } = useLocation();
  const navigate = useNavigate();
  // The address the rewrite was sent for: the router may take a moment (a transition) to show the new one.
  const [rewritten, setRewritten] = useState<string | null>(null);
  const holds = rewritten !== search && holdsTokenValue(new URLSearchParams(search));
  // A passive effect: a layout effect would run before BrowserRouter starts listening to the history (a parent's
  // layout effects run after its children's), and the router would never see the new address.
  useEffect(() => {
    if (!holds) return;
    const params = new URLSearchParams(search);
    const id = leakedTokenId(params.get(VIEW_PARAMS.q) ?? '');
    const state: GridLocationState = { leakedTokenId: id };
    const parsed = parseGridView(params);
    // As when the value is typed or pasted: only its ID is searched, in the whole list (the link's other filters
    // could hide the very token it names).
    const view = id ? { ...withoutFilters(parsed), q: id } : parsed;
    const next = serializeGridView(view, params).toString();
    void navigate({ search: next ? `?${next}` : '' }, { replace: true, state });
    // The address is clean now even if the router shows it a moment later: the grid may render (and ask).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRewritten(search);
  }, [holds, navigate, search]);
  return holds;
}

/** A query string's pairs in a fixed order. */
const pairs = (query: string) => query.split('&').sort().join('&');

function changesList(update: Partial<GridView>): boolean {
  return Object.keys(update).some((key) => key !== 'page');
}
