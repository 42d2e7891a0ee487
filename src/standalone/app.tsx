import { Suspense, useCallback, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Navigate, NavLink, Route, Routes } from 'react-router';
import { ThemeRoot } from '../components/ui/theme';
import type { QueryClient } from '@tanstack/react-query';
import type { ApiTokensConfig } from '../embed';
import { ROOT_QUERY_KEY } from '../features/api-tokens/api/queries';
import { prefetchGridRows } from '../embed/prefetch';
// The page itself, not the package's on-demand wrapper: here the grid is the landing page's first paint.
import { ApiTokensModule } from '../embed/api-tokens-module';
import { retryableLazy } from '../lib/deferred';
import { standaloneMessages } from './messages/shell';
import type { StandaloneEnv } from './env';
import styles from './shell.module.css';
import { MODULE_PATH } from './module-path';

// Only real-API mode signs in, so its form (and the form library) stay out of the landing page's bundle.
const signInCode = () => import('./sign-in');
const SignIn = retryableLazy(() => signInCode().then((loaded) => ({ default: loaded.SignIn })));
// Signed in in real-API mode, the sign-in code has been loaded already.
const SignOut = retryableLazy(() => signInCode().then((loaded) => ({ default: loaded.SignOut })));

/** The token the built-in mock accepts; it is not a secret of anything real. */
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
  // Both mock modes sign in by themselves with a token the mock accepts.
  const mock = env.VITE_API_MODE !== 'real';
  // Real-API mode keeps the bearer token in memory only (a ref for requests, state for rendering).
  const tokenRef = useRef<string | null>(mock ? MOCK_ACCESS_TOKEN : null);
  // 'expired': the API refused the token while the page was in use, with something read on it. The page stays (a
  // new token's secret may be on it) under a sign-in dialog. 'rejected': refused before anything was read, so the
  // sign-in screen comes back with the reason. Signing out on purpose clears the page.
  const [session, setSession] = useState<'signed-in' | 'expired' | 'rejected' | 'signed-out'>(
    mock ? 'signed-in' : 'signed-out',
  );
  const signedIn = session === 'signed-in';

  const signOut = useCallback(
    (reason: 'user' | 'expired') => {
      tokenRef.current = null;
      const pageInUse = queryClient
        .getQueryCache()
        .findAll({ queryKey: [ROOT_QUERY_KEY] })
        .some((query) => query.state.data !== undefined);
      if (reason === 'expired' && pageInUse) {
        setSession((current) => (current === 'signed-in' ? 'expired' : current));
        return;
      }
      queryClient.removeQueries({ queryKey: [ROOT_QUERY_KEY] });
      setSession(reason === 'expired' ? 'rejected' : 'signed-out');
    },
    [queryClient],
  );
  const signIn = (token: string) => {
    tokenRef.current = token;
    // What failed while the session was gone is read again with the new token.
    if (session === 'expired')
      void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
    setSession('signed-in');
  };

  const config = useMemo<ApiTokensConfig>(
    () => ({
      apiBaseUrl: '', // same origin: the mock worker intercepts it, or the dev server proxies it upstream
      getAccessToken: () => tokenRef.current,
      onUnauthorized: () => (mock ? undefined : signOut('expired')),
      queryClient,
      locale: env.VITE_LOCALE,
      accountId: env.VITE_ACCOUNT_ID,
      colorScheme: 'system', // the standalone page is its own host and follows the OS
      ...(requestTimeoutMs !== undefined && { requestTimeoutMs }),
    }),
    [mock, queryClient, signOut, env.VITE_LOCALE, env.VITE_ACCOUNT_ID, requestTimeoutMs],
  );

  return (
    // An address change draws at once, in the click's own task: as a transition it is drawn in slices between
    // frames, and a filter or page change would reach the screen a frame or two later.
    <Router useTransitions={false}>
      <ThemeRoot className={styles.shell}>
        <a className={styles.skip} href="#content">
          {standaloneMessages.skipToContent}
        </a>
        <header className={styles.topbar}>
          <span className={styles.brand}>{standaloneMessages.brand}</span>
          <p className={styles.section}>{standaloneMessages.settings}</p>
          <span className={styles.spacer} />
          {mock ? (
            <span className={styles.mock} title={standaloneMessages.mockBadgeTitle}>
              {standaloneMessages.mockBadge}
            </span>
          ) : signedIn ? (
            <Suspense fallback={null}>
              <SignOut onSignOut={() => signOut('user')} />
            </Suspense>
          ) : null}
        </header>
        {session === 'signed-in' || session === 'expired' ? (
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
              <Routes>
                <Route path={`${MODULE_PATH}/*`} element={<ApiTokensModule config={config} />} />
                <Route path="*" element={<Navigate to={MODULE_PATH} replace />} />
              </Routes>
            </main>
          </div>
        ) : (
          <Suspense fallback={null}>
            <SignIn expired={session === 'rejected'} onSignIn={signIn} />
          </Suspense>
        )}
      </ThemeRoot>
      {session === 'expired' ? (
        <Suspense fallback={null}>
          <SignIn expired over onSignIn={signIn} />
        </Suspense>
      ) : null}
    </Router>
  );
}
