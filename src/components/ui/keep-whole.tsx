import type { ReactNode } from 'react';
import styles from './keep-whole.module.css';

/**
 * The text with each match of `pattern` kept on one line, where a browser would otherwise break it at a hyphen
 * ("TKN-0548-" / "7270", "API-" / "Token"). The text itself is unchanged, so copying and screen readers meet it
 * as written. `pattern` must have one capturing group around the whole match.
 */
export function keepWhole(text: string, pattern: RegExp): ReactNode {
  const parts = text.split(pattern);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} className={styles.whole}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}
