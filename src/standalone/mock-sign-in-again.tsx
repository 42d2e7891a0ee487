import type { QueryClient } from '@tanstack/react-query';
import { signInMessages } from './messages/sign-in';
import { readFailedAgain, SignIn } from './sign-in';

/**
 * The mock modes' answer to a 401 (a `fail:…:401` scenario), as real-API mode answers one: a token is asked for over
 * the page, which stays as it is, and what failed is read again with it. Loaded only when the mock refuses one.
 */
export function MockSignInAgain({
  queryClient,
  onSignIn,
}: {
  queryClient: QueryClient;
  /** Takes the token for the requests from now on. */
  onSignIn: (token: string) => void;
}) {
  return (
    <SignIn
      expired
      over
      note={signInMessages.mockRefusing}
      onSignIn={(token) => {
        onSignIn(token);
        readFailedAgain(queryClient);
      }}
    />
  );
}
