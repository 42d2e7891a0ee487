import { useState } from 'react';
import { initials as toInitials, safeImageUrl } from '../../lib/safe-url';
import styles from './avatar.module.css';

export interface AvatarProps {
  name: string | null | undefined;
  /** Image URL; used only when it is http(s) or a path on the API (see safeImageUrl). */
  src?: string | null | undefined;
  /** Base URL for relative icon paths served by the API. */
  baseUrl?: string;
  /** Text to show instead of the name's initials (e.g. "+3"). */
  text?: string;
  size?: 'sm' | 'md' | 'lg';
  shape?: 'circle' | 'square';
}

// Spelt out rather than looked up by name, so a build can put each class's string where it is used.
const sizeClass: Record<NonNullable<AvatarProps['size']>, string | undefined> = {
  sm: styles.sm,
  md: undefined,
  lg: styles.lg,
};

/** Decorative: the name is always written next to it, so it hides from assistive technology. */
export function Avatar({ name, src, baseUrl, text, size = 'md', shape = 'circle' }: AvatarProps) {
  const url = safeImageUrl(src, baseUrl);
  const [failed, setFailed] = useState<string | null>(null);
  const className = [styles.avatar, sizeClass[size], shape === 'square' && styles.square]
    .filter(Boolean)
    .join(' ');
  return (
    <span className={className} aria-hidden="true">
      {url && failed !== url ? (
        // Lazy: rows below the fold fetch their icons when scrolled to, not with the first rows.
        <img
          className={styles.image}
          src={url}
          alt=""
          loading="lazy"
          decoding="async"
          onError={() => setFailed(url)}
        />
      ) : (
        (text ?? toInitials(name))
      )}
    </span>
  );
}
