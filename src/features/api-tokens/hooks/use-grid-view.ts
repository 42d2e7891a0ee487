import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  DEFAULT_VIEW,
  holdsTokenValue,
  leakedTokenId,
  parseGridView,
  serializeGridView,
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
 * The grid's view read from and written to the URL search params of wherever the module is mounted. Anything
 * that narrows or reorders the list sends the user back to page 1 unless the update names a page itself.
 */
export function useGridView(
  /** Told of every change before anything renders it: the grid asks for the new view's rows right there. */
  onChange?: (next: GridView) => void,
) {
  const location = useLocation();
  const navigate = useNavigate();
  const search = location.search;
  const view = useMemo(() => parseGridView(new URLSearchParams(search)), [search]);
  const leaked = (location.state as GridLocationState | null)?.leakedTokenId;
  // The URL as the last update left it: two updates before the next render (a search committed by its timer, then
  // a click on a filter) must build on each other, or the second would drop the first.
  const latest = useRef(search);
  const changed = useRef(onChange);
  useLayoutEffect(() => {
    latest.current = search;
    changed.current = onChange;
  }, [search, onChange]);

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
      latest.current = params ? `?${params}` : '';
      changed.current?.(next);
      // No pathname: stay on whatever path the host mounted us under.
      void navigate({ search: latest.current }, { replace: options.replace ?? false, state: options.state });
      return true;
    },
    [navigate],
  );

  /** Back to the default view; returns how to undo it, or null when the view was the default already. */
  const resetView = useCallback(() => {
    const previous = search;
    return setView(() => DEFAULT_VIEW) ? () => void navigate({ search: previous }) : null;
  }, [setView, navigate, search]);

  // A token just added in the wizard: its row is highlighted for a moment (the wizard puts its id in the state).
  const highlight = (location.state as { highlight?: string } | null)?.highlight;

  // The notice shows while the search is still the ID it was given.
  return {
    view,
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
    const state: GridLocationState = { leakedTokenId: leakedTokenId(params.get('q') ?? '') };
    const next = serializeGridView(parseGridView(params), params).toString();
    void navigate({ search: next ? `?${next}` : '' }, { replace: true, state });
    // The address is clean now even if the router shows it a moment later: the grid may render (and ask).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRewritten(search);
  }, [holds, navigate, search]);
  return holds;
}

function changesList(update: Partial<GridView>): boolean {
  return Object.keys(update).some((key) => key !== 'page');
}
