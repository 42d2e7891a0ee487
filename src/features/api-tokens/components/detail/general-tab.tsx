import { useState } from 'react';
import { Button } from '../../../../components/ui/button';
import { FailureNote } from '../../../../components/ui/failure-note';
import { CopyButton } from '../../../../components/ui/copy-button';
import { EyeIcon } from '../../../../components/ui/icons/eye';
import { EyeOffIcon } from '../../../../components/ui/icons/eye-off';
import { ReasonInSentence } from '../../../../components/ui/reason-in-sentence';
import { focusLanding } from '../../../../components/ui/use-focus-landing';
import { Skeleton } from '../../../../components/ui/skeleton';
import { useServices } from '../../../../lib/services';
import { commonMessages } from '../../../../messages/common';
import { copyMessages } from '../../../../messages/copy';
import { detailMessages } from '../../messages/detail';
import { PUBLIC_API_PREFIX } from '../../api/paths';
import type { ApiToken } from '../../api/types';
import { TabCard } from './detail-parts';
import { useRetryWithPage } from './retry-with-page';
import { useTokenSecret } from './use-token-secret';
import styles from './general-tab.module.css';

const generalText = detailMessages.general;
/** Fixed length, so the mask does not give away how long the value is. */
const MASK = '•'.repeat(24);

/**
 * What integrations call: the configured API base URL, resolved against this page's address when it is a path (''
 * for the page's own origin, '/gateway' for a path on it), so that what is copied works outside the page too.
 */
export function apiEndpoint(apiBaseUrl: string): string {
  return new URL(`${apiBaseUrl.replace(/\/+$/, '')}${PUBLIC_API_PREFIX}`, document.baseURI).href;
}

function useCopyResult() {
  const { notify } = useServices();
  return (ok: boolean, message: string) => notify(message, { tone: ok ? 'success' : 'error' });
}

export function GeneralTab({ token, readFailed = false }: { token: ApiToken; readFailed?: boolean }) {
  const { apiBaseUrl } = useServices();
  const onCopyResult = useCopyResult();
  const endpoint = apiEndpoint(apiBaseUrl);
  return (
    <TabCard heading={generalText.heading}>
      <dl className={styles.fields}>
        {/* The heading stops a long name after two lines; here it is whole, for eyes that cannot hover its title. */}
        <div className={styles.field}>
          <dt className={styles.label}>{generalText.name}</dt>
          <dd className={styles.value}>
            {token.name?.trim() ? <p className={styles.name}>{token.name}</p> : commonMessages.none}
          </dd>
        </div>
        <div className={styles.field}>
          <dt className={styles.label}>{generalText.description}</dt>
          <dd className={styles.value}>
            {token.description?.trim() ? (
              <p className={styles.description}>{token.description}</p>
            ) : (
              commonMessages.none
            )}
          </dd>
        </div>
        <div className={styles.field}>
          <dt className={styles.label}>{generalText.endpoint}</dt>
          <dd className={styles.value}>
            <div className={styles.valueRow}>
              <code className={styles.code}>{endpoint}</code>
              <CopyButton
                getText={() => endpoint}
                label={generalText.copyEndpoint}
                copiedMessage={copyMessages.copied}
                failedMessage={copyMessages.copyFailed}
                onResult={onCopyResult}
              />
            </div>
          </dd>
        </div>
        <div className={styles.field}>
          <dt className={styles.label}>{generalText.token}</dt>
          <dd className={styles.value} {...focusLanding}>
            {/* Keyed, so moving to another token starts from nothing instead of briefly holding the last one's value. */}
            <TokenValue
              key={token.id}
              tokenId={token.id ?? ''}
              readFailed={readFailed}
              onCopyResult={onCopyResult}
            />
          </dd>
        </div>
      </dl>
    </TabCard>
  );
}

function TokenValue({
  tokenId,
  readFailed,
  onCopyResult,
}: {
  tokenId: string;
  readFailed: boolean;
  onCopyResult: (ok: boolean, message: string) => void;
}) {
  const { client } = useServices();
  const secret = useTokenSecret(client, tokenId);
  const retry = useRetryWithPage(readFailed, secret.status === 'failed' ? secret.retry : undefined);
  const [revealed, setRevealed] = useState(false);

  if (secret.status === 'loading') {
    return (
      <span role="status" aria-label={generalText.loadingToken}>
        <Skeleton width={260} />
      </span>
    );
  }

  if (secret.status === 'available') {
    return (
      <div className={styles.valueRow}>
        {revealed ? (
          <code className={`${styles.code} ${styles.secret}`}>{secret.value}</code>
        ) : (
          <code className={`${styles.code} ${styles.mask}`} aria-label={generalText.maskedToken} role="img">
            {MASK}
          </code>
        )}
        <span className={styles.buttons}>
          <Button
            variant="ghost"
            size="sm"
            iconOnly
            aria-label={generalText.showToken}
            aria-pressed={revealed}
            title={revealed ? generalText.hideToken : generalText.showToken}
            icon={revealed ? <EyeOffIcon /> : <EyeIcon />}
            onClick={() => setRevealed((r) => !r)}
          />
          <CopyButton
            getText={() => secret.value}
            label={generalText.copyToken}
            copiedMessage={copyMessages.copied}
            failedMessage={copyMessages.copyFailed}
            onResult={onCopyResult}
            showStatus
          />
        </span>
      </div>
    );
  }

  return (
    <div className={styles.once}>
      <p className={styles.onceText}>{generalText.shownOnce}</p>
      {secret.status === 'failed' ? (
        <p className={styles.checkFailed}>
          <FailureNote error={secret.error} onRetry={retry}>
            <ReasonInSentence sentence={generalText.valueCheckFailed} error={secret.error} />
          </FailureNote>
        </p>
      ) : null}
      <p className={styles.prefix}>
        <span className={styles.prefixLabel}>{generalText.prefixLabel}</span>
        <code className={styles.code} title={generalText.prefixHint}>{`idt:${tokenId}:…`}</code>
      </p>
      <p className={styles.hint}>{generalText.prefixHint}</p>
    </div>
  );
}
