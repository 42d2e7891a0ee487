import { Suspense, use, useMemo, useState, type ReactNode } from 'react';
import { Outlet, type LoaderFunction, type RouteObject } from 'react-router';
import { buttonClassName } from '../components/ui/button';
import { ErrorBoundary } from '../components/ui/error-boundary';
import panel from '../components/ui/error-panel.module.css';
import { ThemeRoot } from '../components/ui/theme';
import { commonMessages } from '../messages/common';
import { isLoadFailure, retryableLazy } from '../lib/deferred';
import { useColorScheme } from './color-scheme';
import { adoptQueryClient, createQueryClient } from '../lib/query-client';
import { ROOT_QUERY_KEY } from '../features/api-tokens/api/queries';
import { assertValidConfig, type ApiTokensConfig } from './config';
import { prefetchApiTokensGrid } from './prefetch';
import { holdsTokenValue } from '../features/api-tokens/model/grid-view';
import { loadedModuleCode, loadModuleCode, type ModuleCode } from './load-module-code';
import { switchLanguage } from './language';
import { warmIntlWhenIdle } from '../lib/intl-warmup';
import { formatLocale } from '../lib/language';
import {
  createRouteTree,
  findRouteContent,
  type RouteContent,
  type RouteContents,
} from '../routes/route-tree';

// The package's entry stays small: a host pays for these few lines on every page, and for the grid, the detail
// page, the dialogs and their styles only when the module's route renders (or a prefetch asks for them).
const ModuleRoot = /* @__PURE__ */ retryableLazy(() =>
  loadModuleCode().then((module) => ({ default: module.ApiTokensModule })),
);

/**
 * The page as a component: mount it under a splat route of the host's router, e.g.
 * `<Route path="settings/api-tokens/*" element={<ApiTokensModule config={config} />} />`.
 */
export function ApiTokensModule({ config }: { config: ApiTokensConfig }) {
  assertValidConfig(config);
  return (
    <WithHostScheme config={config}>
      {(resolved) => {
        // Code already in (see loadedModuleCode): drawn at once, without suspending.
        const Module = loadedModuleCode()?.ApiTokensModule ?? ModuleRoot;
        return <Module config={resolved} />;
      }}
    </WithHostScheme>
  );
}

/**
 * The themed root comes with the entry (its tokens are style.css), so the surface is there while the code loads;
 * the page inside gets the scheme decided here (the config's, else the host's) and keeps to it.
 */
function WithHostScheme({
  config,
  children,
}: {
  config: ApiTokensConfig;
  children: (resolved: ApiTokensConfig) => ReactNode;
}) {
  const theme = useColorScheme(config.colorScheme);
  // Before the module's first query runs in the host's QueryClient (see adoptQueryClient); again is harmless.
  useState(() => config.queryClient && adoptQueryClient(config.queryClient, [ROOT_QUERY_KEY]));
  const resolved = useMemo(
    () => ({ ...config, colorScheme: theme.colorScheme }),
    [config, theme.colorScheme],
  );
  return (
    <ThemeRoot colorScheme={theme.colorScheme} rootRef={theme.rootRef}>
      {/* The module's code failing to load (offline, a new deployment) is said in the module's place, with Retry,
          rather than thrown to the host, where it would take the host's page down with it. */}
      <ErrorBoundary fallback={({ error, reset }) => <CodeFailed error={error} onRetry={reset} />}>
        <Suspense fallback={null}>
          <InLanguage locale={config.locale}>{children(resolved)}</InLanguage>
        </Suspense>
      </ErrorBoundary>
    </ThemeRoot>
  );
}

/**
 * The module's place when its code did not load: the error panel's look without its code (the error panel and its
 * messages come with the module), as this is in every page of a host that imports the package.
 */
function CodeFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div style={{ padding: 24 }}>
      <div className={panel.panel} role="alert">
        <div className={panel.main}>
          <p className={panel.title}>
            {isLoadFailure(error) ? commonMessages.errors.codeNotLoaded : commonMessages.errors.unknown}
          </p>
          <div className={panel.actions}>
            <button type="button" className={buttonClassName({ size: 'sm' })} onClick={onRetry}>
              {commonMessages.retry}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

