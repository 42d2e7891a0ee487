import styles from './skeleton.module.css';

export function Skeleton({ width = '100%', height }: { width?: number | string; height?: number | string }) {
  return <span className={styles.skeleton} style={{ width, height }} aria-hidden="true" />;
}
