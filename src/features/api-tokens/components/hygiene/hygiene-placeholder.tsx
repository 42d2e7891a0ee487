import { Skeleton } from '../../../../components/ui/skeleton';
import styles from './hygiene-strip.module.css';

const TILES = 4;

/**
 * The strip's shape while its code loads (it follows the grid's first rows), so nothing below it moves when the
 * counts arrive. Hidden from assistive technology: there is nothing to read yet. Sized by classes, not style
 * attributes: the page's shell in the built index.html draws it too, and the CSP blocks style attributes there.
 */
export function HygienePlaceholder() {
  return (
    <ul className={styles.list} aria-hidden="true">
      {Array.from({ length: TILES }, (_, index) => (
        <li key={index} className={styles.item}>
          <div className={styles.link}>
            <span className={styles.label}>
              <span className={styles.labelPlaceholder}>
                <Skeleton />
              </span>
              {/* A line of text's height, as the real label has. */}
              {'\u00a0'}
            </span>
            <span className={styles.value}>
              <span className={styles.valuePlaceholder}>
                <Skeleton />
              </span>
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
