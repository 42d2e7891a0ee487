import { Suspense, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Navigate, NavLink, Route, Routes } from 'react-router';
import { DeferredErrorPanel } from '../components/ui/deferred-error-panel';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { ThemeRoot } from '../components/ui/theme';
import type { QueryClient } from '@tanstack/react-query';
import type { ApiTokensConfig } from '../embed';
import { prefetchGridRows } from '../embed/prefetch';
// The page itself, not the package's on-demand wrapper: here the grid is the landing page's first paint.
import { ApiTokensModule } from '../embed/api-tokens-module';
import { retryableLazy } from '../lib/deferred';
import { commonMessages } from '../messages/common';
import { standaloneMessages } from './messages/shell';
import type { StandaloneEnv } from './env';
import styles from './shell.module.css';
import { MODULE_PATH } from './module-path';
import { showTitle } from './window-title';

// Real-API mode's session (its sign-in screen, Sign out, a session that runs out) loads on its own: that mode starts
// on the sign-in screen, and the mock modes' landing page never downloads any of it.
const RealApiSession = retryableLazy(() =>
  import('./real-api-session').then((loaded) => ({ default: loaded.RealApiSession })),
);

// What the mock modes show when their scenario answers 401: loaded only then.
const MockSignInAgain = retryableLazy(() =>
  import('./mock-sign-in-again').then((loaded) => ({ default: loaded.MockSignInAgain })),
);

/** The token the mock modes start with (the built-in mock takes any); it is not a secret of anything real. */
const MOCK_ACCESS_TOKEN = 'idt:TKN-0000-0001:mock-session';

/**
 * What a portal does when it knows the page is about to open: starts the grid's first request before React has
 * rendered anything (the module would otherwise send it only once its first render is done). Only the mock
 * modes are signed in at start; every path outside the module lands on the grid with its default view.
 */
export function startLandingRequest(
  env: StandaloneEnv,
  queryClient: QueryClient,
  url: URL,
  // The demo's deadline (a `deadline:` scenario): the grid joins this request, so it must time out like its own.
  requestTimeoutMs?: number,
): Promise<void> {
  if (env.VITE_API_MODE === 'real') return Promise.resolve();
  const path = url.pathname.replace(/\/+$/, '');
  const inModule = path === MODULE_PATH || path.startsWith(`${MODULE_PATH}/`);
  if (inModule && path !== MODULE_PATH) return Promise.resolve();
  return prefetchGridRows(
    { apiBaseUrl: '', getAccessToken: () => MOCK_ACCESS_TOKEN, queryClient, requestTimeoutMs },
    inModule ? url.search : '',
  );
}

/** A stand-in for the Marketplace portal: its own router, layout and QueryClient around the embedded module. */
export function StandaloneApp({
  env,
  queryClient,
  requestTimeoutMs,
  router: Router = BrowserRouter,
}: {
  env: StandaloneEnv;
  queryClient: QueryClient;
  /** The module's request deadline; the default without it. */
  requestTimeoutMs?: number | undefined;
  /** The browser's address; the page's shell in the built index.html is drawn with a fixed one (static-shell.tsx). */
  router?: ComponentType<{ children: ReactNode; useTransitions?: boolean }>;
}) {
  return (
    // An address change draws at once, in the click's own task: as a transition it is drawn in slices between
    // frames, and a filter or page change would reach the screen a frame or two later.
    <Router useTransitions={false}>
      <ThemeRoot className={styles.shell}>
        {env.VITE_API_MODE === 'real' ? (
          // Its code failing to load (offline, a new deployment) says so with Retry, rather than leaving a blank page.
          <ErrorBoundary
            fallback={({ error, reset }) => (
              <FrameWithFailure error={error} title={commonMessages.errors.unknown} onRetry={reset} />
            )}
          >
            {/* The frame alone until the session's code is in (and in the page's shell, which is drawn before it). */}
            <Suspense fallback={<TopBar />}>
              <RealApiSession env={env} queryClient={queryClient} requestTimeoutMs={requestTimeoutMs} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <MockSession env={env} queryClient={queryClient} requestTimeoutMs={requestTimeoutMs} />
        )}
      </ThemeRoot>
    </Router>
  );
}

/** The portal's frame with, in its content area, why the page cannot go on, and Retry. */
function FrameWithFailure({ error, title, onRetry }: { error: unknown; title: string; onRetry: () => void }) {
  return (
    <>
      <TopBar />
      <main className={styles.center} id="content">
        <div className={styles.failure}>
          {/* The page's name, as its title says: what could not be shown. */}
          <h1 className={styles.failureHeading}>{standaloneMessages.navApiTokens}</h1>
          <DeferredErrorPanel error={error} title={title} onRetry={onRetry} />
        </div>
      </main>
    </>
  );
}

/**
 * The page in `mock` mode when the mock in the browser could not start (its code did not load, its worker could
 * not be registered). Without it there is no API to show anything from; Retry loads the page again.
 */
