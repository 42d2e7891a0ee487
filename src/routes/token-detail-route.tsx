import type { ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { TokenActionsProvider } from '../features/api-tokens/components/actions/token-actions-provider';
import { ActivityTab } from '../features/api-tokens/components/detail/activity-tab';
import { AuditTrailTab } from '../features/api-tokens/components/detail/audit-trail-tab';
import { DetailsTab } from '../features/api-tokens/components/detail/details-tab';
import { GeneralTab } from '../features/api-tokens/components/detail/general-tab';
import { ModulesTab } from '../features/api-tokens/components/detail/modules-tab';
import {
  readGridSearch,
  type DetailLocationState,
} from '../features/api-tokens/components/detail/grid-return';
import {
  TokenDetailPage,
  useTokenDetailTab,
} from '../features/api-tokens/components/detail/token-detail-page';
import type { DetailTabRoute } from './route-tree';

// Another token's page is the `:tokenId` route's sibling.
const tokenTo = (tokenId: string) => `../${encodeURIComponent(tokenId)}`;

export default function TokenDetailRoute() {
  const navigate = useNavigate();
  const location = useLocation();
  // `..` climbs from the `:tokenId` route to the module's root, where the Add wizard lives. The wizard is told this
  // tab, so that closing it without adding a token comes back here, and the grid's view, for the Back link here.
  const duplicate = (tokenId: string) => {
    const state: DetailLocationState = {
      gridSearch: readGridSearch(location.state),
      duplicatedFromTab: location.pathname.split('/').pop() ?? '',
    };
    navigate({ pathname: '../new', search: `?${new URLSearchParams({ from: tokenId })}` }, { state });
  };
  return (
    <TokenActionsProvider onDuplicate={duplicate} tokenTo={tokenTo}>
      <TokenDetailPage />
    </TokenActionsProvider>
  );
}

/** Keeps the grid view the page was opened from (location state) when a missing or unknown tab is replaced. */
function ToTab({ to }: { to: string }) {
  const { state } = useLocation();
  return <Navigate to={to} replace state={state ?? undefined} />;
}

function GeneralTabRoute() {
  const { token, readFailed } = useTokenDetailTab();
  return <GeneralTab token={token} readFailed={readFailed} />;
}

function ModulesTabRoute() {
  const { token, loading } = useTokenDetailTab();
  return <ModulesTab token={token} loading={loading} />;
}

function DetailsTabRoute() {
  const { token, loading } = useTokenDetailTab();
  return <DetailsTab token={token} loading={loading} />;
}

function AuditTrailTabRoute() {
  return <AuditTrailTab tokenId={useTokenDetailTab().tokenId} />;
}

function ActivityTabRoute() {
  const { tokenId, token } = useTokenDetailTab();
  return <ActivityTab tokenId={tokenId} lastAccessAt={token.lastAccessAt ?? null} />;
}

// By route path (route-tree.ts): the index route and unknown paths lead to the first tab.
const tabs: Record<DetailTabRoute, () => ReactNode> = {
  '': () => <ToTab to="general" />,
  general: GeneralTabRoute,
  modules: ModulesTabRoute,
  details: DetailsTabRoute,
  'audit-trail': AuditTrailTabRoute,
  activity: ActivityTabRoute,
  '*': () => <ToTab to="../general" />,
};

/** The element of each of the detail page's tab routes, which are declared in `route-tree.ts`. */
export function DetailTab({ path }: { path: DetailTabRoute }) {
  const Tab = tabs[path];
  return <Tab />;
}
