import { TokenDetailPage } from '../features/api-tokens/components/detail/token-detail-page';

export default function TokenDetailRoute() {
  return <TokenDetailPage />;
}
