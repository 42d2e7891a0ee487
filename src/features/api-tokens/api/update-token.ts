import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/services';
import { apiTokenQueries } from './queries';
import { updateApiToken } from './write-requests';
import type { ApiToken, ApiTokenCollection, UpdateApiTokenInput } from './types';

export interface UpdateApiTokenVariables {
  id: string;
  /** Only the fields that changed (see UpdateApiTokenInput). */
  changes: UpdateApiTokenInput;
  /** Aborts the request (the dialog's Cancel); the save may still have happened, so the token is read again. */
  signal?: AbortSignal | undefined;
}

/** Fields a list row shows even when the list did not `select` the rest. */
const ROW_FIELDS = ['name', 'description', 'icon', 'status', 'audit', 'modules'] as const;

/** Puts the saved values into a cached list row, keeping the row's shape (lists omit some fields). */
function patchRow(row: ApiToken, saved: ApiToken): ApiToken {
  const next: Record<string, unknown> = { ...row };
  for (const key of ROW_FIELDS) {
    if (key in row || key === 'name' || key === 'description' || key === 'icon') {
      if (saved[key] !== undefined) next[key] = saved[key];
    }
  }
  return next as ApiToken;
}

/**
 * Saves changes to a token (PUT with only the changed fields). The detail and every cached list page that
 * shows the token get the saved values at once; lists, counts and the token's audit trail (which gained a
 * record) are then refetched; after a failure the token and lists are read again. Never retried.
 */
export function useUpdateApiToken() {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation<ApiToken, unknown, UpdateApiTokenVariables>({
    mutationKey: [...apiTokenQueries.all(client), 'update'],
    retry: false,
    mutationFn: ({ id, changes, signal }) => updateApiToken(client, id, changes, signal),
    onSuccess: (saved, { id }) => {
      queryClient.setQueryData<ApiToken>(apiTokenQueries.detail(client, id).queryKey, (current) =>
        current ? { ...current, ...saved } : saved,
      );
      queryClient.setQueriesData<ApiTokenCollection>({ queryKey: apiTokenQueries.lists(client) }, (page) => {
        if (!page?.data?.some((row) => row.id === id)) return page;
        return { ...page, data: page.data.map((row) => (row.id === id ? patchRow(row, saved) : row)) };
      });
      void queryClient.invalidateQueries({ queryKey: apiTokenQueries.lists(client) });
      void queryClient.invalidateQueries({ queryKey: apiTokenQueries.counts(client) });
      void queryClient.invalidateQueries({ queryKey: apiTokenQueries.audits(client, id) });
    },
    // A refusal says something about the token as the server has it now (404: deleted meanwhile), and a lost
    // answer may hide a save that went through: ask again, so the page and the grid show what is really there.
    onError: (_error, { id }) => {
      void queryClient.invalidateQueries({ queryKey: apiTokenQueries.lists(client) });
      void queryClient.invalidateQueries({ queryKey: apiTokenQueries.detail(client, id).queryKey });
    },
  });
}

/** Whether a token as read shows changes that were sent: all of them, not all, or no way to tell. */
export type ChangesShown = 'all' | 'not all' | 'cannot tell';

/**
 * Compares only the fields that were sent. A logo is told by its presence: a removed one must be gone, a new one
 * there; a new logo replacing another is there either way, so only a new address for it tells that it was saved.
 */
export function changesShown(
  changes: UpdateApiTokenInput,
  token: ApiToken,
  iconBefore: string | null,
): ChangesShown {
  const moduleIds = new Set((token.modules ?? []).map((module) => module.id));
  const checks = [
    changes.name === undefined || token.name === changes.name,
    changes.description === undefined || ((token.description ?? '').trim() || null) === changes.description,
    changes.moduleIds === undefined ||
      (moduleIds.size === changes.moduleIds.length && changes.moduleIds.every((id) => moduleIds.has(id))),
    changes.icon === undefined || (changes.icon === null ? !token.icon : Boolean(token.icon)),
  ];
  if (checks.includes(false)) return 'not all';
  return changes.icon && iconBefore !== null && token.icon === iconBefore ? 'cannot tell' : 'all';
}
