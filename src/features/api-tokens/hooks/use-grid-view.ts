import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
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
  // The URL as the last update left it: two updates before the next render (a search committed by its timer, then
  // a click on a filter) must build on each other, or the second would drop the first.
  const latest = useRef(search);
  useLayoutEffect(() => {
    latest.current = search;
  }, [search]);

  const setView = useCallback(
    (update: ViewUpdate, options: SetViewOptions = {}) => {
      const current = new URLSearchParams(latest.current);
      const base = parseGridView(current);
      const next =
        typeof update === 'function'
          ? update(base)
          : { ...base, ...update, page: update.page ?? (changesList(update) ? 1 : base.page) };
      const params = serializeGridView(next, current).toString();
      if (params === current.toString()) return;
      latest.current = params ? `?${params}` : '';
      // No pathname: stay on whatever path the host mounted us under.
      void navigate({ search: latest.current }, { replace: options.replace ?? false });
    },
    [navigate],
  );

  const resetView = useCallback(() => setView(() => DEFAULT_VIEW), [setView]);

  return { view, setView, resetView, search };
}

function changesList(update: Partial<GridView>): boolean {
  return Object.keys(update).some((key) => key !== 'page');
}
