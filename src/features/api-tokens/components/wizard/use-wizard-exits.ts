import { useMemo, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { readDuplicatedFromTab, readGridSearch, type DetailLocationState } from '../detail/grid-return';

/** Search parameter naming the token the wizard is prefilled from ("Duplicate"). */
export const DUPLICATE_PARAM = 'from';

/**
 * Where the Add wizard leads: back to the grid view it was opened over (its search parameters stay in the URL
 * while it is open) or to the token's page that opened it (Duplicate), to the new token's detail, or to a blank
 * wizard. Every exit replaces the wizard's history
 * entry, so Back afterwards leads to the grid, not to a blank wizard.
 */
export function useWizardExits() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const fromId = searchParams.get(DUPLICATE_PARAM);
  const { state: openedWith } = useLocation();

  const gridSearch = useMemo(() => {
    const params = new URLSearchParams(searchParams);
    params.delete(DUPLICATE_PARAM);
    const text = params.toString();
    return text ? `?${text}` : '';
  }, [searchParams]);

  // The token this wizard added, if any: the grid highlights its row once the wizard closes.
  const createdId = useRef<string | null>(null);
  return {
    fromId,
    onCreated: (id: string) => {
      createdId.current = id;
    },
    close: () => {
      // Duplicate from a token's page, nothing added: back to that page, on the tab it was on.
      const tab = readDuplicatedFromTab(openedWith);
      if (fromId && tab && !createdId.current) {
        const state: DetailLocationState = { gridSearch: readGridSearch(openedWith) };
        navigate(`../${encodeURIComponent(fromId)}/${tab}`, { replace: true, state });
        return;
      }
      navigate(
        { pathname: '..', search: gridSearch },
        { replace: true, state: createdId.current ? { highlight: createdId.current } : undefined },
      );
    },
    // The detail page's back arrow returns to the grid view recorded here.
    openToken: (id: string) => {
      const state: DetailLocationState = { gridSearch };
      navigate(`../${encodeURIComponent(id)}`, { replace: true, state });
    },
    startBlank: () => navigate({ pathname: '.', search: gridSearch }, { replace: true }),
  };
}
