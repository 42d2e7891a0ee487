import type { OverlayTriggerProps } from '../../../../components/ui/deferred-overlay';
import { Menu, MenuContent, MenuTrigger } from '../../../../components/ui/menu';
import { gridMessages } from '../../messages/grid';
import type { ApiToken } from '../../api/types';
import { TokenMenuItems } from '../actions/token-menu-items';
import { tokenName } from './token-cells';

/** The row's "•••" menu; the actions provider asks for confirmation and does the work. */
export function RowActionsMenu({ token, trigger, defaultOpen }: OverlayTriggerProps & { token: ApiToken }) {
  return (
    <Menu modal={false} defaultOpen={defaultOpen}>
      <MenuTrigger asChild>{trigger}</MenuTrigger>
      <MenuContent label={gridMessages.table.actionsFor(tokenName(token))}>
        <TokenMenuItems token={token} />
      </MenuContent>
    </Menu>
  );
}
