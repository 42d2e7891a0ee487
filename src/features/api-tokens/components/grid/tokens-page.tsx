import { commonMessages } from '../../../../messages/common';

// Placeholder until the grid lands (issue: Tokens grid).
export function TokensPage() {
  return <h1>{commonMessages.moduleTitle}</h1>;
}
