// The standalone shell's sign-in screen and Sign out (real-API mode; the mock modes ask for a token only when their
// scenario answers 401), kept apart so the landing page never loads them.

export const signInMessages = {
  signInTitle: 'Sign in to the Marketplace API',
  signInIntro:
    'Paste an access token for the Marketplace API. It is kept in memory only and forgotten when you close or reload the page.',
  signInAgainIntro:
    'Paste an access token to go on where you were: the page stays as it is until you have signed in.',
  tokenLabel: 'Access token',
  tokenHint: 'For example idt:TKN-1234-5678:… or a user access token.',
  tokenRequired: 'Enter an access token.',
  signIn: 'Sign in',
  signOut: 'Sign out',
  sessionExpired: 'The API rejected the access token (401). Sign in again.',
  mockRefusing:
    'This page runs on the built-in mock API, which takes any token, but refuses every one while its scenario makes it answer 401.',
  signOutAtStakeTitle: 'Sign out and lose the new API token?',
  signOutAtStake:
    'A new API token is being added, or it is on this page for the only time it is shown. Signing out clears the page, and the new API token cannot be shown again.',
  signOutAnyway: 'Sign out anyway',
  staySignedIn: 'Stay signed in',
} as const;
