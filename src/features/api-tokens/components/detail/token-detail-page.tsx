import { useParams } from 'react-router';

// Placeholder until the detail page lands (issue: Token detail page).
export function TokenDetailPage() {
  const { tokenId } = useParams();
  return <h1>{tokenId}</h1>;
}
