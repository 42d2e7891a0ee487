import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { FailureNote } from '../../../../components/ui/failure-note';
import { InfoIcon } from '../../../../components/ui/icons/info';
import { ReasonInSentence } from '../../../../components/ui/reason-in-sentence';
import { focusLanding } from '../../../../components/ui/use-focus-landing';
import { useApiClient } from '../../../../lib/services';
import { rotateMessages } from '../../messages/rotate';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken } from '../../api/types';
import { notOffered, offeredModules, useAccountType } from '../token-form/module-availability';
import styles from './rotate.module.css';

export interface LeftOutModule {
  id: string;
  name: string;
}

/**
 * How long Rotate's Create waits for the account's module list before it is offered without it. The list usually
 * answers within a second; a list that is retried, or does not answer, would otherwise hold Create until the read
 * deadline (half a minute), while the API's own refusal of a module is only a Create away and is named as such.
 */
export const MODULE_CHECK_PATIENCE_MS = 5_000;

/**
 * Where the check of the account's module list stands (docs/product-rules.md, 'Rotate a token'): `checking` while
 * its tries go on (Create waits), `slow` once that has taken longer than `MODULE_CHECK_PATIENCE_MS` and `failed`
 * once its last try has failed (Create is offered without it in both), `done` once it has answered, which then
 * holds whatever a later read does.
 */
export type ModuleCheck =
  { state: 'checking' | 'slow' | 'done' } | { state: 'failed'; error: unknown; retry: () => void };

export function useModuleCheck(): ModuleCheck {
  const client = useApiClient();
  const modules = useQuery(apiTokenQueries.modules(client));
  // Without data, a query read again (Retry, or a refusal of a module) is pending once more: a new check.
  const pending = modules.data === undefined && modules.status === 'pending';
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setTimeout(() => setSlow(true), MODULE_CHECK_PATIENCE_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [pending]);
  const { refetch } = modules;
  const retry = useCallback(() => void refetch(), [refetch]);
  if (modules.data !== undefined) return { state: 'done' };
  if (modules.status === 'error') return { state: 'failed', error: modules.error, retry };
  return { state: slow ? 'slow' : 'checking' };
}

/**
 * The old token's modules the new token cannot have (docs/product-rules.md, 'Rotate a token'): those the account's
 * module list no longer holds, or holds for other types of account only, as the module picker leaves them out.
 * Nothing while the list is not read (it failed, or is read again after a failure): everything is carried over then,
 * and the API's answer shows.
 */
export function useModulesLeftOut(old: ApiToken): LeftOutModule[] {
  const client = useApiClient();
  const modules = useQuery(apiTokenQueries.modules(client));
  const accountType = useAccountType(old.account?.type);
  return useMemo(() => {
    if (!modules.data) return [];
    const chosen = old.modules ?? [];
    const ids = chosen.flatMap((module) => (module.id ? [module.id] : []));
    return notOffered(ids, offeredModules(modules.data, accountType)).map((id) => ({
      id,
      name: chosen.find((module) => module.id === id)?.name || id,
    }));
  }, [modules.data, accountType, old.modules]);
}

/**
 * Says, before Create, which of the old token's modules stay behind and why; and that the rest is carried over.
 * While the module list is checked it says so, in the element `checkingId` names (Create's reason to wait); once
 * that takes long, or has failed (with Retry), it says there that Create goes ahead without it (describing Create). One status holds them
 * all, so what replaces "Checking…" is heard as well.
 */
export function ModulesLeftOutNotice({
  check,
  leftOut,
  noneLeft,
  checkingId,
}: {
  check: ModuleCheck;
  leftOut: LeftOutModule[];
  noneLeft: boolean;
  checkingId: string;
}) {
  const headingId = useId();
  const text = rotateMessages.explain;
  return (
    // Retry goes with the failure it sits in: focus stays in this place meanwhile.
    <div role="status" {...focusLanding}>
      {check.state === 'checking' ? (
        <p id={checkingId} className={styles.checking}>
          {text.checkingModules}
        </p>
      ) : check.state === 'slow' ? (
        <p id={checkingId} className={styles.checking}>
          {text.checkingModulesSlow}
        </p>
      ) : check.state === 'failed' ? (
        <p className={styles.checking}>
          <FailureNote error={check.error} onRetry={check.retry}>
            {/* Create's description: the sentence, not the Retry beside it. */}
            <span id={checkingId}>
              <ReasonInSentence sentence={text.modulesCheckFailed} error={check.error} />
            </span>
          </FailureNote>
        </p>
      ) : leftOut.length > 0 ? (
        <div className={styles.notice}>
          <InfoIcon />
          <div>
            <p id={headingId}>{text.modulesLeftOut}</p>
            <ul aria-labelledby={headingId} className={styles.noticeList}>
              {leftOut.map((module) => (
                <li key={module.id}>{module.name}</li>
              ))}
            </ul>
            <p>{noneLeft ? text.noModuleLeft : text.restCarriedOver}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
