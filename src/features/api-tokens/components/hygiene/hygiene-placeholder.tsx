import { Skeleton } from '../../../../components/ui/skeleton';
import { useFormatters } from '../../../../hooks/use-formatters';
import { hygieneLabels } from './hygiene-labels';
import styles from './hygiene-strip.module.css';

/**
 * The strip while its code loads (it follows the grid's first rows): the counters' labels and dots as the strip draws
 * them, their counts still to come, so a label that takes two lines (German's idle counter on a phone) takes them
 * here too and nothing below moves when the counts arrive. Hidden from assistive technology: there is nothing to
 * read yet. Sized by classes, not style attributes: the page's shell in the built index.html draws it too, and the
 * CSP blocks style attributes there.
 */
export function HygienePlaceholder() {
  const { number } = useFormatters();
  return (
    <ul className={styles.list} aria-hidden="true">
      {Object.values(hygieneLabels(number)).map((label) => (
        <li key={label} className={styles.item}>
          <div className={styles.link}>
            <span className={styles.label}>
              <span className={styles.dot} />
              {label}
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
