import { useState } from 'react';
import { useRoutes } from 'react-router';
import { createRouteObjects } from '../routes/route-objects';
import type { ApiTokensConfig } from './config';
import { ApiTokensProviders } from './providers';

function ModuleRoutes() {
  const [routes] = useState(createRouteObjects);
  return useRoutes(routes);
}

/**
 * The whole page, loaded at once: the standalone app renders it directly; the package's entry loads it on demand
 * (see lazy-module.tsx), so a host's other pages do not pay for it.
 */
export function ApiTokensModule({ config }: { config: ApiTokensConfig }) {
  return (
    <ApiTokensProviders config={config}>
      <ModuleRoutes />
    </ApiTokensProviders>
  );
}

// What the package's data-router routes load on demand (see lazy-module.tsx).
export { ApiTokensProviders, createRouteObjects };
