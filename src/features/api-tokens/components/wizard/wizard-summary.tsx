import { useId, useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { CopyButton } from '../../../../components/ui/copy-button';
import { AlertIcon } from '../../../../components/ui/icons/alert';
import { CheckIcon } from '../../../../components/ui/icons/check';
import type { StepDialogStep } from '../../../../components/ui/step-dialog';
import { wizardMessages } from '../../messages/wizard';
import type { ApiToken } from '../../api/types';
import styles from './wizard-summary.module.css';
import { withUnbrokenIds } from '../actions/unbroken-ids';

/**
 * The wizard's last step. The secret stays on screen until the admin lets go of it: Escape and a click beside the
 * dialog never close it, and Close asks first unless the value was copied.
 */
export function useSummaryStep(
  token: ApiToken | null,
  secret: string | null,
  onViewDetails: (id: string) => void,
  /** The user let go of the secret: copied it, or chose View details (which drops it on purpose). */
  onLetGo?: () => void,
): StepDialogStep<'summary'> {
  const [copied, setCopied] = useState(false);
  return {
    id: 'summary',
    label: wizardMessages.steps.summary,
    title: wizardMessages.summary.title,
    content: token ? (
      <WizardSummary
        token={token}
        secret={secret}
        onCopied={() => {
          setCopied(true);
          onLetGo?.();
        }}
      />
    ) : null,
    footer: (close) => (
      <>
        <Button
          variant="secondary"
          onClick={() => {
            if (!token?.id) return;
            onLetGo?.();
            onViewDetails(token.id);
          }}
        >
          {wizardMessages.viewDetails}
        </Button>
        <Button variant="primary" onClick={close}>
          {wizardMessages.close}
        </Button>
      </>
    ),
    keepOnOutsideClick: true,
    // Without a value there is nothing to lose, so Close needs no question then.
    closeGuard: (reason) => reason === 'close-button' && (copied || !secret),
    closeQuestion: wizardMessages.summary.notCopied,
  };
}

/**
 * The one place the secret is ever shown. It arrives as a prop from the wizard's state (or, when the wizard was
 * left while creating, from the module's secret hand-over) and is gone when that unmounts; it is never written to
 * the cache, the URL, storage or the console.
 */
export function WizardSummary({
  token,
  secret,
  onCopied,
}: {
  token: ApiToken;
  secret: string | null;
  /** The copy button put the value on the clipboard. */
  onCopied?: () => void;
}) {
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
          {withUnbrokenIds(wizardMessages.summary.created(token.name ?? '', token.id ?? ''))}
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
              {/* One line that scrolls sideways: the value never wraps mid-string, and a selection copies it whole. */}
              <input
                id={inputId}
                className={styles.secret}
                readOnly
                value={secret}
                aria-describedby={warningId}
                spellCheck={false}
                autoComplete="off"
                data-1p-ignore=""
                onFocus={(event) => event.currentTarget.select()}
                // Copied by hand (what a failed copy asks for), the whole value counts as the copy button's would.
                onCopy={(event) => {
                  const { selectionStart, selectionEnd, value } = event.currentTarget;
                  if (selectionStart === 0 && selectionEnd === value.length) onCopied?.();
                }}
              />
              <CopyButton
                getText={() => secret}
                label={wizardMessages.summary.copy}
                copiedMessage={wizardMessages.summary.copied}
                failedMessage={wizardMessages.summary.copyFailed}
                onResult={(ok) => ok && onCopied?.()}
                size="md"
                showLabel
                showStatus
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
