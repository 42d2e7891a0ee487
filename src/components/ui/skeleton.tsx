import styles from './skeleton.module.css';

/** Without a size it fills its box's width and draws no style attribute (markup rendered at build time may have none). */
export function Skeleton({ width, height }: { width?: number | string; height?: number | string }) {
  return <span className={styles.skeleton} style={{ width, height }} aria-hidden="true" />;
}
