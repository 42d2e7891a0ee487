import { Link } from 'react-router';
import { Button, buttonClassName } from '../../../../components/ui/button';
import { KeyIcon } from '../../../../components/ui/icons/key';
import { PlusIcon } from '../../../../components/ui/icons/plus';
import { SearchIcon } from '../../../../components/ui/icons/search';
import { gridPanelMessages } from '../../messages/grid-panels';
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

export function NoMatch({ onClear }: { onClear: () => void }) {
  return (
    <div className={styles.state}>
      <span className={styles.stateIcon}>
        <SearchIcon size={28} />
      </span>
      <h2 className={styles.stateTitle}>{gridPanelMessages.states.noMatchTitle}</h2>
      <p className={styles.stateBody}>{gridPanelMessages.states.noMatchBody}</p>
      <Button variant="secondary" onClick={onClear}>
        {gridPanelMessages.chips.clearAll}
      </Button>
    </div>
  );
}
