import { Outlet } from 'react-router';
import { TokenActionsProvider } from '../features/api-tokens/components/actions/token-actions-provider';
import { TokensPage } from '../features/api-tokens/components/grid/tokens-page';

/** The module's index: the grid, with child routes (the Add wizard) drawn over it. */
export function TokensGridRoute() {
  return (
    <TokenActionsProvider>
      <TokensPage />
      <Outlet />
    </TokenActionsProvider>
  );
}
