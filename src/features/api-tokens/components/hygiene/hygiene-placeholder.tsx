import { Skeleton } from '../../../../components/ui/skeleton';
import styles from './hygiene-strip.module.css';

const TILES = 4;

/**
 * The strip's shape while its code loads (it follows the grid's first rows), so nothing below it moves when the
 * counts arrive. Hidden from assistive technology: there is nothing to read yet.
 */
export function HygienePlaceholder() {
  return (
    <ul className={styles.list} aria-hidden="true">
      {Array.from({ length: TILES }, (_, index) => (
        <li key={index} className={styles.item}>
          <div className={styles.link}>
            <span className={styles.label}>
              <Skeleton width={88} height={12} />
              {/* A line of text's height, as the real label has. */}
              {'\u00a0'}
            </span>
            <span className={styles.value}>
              <Skeleton width={36} height={20} />
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
