import { Button } from '../../../../components/ui/button';
import { MoreIcon } from '../../../../components/ui/icons';
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from '../../../../components/ui/menu';
import { gridMessages } from '../../../../messages/grid';
import type { ApiToken } from '../../api/types';
import { useTokenActions } from '../actions/token-actions-context';
import { tokenName } from './token-cells';

/** The row's "•••" menu; the actions provider asks for confirmation and does the work. */
export function RowActionsMenu({ token }: { token: ApiToken }) {
  const actions = useTokenActions();
  const label = gridMessages.table.actionsFor(tokenName(token));
  return (
    <Menu modal={false}>
      <MenuTrigger asChild>
        <Button variant="ghost" size="sm" iconOnly aria-label={label}>
          <MoreIcon size={18} />
        </Button>
      </MenuTrigger>
      <MenuContent label={label}>
        {token.status === 'Disabled' ? (
          <MenuItem onSelect={() => actions.enable(token)}>{gridMessages.menu.enable}</MenuItem>
        ) : (
          <MenuItem onSelect={() => actions.disable(token)}>{gridMessages.menu.disable}</MenuItem>
        )}
        <MenuSeparator />
        <MenuItem onSelect={() => actions.edit(token)}>{gridMessages.menu.edit}</MenuItem>
        <MenuItem onSelect={() => actions.duplicate(token)}>{gridMessages.menu.duplicate}</MenuItem>
        <MenuItem tone="danger" onSelect={() => actions.remove(token)}>
          {gridMessages.menu.delete}
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
