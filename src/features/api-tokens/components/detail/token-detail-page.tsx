import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { LinkTabs } from '../../../../components/ui/tabs';
import { isApiError } from '../../../../lib/api-error';
import { useServices } from '../../../../lib/services';
import { detailMessages as m } from '../../../../messages/detail';
import { apiTokenQueries } from '../../api/queries';
import { AuditTrailTab } from './audit-trail-tab';
import { DetailsTab } from './details-tab';
import { DetailSkeleton, DetailStateMessage } from './detail-states';
import { GeneralTab } from './general-tab';
import { useGridReturn } from './grid-return';
import { findTokenInLists } from './list-seed';
import { ModulesTab } from './modules-tab';
import { TokenDetailHeader, BackToGrid } from './token-detail-header';
import { TokenSummary } from './token-summary';
import styles from './token-detail-page.module.css';

const TABS = [
  { path: 'general', label: m.tabs.general },
  { path: 'modules', label: m.tabs.modules },
  { path: 'details', label: m.tabs.details },
  { path: 'audit-trail', label: m.tabs.auditTrail },
] as const;

/**
 * The `:tokenId/*` route: header and summary over tabs, each tab its own sub-route (`general`, `modules`,
 * `details`, `audit-trail`), so a tab can be linked, reloaded and reached with back/forward.
 */
export function TokenDetailPage() {
  const params = useParams();
  const tokenId = params.tokenId ?? '';
  const { client } = useServices();
  const queryClient = useQueryClient();
  const location = useLocation();
  const navigate = useNavigate();
  const gridReturn = useGridReturn();

  const query = useQuery({
    ...apiTokenQueries.detail(client, tokenId),
    // A grid page already holds this row: show it at once while the full token loads.
    placeholderData: () => findTokenInLists(queryClient, client, tokenId),
  });
  const { data: token, error, isPlaceholderData } = query;

  const status = isApiError(error) ? error.status : undefined;
  if (status === 404) {
    return (
      <DetailStateMessage
        title={m.notFound.title}
        body={m.notFound.body(tokenId)}
        backTo={gridReturn}
        backLabel={m.notFound.back}
      />
    );
  }
  if (!token) {
    if (status === 403) {
      return (
        <DetailStateMessage
          title={m.forbidden.title}
          body={m.forbidden.body}
          backTo={gridReturn}
          backLabel={m.notFound.back}
        />
      );
    }
    if (query.isError) {
      return (
        <div className={styles.page}>
          <div className={styles.stateBar}>
            <BackToGrid />
          </div>
          <div className={styles.content}>
            <ErrorPanel
              error={error}
              title={m.loadFailed}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          </div>
        </div>
      );
    }
    return <DetailSkeleton />;
  }

  // The first path segment under the token picks the tab; anything else is sent to General below.
  const segment = (params['*'] ?? '').split('/')[0] ?? '';
  const activeTab = TABS.some((tab) => tab.path === segment) ? segment : null;
  const tokenPath = encodeURIComponent(tokenId);
  const keepState = location.state ?? undefined;

  return (
    <div className={styles.page}>
      <TokenDetailHeader
        token={token}
        // The token is gone: replace its page in history so Back never lands on "not found".
        onDeleted={() => navigate(gridReturn, { replace: true })}
      />
      <div className={styles.content}>
        <TokenSummary token={token} />
        <LinkTabs
          label={m.tabsLabel}
          activeId={activeTab}
          state={keepState}
          // `..` climbs from `:tokenId/*` to the module root, so the links hold wherever the module is mounted.
          tabs={TABS.map((tab) => ({ id: tab.path, label: tab.label, to: `../${tokenPath}/${tab.path}` }))}
        >
          <Routes>
            <Route index element={<Navigate to="general" replace state={keepState} />} />
            <Route path="general" element={<GeneralTab token={token} />} />
            <Route path="modules" element={<ModulesTab token={token} loading={isPlaceholderData} />} />
            <Route path="details" element={<DetailsTab token={token} loading={isPlaceholderData} />} />
            <Route path="audit-trail" element={<AuditTrailTab tokenId={tokenId} />} />
            <Route path="*" element={<Navigate to="../general" replace state={keepState} />} />
          </Routes>
        </LinkTabs>
      </div>
    </div>
  );
}
