import type { ReactNode } from 'react';
import styles from './description-list.module.css';

export interface DescriptionItem {
  term: ReactNode;
  description: ReactNode;
  /** Stable React key; defaults to the term when it is a string. */
  key?: string;
}

/** Term/description pairs in a <dl>: side by side on wide screens, stacked on narrow ones. */
export function DescriptionList({
  items,
  columns = 1,
}: {
  items: readonly DescriptionItem[];
  columns?: 1 | 2;
}) {
  return (
    <dl className={[styles.list, columns === 2 && styles.two].filter(Boolean).join(' ')}>
      {items.map((item, index) => (
        <div key={item.key ?? (typeof item.term === 'string' ? item.term : index)} className={styles.item}>
          <dt className={styles.term}>{item.term}</dt>
          <dd className={styles.description}>{item.description}</dd>
        </div>
      ))}
    </dl>
  );
}
