import type { ReactNode } from 'react';
import styles from './badge.module.css';

export type BadgeTone = 'success' | 'neutral' | 'danger' | 'warning';

// Spelt out rather than looked up by name, so a build can put each class's string where it is used.
const toneClass: Record<BadgeTone, string | undefined> = {
  success: styles.success,
  neutral: styles.neutral,
  danger: styles.danger,
  warning: styles.warning,
};

/** The text carries the meaning; the colour only reinforces it (docs/product-rules.md, 'Screens and labels'). */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span className={`${styles.badge} ${toneClass[tone]}`}>
      <span className={styles.dot} aria-hidden="true" />
      {children}
    </span>
  );
}
