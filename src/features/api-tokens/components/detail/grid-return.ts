import { useLocation, type To } from 'react-router';

/** What the grid puts in `location.state` when it opens a token, so Back can restore its page, sort and filters. */
export interface DetailLocationState {
  gridSearch?: string;
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
