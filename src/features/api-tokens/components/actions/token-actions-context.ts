import { useContext, useMemo } from 'react';
import type { TokenStateAction } from '../../api/token-state';
import type { ApiToken } from '../../api/types';
import { TokenActionsContext } from './token-actions-provider';

export type { TokenStateAction };

/**
 * What any screen can ask for on a token. The provider owns the confirmation dialogs, the edit dialog,
 * the mutations and the messages; callers only say which token and what to do next.
 */
export interface TokenActions {
  edit(token: ApiToken): void;
  /** Opens the Add wizard prefilled from this token. */
  duplicate(token: ApiToken): void;
  enable(token: ApiToken): void;
  disable(token: ApiToken): void;
  remove(token: ApiToken, options?: { onDeleted?: () => void }): void;
  /** The guided Rotate dialog: a new token like this one, its secret once, then retiring this one. */
  /** `onDeleted`: called once the dialog has closed, if its last step deleted the old token. */
  rotate(token: ApiToken, options?: { onDeleted?: () => void }): void;
  /** Applies to the tokens for which the action is valid; the dialog says how many that is. */
  bulk(action: TokenStateAction, tokens: ApiToken[], options?: { onDone?: () => void }): void;
}

export function useTokenActions(): TokenActions {
  const core = useContext(TokenActionsContext);
  if (!core) throw new Error('useTokenActions must be used inside TokenActionsProvider.');
  const { ask, duplicate } = core;
  // Stable while the provider's core is, as the provider's own object was.
  return useMemo<TokenActions>(
    () => ({
      edit: (token) => ask({ kind: 'edit', token }),
      rotate: (token, options) => ask({ kind: 'rotate', token, onDeleted: options?.onDeleted }),
      duplicate,
      enable: (token) => ask({ kind: 'state', action: 'enable', token }),
      disable: (token) => ask({ kind: 'state', action: 'disable', token }),
      remove: (token, options) =>
        ask({ kind: 'state', action: 'delete', token, onDeleted: options?.onDeleted }),
      bulk: (action, tokens, options) => ask({ kind: 'bulk', action, tokens, onDone: options?.onDone }),
    }),
    [ask, duplicate],
  );
}
