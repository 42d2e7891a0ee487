import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { useApiClient } from '../../../../lib/services';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken, Module } from '../../api/types';

/**
 * Whether a module is meant for an account of `accountType`. The API lists a module's account types; one without
 * any, or an account whose type is not known yet, leaves the choice to the server, which refuses what is not for it.
 */
export function isForAccountType(module: Module, accountType: string | undefined): boolean {
  if (!accountType || !module.accountTypes?.length) return true;
  return module.accountTypes.includes(accountType);
}

/** The modules of the account's list that are offered to an account of `accountType` (`isForAccountType`). */
export function offeredModules(list: readonly Module[], accountType: string | undefined): Module[] {
  return list.filter((module) => isForAccountType(module, accountType));
}

/**
 * Of the chosen module IDs, those not `offered`: gone from the account's list, or meant for other types of account
 * only. The picker lists them so they can be removed; Rotate leaves them out of the new token.
 */
export function notOffered(chosen: readonly string[], offered: readonly Module[]): string[] {
  const ids = new Set(offered.map((module) => module.id));
  return chosen.filter((id) => !ids.has(id));
}

function hasAccountType(value: unknown): value is ApiToken & { account: { type: string } } {
  return typeof (value as ApiToken | undefined)?.account?.type === 'string';
}

/**
 * The type of the account the tokens belong to: `known` (the token being edited or duplicated), or else that of any
 * token this page has already read (the grid behind the wizard), as every token of the module is of one account.
 * Undefined until one is read, as on an account without tokens.
 */
export function useAccountType(known: string | undefined): string | undefined {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const read = useCallback((): string | undefined => {
    for (const [, data] of queryClient.getQueriesData<unknown>({ queryKey: apiTokenQueries.all(client) })) {
      if (hasAccountType(data)) return data.account.type;
      const rows = (data as { data?: unknown } | undefined)?.data;
      const row = Array.isArray(rows) ? rows.find(hasAccountType) : undefined;
      if (row) return row.account.type;
    }
    return undefined;
  }, [queryClient, client]);
  const cached = useSyncExternalStore(subscribe, read, read);
  return known ?? cached;
}
