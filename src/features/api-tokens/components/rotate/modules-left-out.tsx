import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { InfoIcon } from '../../../../components/ui/icons/info';
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
 * Whether the account's module list has given its first answer, a failure included: Rotate's Create waits for it,
 * so the modules left out are known before Create, but never for a list that cannot be read (its retries go on
 * behind the step). Once true it stays true.
 */
export function useModulesListSettled(): boolean {
  const client = useApiClient();
  const modules = useQuery(apiTokenQueries.modules(client));
  const answered = !modules.isPending || modules.failureCount > 0;
  const [settled, setSettled] = useState(answered);
  if (answered && !settled) setSettled(true);
  return settled || answered;
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
 * Until the module list has answered (`checkingId` given) it says that this is checked, with that ID. One status
 * holds both, so the answer that replaces "Checking…" is heard as well.
 */
export function ModulesLeftOutNotice({
  leftOut,
  noneLeft,
  checkingId,
}: {
  leftOut: LeftOutModule[];
  noneLeft: boolean;
  checkingId?: string | undefined;
}) {
  const headingId = useId();
  return (
    <div role="status">
      {checkingId ? (
        <p id={checkingId} className={styles.checking}>
          {rotateMessages.explain.checkingModules}
        </p>
      ) : leftOut.length > 0 ? (
        <div className={styles.notice}>
          <InfoIcon />
          <div>
            <p id={headingId}>{rotateMessages.explain.modulesLeftOut}</p>
            <ul aria-labelledby={headingId} className={styles.noticeList}>
              {leftOut.map((module) => (
                <li key={module.id}>{module.name}</li>
              ))}
            </ul>
            <p>{noneLeft ? rotateMessages.explain.noModuleLeft : rotateMessages.explain.restCarriedOver}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
