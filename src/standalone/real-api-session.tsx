import { useCallback, useMemo, useRef, useState } from 'react';
import type { ApiTokensConfig } from '../embed';
import { ROOT_QUERY_KEY } from '../features/api-tokens/api/queries';
import { SignedIn, standaloneConfig, TopBar, type SessionProps } from './app';
import { readFailedAgain, SignIn, SignOut } from './sign-in';

/**
 * Real-API mode: the page signs in with a bearer token the user pastes, held in memory only (a ref for requests,
 * state for rendering). Loaded on its own (app.tsx): the mock modes never need it.
 */
export function RealApiSession({ env, queryClient, requestTimeoutMs }: SessionProps) {
  const tokenRef = useRef<string | null>(null);
  // 'expired': the API refused the token while the page was in use, with something read on it. The page stays (a
  // new token's secret may be on it) under a sign-in dialog. 'rejected': refused before anything was read, so the
  // sign-in screen comes back with the reason. Signing out on purpose clears the page.
  const [session, setSession] = useState<'signed-in' | 'expired' | 'rejected' | 'signed-out'>('signed-out');

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
    if (session === 'expired') readFailedAgain(queryClient);
    setSession('signed-in');
  };

  const config = useMemo<ApiTokensConfig>(
    () => ({
      ...standaloneConfig(env, queryClient, requestTimeoutMs),
      getAccessToken: () => tokenRef.current,
      onUnauthorized: () => signOut('expired'),
    }),
    [env, queryClient, requestTimeoutMs, signOut],
  );

  return (
    <>
      <TopBar>{session === 'signed-in' ? <SignOut onSignOut={() => signOut('user')} /> : null}</TopBar>
      {session === 'signed-in' || session === 'expired' ? (
        <SignedIn config={config} />
      ) : (
        <SignIn expired={session === 'rejected'} onSignIn={signIn} />
      )}
      {session === 'expired' ? <SignIn expired over onSignIn={signIn} /> : null}
    </>
  );
}
