import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  Navigate,
  Outlet,
  useLocation,
  useNavigate,
  useOutletContext,
  useParams,
  useResolvedPath,
} from 'react-router';
import { ErrorPanel } from '../../../../components/ui/error-panel';
import { LinkTabs } from '../../../../components/ui/tabs';
import { isApiError } from '../../../../lib/api-error';
import { useServices } from '../../../../lib/services';
import { detailMessages } from '../../messages/detail';
import { deletedToken, forgetDeleted } from '../../api/deleted-tokens';
import { apiTokenQueries } from '../../api/queries';
import type { ApiToken } from '../../api/types';
import { tokenIdFromAddress } from '../../model/token-address';
import { DetailSkeleton, DetailStateMessage } from './detail-states';
import { useGridReturn } from './grid-return';
import { findTokenInLists, listedSince } from './list-seed';
import { BackToGrid, DisabledBanner, TokenDetailHeader } from './token-detail-header';
import { TokenSummary } from './token-summary';
import styles from './token-detail-page.module.css';

const TABS = [
  { path: 'general', key: 'general' },
  { path: 'modules', key: 'modules' },
  { path: 'details', key: 'details' },
  { path: 'audit-trail', key: 'auditTrail' },
  { path: 'activity', key: 'activity' },
] as const;

/**
 * The tokens deleted from their own page, per mounted module (its `mount`). Each tab the user visited there is an
 * entry in history that the delete could not replace: the browser's Back reaches them, and they lead to the grid
 * instead of "not found".
 */
const deletedHere = new WeakMap<object, Set<string>>();

/** What the page hands to the tab route under it. */
export interface TokenDetailTabContext {
  token: ApiToken;
  tokenId: string;
  /** The token is a grid row shown while the full token loads: parts it may lack are still coming. */
  loading: boolean;
  /** Reading the token again failed: the page's Retry reads it, and whatever else on the page failed, again. */
  readFailed: boolean;
}

export function useTokenDetailTab(): TokenDetailTabContext {
  return useOutletContext<TokenDetailTabContext>();
}

/**
 * The `:tokenId` route: header and summary over tabs, each tab its own child route (`general`, `modules`,
 * `details`, `audit-trail`, `activity`, declared with the other routes), so a tab can be linked, reloaded and reached with
 * back/forward.
 */
export function TokenDetailPage() {
  const params = useParams();
  const addressed = params.tokenId ?? '';
  const tokenId = tokenIdFromAddress(addressed);
  const { client, mount, title } = useServices();
  const queryClient = useQueryClient();
  const location = useLocation();
  const navigate = useNavigate();
  const gridReturn = useGridReturn();
  const tokenRoute = useResolvedPath('.');

  const deleted = mount !== undefined && deletedHere.get(mount)?.has(tokenId) === true;
  const query = useQuery({
    ...apiTokenQueries.detail(client, tokenId),
    enabled: !deleted,
    // A grid page already holds this row: show it at once while the full token loads.
    placeholderData: () => findTokenInLists(queryClient, client, tokenId),
  });
  const { data: token, error, isPlaceholderData } = query;
  // Deleted by this module while mounted (from the grid, a bulk run, Rotate, or a page left before the delete
  // ended; also a delete that got no answer): the page is still asked for, and says so once the API confirms that
  // the token is gone.
  const deletedHereBefore = deletedToken(mount, tokenId);
  const readSinceDelete =
    deletedHereBefore !== undefined &&
    ((!isPlaceholderData && query.dataUpdatedAt > deletedHereBefore.at) ||
      // The grid's rows, read again since (after a wait stopped by Cancel, say), had it.
      listedSince(queryClient, client, tokenId, deletedHereBefore.at));
  useEffect(() => {
    // The API has it after all: the server wins, and a later 404 is not this module's doing.
    if (readSinceDelete) forgetDeleted(mount, tokenId);
  }, [readSinceDelete, mount, tokenId]);

  // The address as typed names the token loosely (a trailing space, lower case): show its own address instead, so
  // a copied link, the tabs and Back all use the token's ID.
  useEffect(() => {
    if (tokenId === addressed) return;
    const segments = location.pathname.split('/');
    segments[tokenRoute.pathname.split('/').length - 1] = encodeURIComponent(tokenId);
    navigate(
      { pathname: segments.join('/'), search: location.search, hash: location.hash },
      { replace: true, state: location.state },
    );
  }, [tokenId, addressed, location, tokenRoute.pathname, navigate]);

  // As the page's heading names it (token-detail-header.tsx); its ID until it is read.
  const pageName = token?.name || tokenId;
  useEffect(() => {
    title?.(detailMessages.pageTitle(pageName));
  }, [title, pageName]);

  if (deleted) return <Navigate to={gridReturn} replace />;
  const status = isApiError(error) ? error.status : undefined;
  if (status === 404 && deletedHereBefore && !readSinceDelete) {
    return (
      <DetailStateMessage
        title={detailMessages.deleted.title}
        body={detailMessages.deleted.body(deletedHereBefore.name, tokenId)}
        backTo={gridReturn}
        backLabel={detailMessages.notFound.back}
      />
    );
  }
  if (status === 404) {
    return (
      <DetailStateMessage
        title={detailMessages.notFound.title}
        body={detailMessages.notFound.body(tokenId)}
        backTo={gridReturn}
        backLabel={detailMessages.notFound.back}
      />
    );
  }
  if (!token) {
    if (status === 403) {
      return (
        <DetailStateMessage
          title={detailMessages.forbidden.title}
          body={detailMessages.forbidden.body}
          backTo={gridReturn}
          backLabel={detailMessages.notFound.back}
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
              title={detailMessages.loadFailed}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          </div>
        </div>
      );
    }
    return <DetailSkeleton />;
  }

  // The first path segment under the token picks the tab; the routes send anything else to General. Counted in
  // segments, as the resolved path and the location may differ in how they encode the token's id.
  const segment = location.pathname.split('/')[tokenRoute.pathname.split('/').length] ?? '';
  const activeTab = TABS.some((tab) => tab.path === segment) ? segment : null;
  const tokenPath = encodeURIComponent(tokenId);
  const keepState = location.state ?? undefined;

  return (
    // A Retry on the page that brought its detail back leaves focus on the page's heading.
    <div className={styles.page} data-focus-landing="">
      <TokenDetailHeader
        token={token}
        // The token is gone: replace its page in history so Back never lands on "not found".
        onDeleted={() => {
          if (mount) deletedHere.set(mount, (deletedHere.get(mount) ?? new Set()).add(tokenId));
          navigate(gridReturn, { replace: true });
        }}
      />
      <div className={styles.content}>
        {query.isError ? (
          // Reading it again failed (after a write, or on a later visit): the page keeps what it had and says so.
          <ErrorPanel
            error={error}
            title={detailMessages.refreshFailed}
            tone="warning"
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        {token.status === 'Disabled' ? <DisabledBanner /> : null}
        <TokenSummary token={token} readFailed={query.isError} />
        <LinkTabs
          label={detailMessages.tabsLabel}
          activeId={activeTab}
          state={keepState}
          // `..` climbs from `:tokenId` to the module root, so the links hold wherever the module is mounted.
          tabs={TABS.map((tab) => ({
            id: tab.path,
            label: detailMessages.tabs[tab.key],
            to: `../${tokenPath}/${tab.path}`,
          }))}
        >
          <Outlet
            context={
              {
                token,
                tokenId,
                loading: isPlaceholderData,
                readFailed: query.isError,
              } satisfies TokenDetailTabContext
            }
          />
        </LinkTabs>
      </div>
    </div>
  );
}
