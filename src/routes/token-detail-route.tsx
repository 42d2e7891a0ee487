import { TokenActionsProvider } from '../features/api-tokens/components/actions/token-actions-provider';
import { TokenDetailPage } from '../features/api-tokens/components/detail/token-detail-page';

// `..` climbs from the `:tokenId/*` route to the module's root, where the Add wizard lives.
const duplicateTo = (tokenId: string) => ({
  pathname: '../new',
  search: `?${new URLSearchParams({ from: tokenId })}`,
});

export default function TokenDetailRoute() {
  return (
    <TokenActionsProvider duplicateTo={duplicateTo}>
      <TokenDetailPage />
    </TokenActionsProvider>
  );
}