/** Draws nothing until the page speaks the locale's language, so no English shows before another catalogue. */
function InLanguage({ locale, children }: { locale: string | undefined; children: ReactNode }) {
  const loading = switchLanguage(locale ?? navigator.language);
  // A component of its own: `use` must be called on every render of a component that suspended on it.
  return loading ? <Await promise={loading} /> : children;
}

function Await({ promise }: { promise: Promise<void> }) {
  use(promise);
  return null;
}

function ProvidersFrom({ module, config }: { module: ModuleCode; config: ApiTokensConfig }) {
  return (
    <module.ApiTokensProviders config={config}>
      <Outlet />
    </module.ApiTokensProviders>
  );
}

const LazyProviders = /* @__PURE__ */ retryableLazy(() =>
  loadModuleCode().then((module) => ({
    default: ({ config }: { config: ApiTokensConfig }) => <ProvidersFrom module={module} config={config} />,
  })),
);

/** The module's providers around the matched route; without suspending when the code is in (the usual case: the
 * route's `lazy` has loaded it before the navigation commits). */
function RoutedProviders({ config }: { config: ApiTokensConfig }) {
  const module = loadedModuleCode();
  return module ? <ProvidersFrom module={module} config={config} /> : <LazyProviders config={config} />;
}

/**
 * Each route's element, taken from the module's own routes once its code is in. The router keeps what a route's
 * `lazy` first settles to for the page's life, a failure too, which it would show in the host's error element: a
 * load that fails settles instead to an element that loads again when drawn, so the module's own Retry (its error
 * boundary, in `WithHostScheme`) can bring the route back.
 */
function lazyContents(): Omit<RouteContents, 'loadGrid'> {
  let routes: Promise<RouteObject[]> | undefined;
  const load = () =>
    (routes ??= loadModuleCode()
      .then((module) => module.createRouteObjects())
      .catch((error: unknown) => {
        routes = undefined;
        throw error;
      }));
  const from = (pick: Parameters<typeof findRouteContent>[1]): RouteContent => {
    const content = (loaded: RouteObject[]) => findRouteContent(loaded, pick)?.element;
    const LoadedAgain = retryableLazy(() =>
      load().then((loaded) => ({ default: () => content(loaded) ?? null })),
    );
    return {
      lazy: () =>
        load().then(
          (loaded) => ({ element: content(loaded) }),
          () => ({ element: <LoadedAgain /> }),
        ),
    };
  };
  return {
    grid: from('grid'),
    add: from('add'),
    detail: from('detail'),
    tab: (path) => from({ tab: path }),
  };
}

/**
 * The page as route objects for data-router hosts: `{ path: 'settings/api-tokens', children: createApiTokensRoutes(config) }`.
 * The grid's loader starts its list request when the route is navigated to, while the router downloads the
 * module's code; it does not hold the navigation up. Once the browser is idle, the routes load the locale's date
 * and number data (`warmIntlWhenIdle`), so the route change does not.
 */
export function createApiTokensRoutes(config: ApiTokensConfig): RouteObject[] {
  assertValidConfig(config);
  // The loader and the page must share one cache: without the host's QueryClient, these routes make theirs here.
  const shared = { ...config, queryClient: config.queryClient ?? createQueryClient() };
  // The routes are made when the host starts; the module is opened later, if at all.
  warmIntlWhenIdle(formatLocale(config.locale ?? navigator.language), config.timeZone);
  const loadGrid: LoaderFunction = ({ request }) => {
    void prefetchApiTokensGrid(shared, new URL(request.url).search);
    return null;
  };
  return [
    {
      element: (
        <WithHostScheme config={shared}>{(resolved) => <RoutedProviders config={resolved} />}</WithHostScheme>
      ),
      children: createRouteTree({ ...lazyContents(), loadGrid }).map((route, index) =>
        index === 0
          ? {
              ...route,
              // Leaving a link that held a full token value is the grid's rewrite of it to the ID: its loader stays
              // quiet, so no request leaves while the address still holds the value (the grid asks once it is clean).
              shouldRevalidate: ({ currentUrl, defaultShouldRevalidate }) =>
                !holdsTokenValue(currentUrl.searchParams) && defaultShouldRevalidate,
            }
          : route,
      ),
    },
  ];
}
