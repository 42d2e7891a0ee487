import { Fragment } from 'react';
import { MenuItem, MenuSeparator } from '../../../../components/ui/menu';
import { actionMessages } from '../../messages/actions';
import type { ApiToken } from '../../api/types';
import { useTokenActions } from './token-actions-context';

export type TokenMenuAction = 'edit' | 'duplicate' | 'rotate' | 'enable' | 'disable' | 'delete';

/**
 * One order and grouping for every menu of a token's actions (docs/product-rules.md, 'Token states and actions'):
 * what changes the token (Edit, Duplicate, Rotate), then its state (Enable or Disable), then Delete, alone and
 * last. Groups are separated.
 */
export function tokenMenuGroups(token: ApiToken): TokenMenuAction[][] {
  return [['edit', 'duplicate', 'rotate'], [token.status === 'Disabled' ? 'enable' : 'disable'], ['delete']];
}

/**
 * The items of a token's menu. `without` leaves out the action the screen already offers as a button (the detail
 * page's main action); a group left empty goes with its separator.
 */
export function TokenMenuItems({
  token,
  without,
  onDeleted,
}: {
  token: ApiToken;
  without?: TokenMenuAction;
  onDeleted?: () => void;
}) {
  const actions = useTokenActions();
  const run: Record<TokenMenuAction, () => void> = {
    edit: () => actions.edit(token),
    duplicate: () => actions.duplicate(token),
    rotate: () => actions.rotate(token, onDeleted ? { onDeleted } : undefined),
    enable: () => actions.enable(token),
    disable: () => actions.disable(token),
    delete: () => actions.remove(token, onDeleted ? { onDeleted } : undefined),
  };
  const groups = tokenMenuGroups(token)
    .map((group) => group.filter((action) => action !== without))
    .filter((group) => group.length > 0);
  return groups.map((group, index) => (
    <Fragment key={group.join()}>
      {index > 0 ? <MenuSeparator /> : null}
      {group.map((action) => (
        <MenuItem key={action} tone={action === 'delete' ? 'danger' : undefined} onSelect={run[action]}>
          {actionMessages.menu[action]}
        </MenuItem>
      ))}
    </Fragment>
  ));
}
