import { useId } from 'react';
import { CopyButton } from '../../../../components/ui/copy-button';
import { AlertIcon } from '../../../../components/ui/icons/alert';
import { CheckIcon } from '../../../../components/ui/icons/check';
import { wizardMessages } from '../../messages/wizard';
import type { ApiToken } from '../../api/types';
import styles from './wizard-summary.module.css';

/**
 * The one place the secret is ever shown. It arrives as a prop from the wizard's state and is gone when the
 * wizard unmounts; it is never written to the cache, the URL, storage or the console.
 */
export function WizardSummary({ token, secret }: { token: ApiToken; secret: string | null }) {
  const id = useId();
  const inputId = `${id}-secret`;
  const warningId = `${id}-warning`;
  return (
    <div className={styles.summary}>
      <div className={styles.success}>
        <span className={styles.successIcon} aria-hidden="true">
          <CheckIcon size={18} strokeWidth={3} />
        </span>
        <p className={styles.successText}>
          {wizardMessages.summary.created(token.name ?? '', token.id ?? '')}
        </p>
      </div>
      {secret ? (
        <>
          <div id={warningId} className={styles.warning}>
            <AlertIcon size={18} />
            <div>
              <p className={styles.warningTitle}>{wizardMessages.summary.warningTitle}</p>
              <p className={styles.warningText}>{wizardMessages.summary.warning}</p>
            </div>
          </div>
          <div className={styles.secretField}>
            <label className={styles.label} htmlFor={inputId}>
              {wizardMessages.summary.secretLabel}
            </label>
            <div className={styles.secretRow}>
              {/* A textarea so the whole value is visible, wrapped, rather than scrolled out of an input. */}
              <textarea
                id={inputId}
                className={styles.secret}
                readOnly
                rows={2}
                value={secret}
                aria-describedby={warningId}
                spellCheck={false}
                autoComplete="off"
                data-1p-ignore=""
                onFocus={(event) => event.currentTarget.select()}
              />
              <CopyButton
                getText={() => secret}
                label={wizardMessages.summary.copy}
                copiedMessage={wizardMessages.summary.copied}
                failedMessage={wizardMessages.summary.copyFailed}
                size="md"
                showLabel
              />
            </div>
          </div>
        </>
      ) : (
        <p className={styles.warningText}>{wizardMessages.summary.noSecret}</p>
      )}
    </div>
  );
}
