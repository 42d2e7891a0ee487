import type { OverlayTriggerProps } from '../../../../components/ui/deferred-overlay';
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from '../../../../components/ui/menu';
import { gridMessages } from '../../messages/grid';
import { gridPanelMessages } from '../../messages/grid-panels';
import type { ApiToken } from '../../api/types';
import { useTokenActions } from '../actions/token-actions-context';
import { tokenName } from './token-cells';

/** The row's "•••" menu; the actions provider asks for confirmation and does the work. */
export function RowActionsMenu({ token, trigger, defaultOpen }: OverlayTriggerProps & { token: ApiToken }) {
  const actions = useTokenActions();
  return (
    <Menu modal={false} defaultOpen={defaultOpen}>
      <MenuTrigger asChild>{trigger}</MenuTrigger>
      <MenuContent label={gridMessages.table.actionsFor(tokenName(token))}>
        {token.status === 'Disabled' ? (
          <MenuItem onSelect={() => actions.enable(token)}>{gridPanelMessages.menu.enable}</MenuItem>
        ) : (
          <MenuItem onSelect={() => actions.disable(token)}>{gridPanelMessages.menu.disable}</MenuItem>
        )}
        <MenuSeparator />
        <MenuItem onSelect={() => actions.edit(token)}>{gridPanelMessages.menu.edit}</MenuItem>
        <MenuItem onSelect={() => actions.duplicate(token)}>{gridPanelMessages.menu.duplicate}</MenuItem>
        <MenuItem onSelect={() => actions.rotate(token)}>{gridPanelMessages.menu.rotate}</MenuItem>
        <MenuItem tone="danger" onSelect={() => actions.remove(token)}>
          {gridPanelMessages.menu.delete}
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
