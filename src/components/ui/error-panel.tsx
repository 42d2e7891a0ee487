import { Suspense, type ReactNode } from 'react';
import { API_TEXT_LANGUAGE, isApiError, retryCanHelp } from '../../lib/api-error';
import { deferred } from '../../lib/deferred';
import { explainError, newDetail } from '../../lib/error-message';
import { fieldErrorsOf } from '../../lib/field-errors';
import { commonMessages } from '../../messages/common';
import { copyMessages } from '../../messages/copy';
import { Button } from './button';
import { ErrorBoundary } from './error-boundary';
import { AlertIcon } from './icons/alert';
import { RefreshIcon } from './icons/refresh';
import { useFocusLanding } from './use-focus-landing';
import styles from './error-panel.module.css';

// The Trace ID is shown as text either way; its copy button (and the clipboard code) comes in a chunk of its own,
// loaded with the first error or once the page is idle. If that chunk cannot load (offline), the text remains.
const copyButton = deferred(() => import('./copy-button').then((module) => module.CopyButton));
const CopyButton = copyButton.Component;

export interface ErrorPanelProps {
  error: unknown;
  /** What failed, e.g. "Could not load API tokens". */
  title: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
  children?: ReactNode;
  /** `warning` where what is on screen still stands and may only be out of date; `danger` (the default) otherwise. */
  tone?: 'danger' | 'warning';
}

/**
 * Shows what failed, why in plain words (once: the server's detail only when it says more), field errors, a
 * copyable Trace ID for support, and Retry where retrying can help (`retryCanHelp`): the app's own code not
 * loading, a failure the queries would retry too, or a 401 once the host has signed in again; never for a 403, a
 * 404 or a bad request.
 */
export function ErrorPanel({ error, title, onRetry, retrying, children, tone = 'danger' }: ErrorPanelProps) {
  const apiError = isApiError(error) ? error : null;
  const human = explainError(error);
  const detail = newDetail(error);
  const fieldEntries = apiError ? Object.entries(fieldErrorsOf(apiError)) : [];
  // A Retry that worked takes the panel away: focus goes to what it brought back, not to the page's top.
  const landingRef = useFocusLanding();
  return (
    <div ref={landingRef} className={styles.panel} role="alert" data-tone={tone}>
      <span className={styles.icon}>
        <AlertIcon size={20} />
      </span>
      <div className={styles.main}>
        <p className={styles.title}>{title}</p>
        {/* Said once: an unexpected error's title and plain-words message can be the same sentence. */}
        {human.text !== title ? (
          <p className={styles.message} lang={human.fromServer ? API_TEXT_LANGUAGE : undefined}>
            {human.text}
          </p>
        ) : null}
        {detail ? (
          <p className={styles.message} lang={API_TEXT_LANGUAGE}>
            {detail}
          </p>
        ) : null}
        {fieldEntries.length > 0 ? (
          <ul className={styles.fields}>
            {fieldEntries.map(([field, messages]) => (
              <li key={field} lang={API_TEXT_LANGUAGE}>
                {messages.join(' ')}
              </li>
            ))}
          </ul>
        ) : null}
        {apiError?.traceId ? (
          <div className={styles.support}>
            <span>
              {commonMessages.traceId}: <code>{apiError.traceId}</code>
            </span>
            <ErrorBoundary fallback={() => null}>
              <Suspense fallback={null}>
                <CopyButton
                  getText={() => apiError.traceId ?? ''}
                  label={copyMessages.copyTraceId}
                  copiedMessage={copyMessages.copied}
                  failedMessage={copyMessages.copyFailed}
                />
              </Suspense>
            </ErrorBoundary>
          </div>
        ) : null}
        {children}
        {onRetry && retryCanHelp(error) ? (
          <div className={styles.actions}>
            <Button variant="secondary" size="sm" icon={<RefreshIcon />} busy={retrying} onClick={onRetry}>
              {commonMessages.retry}
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
