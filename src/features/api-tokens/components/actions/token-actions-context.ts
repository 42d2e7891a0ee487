import { createContext, useContext } from 'react';
import type { TokenStateAction } from '../../api/token-state';
import type { ApiToken } from '../../api/types';

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

export const TokenActionsContext = createContext<TokenActions | null>(null);

export function useTokenActions(): TokenActions {
  const actions = useContext(TokenActionsContext);
  if (!actions) throw new Error('useTokenActions must be used inside TokenActionsProvider.');
  return actions;
}
