import type { ReactNode } from 'react';
import styles from './actions.module.css';

/** The platform's IDs: a prefix and groups of four digits (TKN-0548-7270, AUD-5165-1318-9536-5488). */
const ID = /\b([A-Z]{2,5}(?:-\d{4}){2,4})\b/;

/**
 * A sentence with each ID kept on one line: a browser may otherwise break it at a hyphen ("TKN-0548-" / "7270").
 * The text itself is unchanged, so copying and screen readers meet the plain ID.
 */
export function withUnbrokenIds(text: string): ReactNode {
  const parts = text.split(ID);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} className={styles.unbroken}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}
