import { TabCard } from './detail-parts';
import { Skeleton } from '../../../../components/ui/skeleton';
import { detailMessages } from '../../messages/detail';
import type { ApiToken } from '../../api/types';
import styles from './modules-tab.module.css';

const modulesText = detailMessages.modules;

export function ModulesTab({ token, loading }: { token: ApiToken; loading: boolean }) {
  const modules = token.modules;
  return (
    <TabCard heading={modulesText.heading}>
      {!modules && loading ? (
        // Said while it waits, as the other tabs' lists are: a heading over silence reads as a tab with nothing.
        <div className={styles.skeleton} role="status" aria-label={modulesText.loading}>
          <Skeleton width="40%" />
          <Skeleton width="70%" />
          <Skeleton width="35%" />
        </div>
      ) : !modules || modules.length === 0 ? (
        <p className={styles.empty}>{modulesText.empty}</p>
      ) : (
        <ul className={styles.list} aria-label={modulesText.heading}>
          {modules.map((module) => (
            <li key={module.id} className={styles.item}>
              <div className={styles.title}>
                <span className={styles.name}>{module.name}</span>
                <span className={styles.id}>{module.id}</span>
              </div>
              {module.description ? <p className={styles.description}>{module.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </TabCard>
  );
}
