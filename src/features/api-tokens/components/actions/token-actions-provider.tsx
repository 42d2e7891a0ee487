import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLocation, useNavigate, type To } from 'react-router';
import { Dialog, DialogBody } from '../../../../components/ui/dialog';
import { ErrorBoundary } from '../../../../components/ui/error-boundary';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { useServices } from '../../../../lib/services';
import { actionMessages } from '../../../../messages/actions';
import { canApply, type TokenStateAction } from '../../api/state-mutations';
import type { ApiToken } from '../../api/types';
import { BulkStateDialog, type BulkStateRequest } from './bulk-state-dialog';
import { TokenActionsContext, type TokenActions } from './token-actions-context';
import { TokenStateDialog, type TokenStateRequest } from './token-state-dialog';
import { tokenLabel } from './token-label';

// The edit dialog (and its form code) loads the first time someone edits, not with the grid.
const EditTokenDialog = lazy(() =>
  import('../wizard/edit-token-dialog').then((module) => ({ default: module.EditTokenDialog })),
);

export interface TokenActionsProviderProps {
  children: ReactNode;
  /**
   * Where Duplicate goes, resolved relative to the route this provider is rendered in. By default
   * `new?from=<id>` plus the current search, so the grid keeps its view behind the Add wizard.
   */
  duplicateTo?: (tokenId: string) => To;
}

/**
 * Where focus should go back to when the dialog an action opened closes. Actions usually start from a menu
 * item, which is gone by then: use the button that opened the menu (Radix labels the menu by its trigger).
 */
function focusReturnTarget(active: Element | null): HTMLElement | null {
  if (!(active instanceof HTMLElement) || active === active.ownerDocument.body) return null;
  const menu = active.closest('[role="menu"]');
  if (!menu) return active;
  const triggerId = menu.getAttribute('aria-labelledby');
  const trigger = triggerId ? active.ownerDocument.getElementById(triggerId) : null;
  return trigger instanceof HTMLElement ? trigger : null;
}

type Open =
  | ({ kind: 'state'; key: number } & TokenStateRequest)
  | ({ kind: 'bulk'; key: number } & BulkStateRequest)
  | null;

/**
 * Gives the screens below it `useTokenActions()` and draws what those actions need: confirmations for
 * enable, disable and delete (single and bulk) and the edit dialog. One confirmation at a time.
 */
export function TokenActionsProvider({ children, duplicateTo }: TokenActionsProviderProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const { notify } = useServices();
  const [open, setOpen] = useState<Open>(null);
  const [editing, setEditing] = useState<ApiToken | null>(null);
  const nextKey = useRef(1);
  const returnFocus = useRef<{ target: HTMLElement; fallback: HTMLElement | null } | null>(null);
  const rememberFocus = useCallback(() => {
    const target = focusReturnTarget(document.activeElement);
    // A deleted row takes its menu button with it: then the focusable region around the table keeps focus in
    // the grid instead of dropping it to <body>.
    const fallback = target?.closest<HTMLElement>('[role="region"][tabindex]') ?? null;
    returnFocus.current = target ? { target, fallback } : null;
  }, []);

  // Dialogs opened from a menu have nothing to return focus to (the item is gone), and the edit dialog swaps
  // its loading view for the form. Put focus back on what the user started from, unless something else has
  // taken it on purpose (e.g. the page after a delete). Runs after Radix's own restore, which is queued first.
  const anyOpen = open !== null || editing !== null;
  useEffect(() => {
    if (anyOpen) return;
    const remembered = returnFocus.current;
    returnFocus.current = null;
    if (!remembered) return;
    const timer = window.setTimeout(() => {
      const current = document.activeElement;
      if (current && current !== document.body) return;
      const { target, fallback } = remembered;
      if (target.isConnected) target.focus();
      else if (fallback?.isConnected) fallback.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [anyOpen]);

  // Read at call time, so the actions object (and every screen using it) stays stable while the URL changes.
  const latest = useRef({ search: location.search, duplicateTo });
  useLayoutEffect(() => {
    latest.current = { search: location.search, duplicateTo };
  });

  const askState = useCallback(
    (action: TokenStateAction, token: ApiToken, onDeleted?: () => void) => {
      rememberFocus();
      if (!canApply(action, token)) {
        notify(actionMessages.single.notApplicable[action](tokenLabel(token).name), { tone: 'info' });
        return;
      }
      setOpen({ kind: 'state', key: nextKey.current++, action, token, onDeleted });
    },
    [notify, rememberFocus],
  );

  const actions = useMemo<TokenActions>(
    () => ({
      edit: (token) => {
        rememberFocus();
        setEditing(token);
      },
      duplicate: (token) => {
        if (!token.id) return;
        const { search, duplicateTo: to } = latest.current;
        if (to) {
          navigate(to(token.id));
          return;
        }
        const params = new URLSearchParams(search);
        params.set('from', token.id);
        navigate({ pathname: 'new', search: `?${params.toString()}` });
      },
      enable: (token) => askState('enable', token),
      disable: (token) => askState('disable', token),
      remove: (token, options) => askState('delete', token, options?.onDeleted),
      bulk: (action, tokens, options) => {
        rememberFocus();
        const applicable = tokens.filter((token) => token.id && canApply(action, token));
        if (applicable.length === 0) {
          notify(actionMessages.bulk.nothingToDo[action], { tone: 'info' });
          return;
        }
        setOpen({
          kind: 'bulk',
          key: nextKey.current++,
          action,
          tokens: applicable,
          selectedCount: tokens.length,
          onDone: options?.onDone,
        });
      },
    }),
    [askState, navigate, notify, rememberFocus],
  );

  const close = useCallback(() => setOpen(null), []);

  return (
    <TokenActionsContext.Provider value={actions}>
      {children}
      {open?.kind === 'state' ? <TokenStateDialog key={open.key} request={open} onClose={close} /> : null}
      {open?.kind === 'bulk' ? <BulkStateDialog key={open.key} request={open} onClose={close} /> : null}
      {editing ? (
        <ErrorBoundary
          fallback={({ error, reset }) => (
            <Dialog open title={actionMessages.edit.unavailableTitle} onOpenChange={() => setEditing(null)}>
              <DialogBody>
                <ErrorPanel error={error} title={actionMessages.edit.unavailable} onRetry={reset} />
              </DialogBody>
            </Dialog>
          )}
        >
          <Suspense fallback={null}>
            <EditTokenDialog
              key={editing.id}
              token={editing}
              open
              onOpenChange={(next) => (next ? undefined : setEditing(null))}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </TokenActionsContext.Provider>
  );
}
