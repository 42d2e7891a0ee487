import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { DEFAULT_VIEW, parseGridView, serializeGridView, type GridView } from '../model/grid-view';

export interface SetViewOptions {
  /**
   * Replace the current history entry instead of adding one: for changes made while typing (search), so Back
   * leaves the grid state the user meant rather than replaying every keystroke.
   */
  replace?: boolean;
}

export type ViewUpdate = Partial<GridView> | ((view: GridView) => GridView);

/**
 * The grid's view read from and written to the URL search params of wherever the module is mounted. Anything
 * that narrows or reorders the list sends the user back to page 1 unless the update names a page itself.
 */
export function useGridView() {
  const location = useLocation();
  const navigate = useNavigate();
  const search = location.search;
  const view = useMemo(() => parseGridView(new URLSearchParams(search)), [search]);

  const setView = useCallback(
    (update: ViewUpdate, options: SetViewOptions = {}): boolean => {
      const current = new URLSearchParams(search);
      const base = parseGridView(current);
      const next =
        typeof update === 'function'
          ? update(base)
          : { ...base, ...update, page: update.page ?? (changesList(update) ? 1 : base.page) };
      const params = serializeGridView(next, current).toString();
      if (params === current.toString()) return false;
      // No pathname: stay on whatever path the host mounted us under.
      void navigate({ search: params ? `?${params}` : '' }, { replace: options.replace ?? false });
      return true;
    },
    [navigate, search],
  );

  /** Back to the default view; returns how to undo it, or null when the view was the default already. */
  const resetView = useCallback(() => {
    const previous = search;
    return setView(() => DEFAULT_VIEW) ? () => void navigate({ search: previous }) : null;
  }, [setView, navigate, search]);

  // A token just added in the wizard: its row is highlighted for a moment (the wizard puts its id in the state).
  const highlight = (location.state as { highlight?: string } | null)?.highlight;

  return { view, setView, resetView, search, highlight };
}

function changesList(update: Partial<GridView>): boolean {
  return Object.keys(update).some((key) => key !== 'page');
}
