import {
  createContext,
  Suspense,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLocation, useNavigate, useResolvedPath } from 'react-router';
import { deferred } from '../../../../lib/deferred';
import type { TokenStateAction } from '../../api/token-state';
import type { ApiToken } from '../../api/types';

/** What an action asks for: a confirmation, the edit dialog, or (when it does not apply) a note. */
export type ActionAsk =
  | { kind: 'state'; action: TokenStateAction; token: ApiToken; onDeleted?: (() => void) | undefined }
  | { kind: 'bulk'; action: TokenStateAction; tokens: ApiToken[]; onDone?: (() => void) | undefined }
  | { kind: 'edit'; token: ApiToken }
  | { kind: 'rotate'; token: ApiToken; onDeleted?: (() => void) | undefined };

/**
 * One action waiting for its confirmation, its edit dialog or its "nothing to do" note. `opener` had focus when
 * the action was asked for; the host puts focus back near it when the action is over.
 */
export type ActionRequest = ActionAsk & { key: number; opener: Element | null };

/**
 * What the provider gives the screens below it. `useTokenActions()` (token-actions-context.ts) turns it into one
 * method per action; that lives with the menus and bars that call it, so the first paint carries only these two.
 */
export interface TokenActionsCore {
  ask(next: ActionAsk): void;
  /** Opens the Add wizard prefilled from this token. */
  duplicate(token: ApiToken): void;
}

export const TokenActionsContext = createContext<TokenActionsCore | null>(null);

// The dialogs, their mutations and their messages are not needed until someone acts: they load at the first use of
// the page (see grid-extras.ts), or with the first action.
const ActionHost = deferred(() => import('./action-host').then((module) => module.ActionHost)).Component;

export interface TokenActionsProviderProps {
  children: ReactNode;
  /**
   * Duplicate, for a screen that opens the Add wizard itself (a token's page, which tells the wizard where Close
   * returns). By default it opens `new?from=<id>` plus the current search, so the grid keeps its view behind it.
   */
  onDuplicate?: ((tokenId: string) => void) | undefined;
  /**
   * Where a token's page is, relative to the route this provider is rendered in: by default `<id>`, as from the
   * module's root (the grid). A new secret shown after its dialog has gone (Rotate) offers View details there.
   */
  tokenTo?: (tokenId: string) => string;
}

/**
 * Gives the screens below it `useTokenActions()` and draws what those actions need: confirmations for
 * enable, disable and delete (single and bulk), the edit dialog and the Rotate dialog. One at a time.
 */
export function TokenActionsProvider({
  children,
  onDuplicate,
  tokenTo = encodeURIComponent,
}: TokenActionsProviderProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const here = useResolvedPath('.').pathname;
  const [request, setRequest] = useState<ActionRequest | null>(null);
  const nextKey = useRef(1);
  // The request on screen, and one asked for while it was (a bulk run whose tokens were still being read when the
  // user opened another dialog): it waits its turn rather than taking away a dialog with typed input or a secret.
  const open = useRef<ActionRequest | null>(null);
  const waiting = useRef<ActionRequest | null>(null);

  const ask = useCallback((next: ActionAsk) => {
    const asked = { ...next, key: nextKey.current++, opener: document.activeElement };
    if (open.current) {
      // Focus goes back where the open one's goes, and from there to this one.
      waiting.current = { ...asked, opener: open.current.opener };
      return;
    }
    open.current = asked;
    setRequest(asked);
  }, []);

  // Read at call time, so the actions object (and every screen using it) stays stable while the URL changes.
  const latest = useRef({ search: location.search, onDuplicate });
  useLayoutEffect(() => {
    latest.current = { search: location.search, onDuplicate };
  });

  const actions = useMemo<TokenActionsCore>(
    () => ({
      ask,
      duplicate: (token) => {
        if (!token.id) return;
        const { search, onDuplicate: own } = latest.current;
        if (own) {
          own(token.id);
          return;
        }
        const params = new URLSearchParams(search);
        params.set('from', token.id);
        navigate({ pathname: 'new', search: `?${params.toString()}` });
      },
    }),
    [ask, navigate],
  );

  const close = useCallback(() => {
    const next = waiting.current;
    waiting.current = null;
    open.current = next;
    setRequest(next);
  }, []);
  return (
    <TokenActionsContext.Provider value={actions}>
      {children}
      {request ? (
        <Suspense fallback={null}>
          <ActionHost key={request.key} request={request} onClose={close} tokenTo={tokenTo} here={here} />
        </Suspense>
      ) : null}
    </TokenActionsContext.Provider>
  );
}
