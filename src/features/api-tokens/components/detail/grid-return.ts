import { useLocation, type To } from 'react-router';

/** What the grid puts in `location.state` when it opens a token, so Back can restore its page, sort and filters. */
export interface DetailLocationState {
  gridSearch?: string;
  /** Set when Duplicate opened the Add wizard from a token's page: the tab it was on, where Close returns. */
  duplicatedFromTab?: string;
}

export function readGridSearch(state: unknown): string {
  if (typeof state !== 'object' || state === null) return '';
  const search = (state as DetailLocationState).gridSearch;
  // Only a query string is accepted: state can come from anywhere in the host's history.
  return typeof search === 'string' && (search === '' || search.startsWith('?')) ? search : '';
}

/**
 * The grid, with the view the user left it in. `..` climbs from the `:tokenId` route to the module's root,
 * wherever the host mounted it.
 */
export function useGridReturn(): To {
  const location = useLocation();
  return { pathname: '..', search: readGridSearch(location.state) };
}

/** The tab of the token's page that opened the Add wizard with Duplicate, if it was one ('modules'). */
export function readDuplicatedFromTab(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const tab = (state as DetailLocationState).duplicatedFromTab;
  // A path segment of lower-case words only: the tab routes send any they do not know to General.
  return typeof tab === 'string' && /^[a-z]+(-[a-z]+)*$/.test(tab) ? tab : null;
}
