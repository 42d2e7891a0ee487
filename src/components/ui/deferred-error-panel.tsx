import { useEffect, useReducer } from 'react';
import { API_TEXT_LANGUAGE, retryCanHelp } from '../../lib/api-error';
import { deferred } from '../../lib/deferred';
import { explainError } from '../../lib/error-message';
import { commonMessages } from '../../messages/common';
import { Button } from './button';
import type { ErrorPanelProps } from './error-panel';
import styles from './error-panel.module.css';

const full = deferred(() => import('./error-panel').then((module) => module.ErrorPanel));

/**
 * The error panel for the first paint's own failures (the grid's load, the module's error boundary): what failed,
 * why, and Retry at once; the full panel (the server's detail, field errors, the Trace ID with its copy button)
 * takes its place as soon as its code is in. Offline, this plain one stays and its Retry still works.
 */
export function DeferredErrorPanel(props: ErrorPanelProps) {
  const [, loaded] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (full.loaded) return;
    const unsubscribe = full.subscribe(loaded);
    full.preload().catch(() => undefined);
    return unsubscribe;
  }, []);
  if (full.loaded) return <full.Component {...props} />;

  const { error, title, onRetry, retrying, children } = props;
  const human = explainError(error);
  return (
    <div className={styles.panel} role="alert">
      <div className={styles.main}>
        <p className={styles.title}>{title}</p>
        {human.text !== title ? (
          <p className={styles.message} lang={human.fromServer ? API_TEXT_LANGUAGE : undefined}>
            {human.text}
          </p>
        ) : null}
        {children}
        {onRetry && retryCanHelp(error) ? (
          <div className={styles.actions}>
            <Button variant="secondary" size="sm" busy={retrying} onClick={onRetry}>
              {commonMessages.retry}
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
