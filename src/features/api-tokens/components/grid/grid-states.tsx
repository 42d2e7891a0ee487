import { useFocusLanding } from '../../../../components/ui/use-focus-landing';
import { Link, useLocation } from 'react-router';
import { Button, buttonClassName } from '../../../../components/ui/button';
import { KeyIcon } from '../../../../components/ui/icons/key';
import { PlusIcon } from '../../../../components/ui/icons/plus';
import { SearchIcon } from '../../../../components/ui/icons/search';
import { isolateBidi } from '../../../../lib/bidi';
import { gridPanelMessages } from '../../messages/grid-panels';
import type { ViewUpdate } from '../../hooks/use-grid-view';
import { countPanelFilters, withoutFilters, type GridView } from '../../model/grid-view';
import { useAccountHasNoTokens } from '../hygiene/hygiene-strip';
import styles from './grid-states.module.css';

/** An account without tokens: say so and offer the one thing to do next. */
export function EmptyAccount({ addTo }: { addTo: { pathname: string; search: string } }) {
  return (
    <div className={styles.state}>
      <span className={styles.stateIcon}>
        <KeyIcon size={28} />
      </span>
      <h2 className={styles.stateTitle}>{gridPanelMessages.states.emptyTitle}</h2>
      <p className={styles.stateBody}>{gridPanelMessages.states.emptyBody}</p>
      <Link to={addTo} className={buttonClassName({ variant: 'primary' })}>
        <PlusIcon />
        {gridPanelMessages.states.emptyAction}
      </Link>
    </div>
  );
}

/**
 * A view without matches. When only a search narrows it, the search is named and cleared on its own; otherwise
 * every filter goes, sort and page size stay. An account with no tokens at all, opened on a filtered view, is
 * told so, as it would be without the filter: clearing filters would show nothing either.
 */
export function NoMatch({ view, onChange }: { view: GridView; onChange: (update: ViewUpdate) => void }) {
  const { search } = useLocation();
  if (useAccountHasNoTokens()) return <EmptyAccount addTo={{ pathname: 'new', search }} />;
  return <FilteredOut view={view} onChange={onChange} />;
}

function FilteredOut({ view, onChange }: { view: GridView; onChange: (update: ViewUpdate) => void }) {
  const statesText = gridPanelMessages.states;
  const onlySearch = view.q !== '' && view.status === null && countPanelFilters(view) === 0;
  // Its button clears what hid the rows, and the rows take its place: focus goes to them.
  const landingRef = useFocusLanding();
  return (
    <div ref={landingRef} className={styles.state}>
      <span className={styles.stateIcon}>
        <SearchIcon size={28} />
      </span>
      <h2 className={styles.stateTitle}>
        {onlySearch ? statesText.noSearchMatchTitle(isolateBidi(view.q)) : statesText.noMatchTitle}
      </h2>
      <p className={styles.stateBody}>{onlySearch ? statesText.noSearchMatchBody : statesText.noMatchBody}</p>
      <Button variant="secondary" onClick={() => onChange(onlySearch ? { q: '' } : withoutFilters)}>
        {onlySearch ? gridPanelMessages.chips.clearSearch : gridPanelMessages.chips.clearAll}
      </Button>
    </div>
  );
}