export function MockNotStarted({ error }: { error: unknown }) {
  return (
    <ThemeRoot className={styles.shell}>
      <FrameWithFailure
        error={error}
        title={standaloneMessages.mockNotStarted}
        onRetry={() => window.location.reload()}
      />
    </ThemeRoot>
  );
}

/** What a session of the standalone page (mock or real API) is drawn with. */
export interface SessionProps {
  env: StandaloneEnv;
  queryClient: QueryClient;
  requestTimeoutMs: number | undefined;
}

/**
 * Both mock modes sign in by themselves with a token the mock accepts. When the mock answers 401 all the same (its
 * scenario says so), the page asks for a token over itself, as real-API mode does when a session runs out.
 */
function MockSession({ env, queryClient, requestTimeoutMs }: SessionProps) {
  const token = useRef(MOCK_ACCESS_TOKEN);
  const [refused, setRefused] = useState(false);
  // While the dialog's code has failed to load: asks for it again. Each new refusal does (a Retry in the page, the
  // next request), as well as the Retry said with the failure.
  const loadSignInAgain = useRef<(() => void) | null>(null);
  const config = useMemo<ApiTokensConfig>(
    () => ({
      ...standaloneConfig(env, queryClient, requestTimeoutMs),
      getAccessToken: () => token.current,
      onUnauthorized: () => {
        setRefused(true);
        loadSignInAgain.current?.();
      },
    }),
    [env, queryClient, requestTimeoutMs],
  );
  return (
    <>
      <TopBar>
        <span className={styles.mock} title={standaloneMessages.mockBadgeTitle}>
          {standaloneMessages.mockBadge}
        </span>
      </TopBar>
      <SignedIn config={config}>
        {refused ? (
          // The dialog is drawn over the page wherever it stands here. Its code failing to load (offline, a new
          // deployment) is said above the module with Retry, rather than leaving no way to sign in.
          <ErrorBoundary
            fallback={({ error, reset }) => (
              <SignInNotLoaded error={error} retry={reset} retryOnRefusalRef={loadSignInAgain} />
            )}
          >
            <Suspense fallback={null}>
              <MockSignInAgain
                queryClient={queryClient}
                onSignIn={(typed) => {
                  token.current = typed;
                  setRefused(false);
                }}
              />
            </Suspense>
          </ErrorBoundary>
        ) : null}
      </SignedIn>
    </>
  );
}

/** Where the mock's sign-in dialog would be, when its code failed to load: what happened, with Retry. */
function SignInNotLoaded({
  error,
  retry,
  retryOnRefusalRef,
}: {
  error: unknown;
  retry: () => void;
  retryOnRefusalRef: { current: (() => void) | null };
}) {
  useEffect(() => {
    retryOnRefusalRef.current = retry;
    return () => {
      retryOnRefusalRef.current = null;
    };
  }, [retry, retryOnRefusalRef]);
  return (
    <div className={styles.banner}>
      <DeferredErrorPanel error={error} title={standaloneMessages.signInNotLoaded} onRetry={retry} />
    </div>
  );
}

/** The module's configuration as the standalone page gives it in every mode, but for how it signs in. */
export function standaloneConfig(
  env: StandaloneEnv,
  queryClient: QueryClient,
  requestTimeoutMs: number | undefined,
): Omit<ApiTokensConfig, 'getAccessToken'> {
  return {
    apiBaseUrl: '', // same origin: the mock worker intercepts it, or the dev server proxies it upstream
    queryClient,
    locale: env.VITE_LOCALE,
    accountId: env.VITE_ACCOUNT_ID,
    colorScheme: 'system', // the standalone page is its own host and follows the OS
    onTitleChange: showTitle,
    ...(requestTimeoutMs !== undefined && { requestTimeoutMs }),
  };
}

/** The portal's top bar (and the skip link before it); `children` go at its end. */
export function TopBar({ children }: { children?: ReactNode }) {
  return (
    <>
      <a className={styles.skip} href="#content">
        {standaloneMessages.skipToContent}
      </a>
      <header className={styles.topbar}>
        <span className={styles.brand}>{standaloneMessages.brand}</span>
        <p className={styles.section}>{standaloneMessages.settings}</p>
        <span className={styles.spacer} />
        {children}
      </header>
    </>
  );
}

/** The portal's navigation and the module in its content area, for a signed-in session; `children` go above the module. */
export function SignedIn({ config, children }: { config: ApiTokensConfig; children?: ReactNode }) {
  return (
    <div className={styles.body}>
      <nav className={styles.nav} aria-label={standaloneMessages.navLabel}>
        <p className={styles.navGroup}>{standaloneMessages.navPlatformTools}</p>
        <ul className={styles.navList}>
          <li>
            <NavLink className={styles.navLink} to={MODULE_PATH}>
              {standaloneMessages.navApiTokens}
            </NavLink>
          </li>
        </ul>
      </nav>
      <main className={styles.main} id="content" tabIndex={-1}>
        {children}
        <Routes>
          <Route path={`${MODULE_PATH}/*`} element={<ApiTokensModule config={config} />} />
          <Route path="*" element={<Navigate to={MODULE_PATH} replace />} />
        </Routes>
      </main>
    </div>
  );
}
