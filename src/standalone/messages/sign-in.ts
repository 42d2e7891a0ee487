// The standalone shell's sign-in screen (real-API mode only), kept apart so the landing page never loads it.

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
  sessionExpired: 'The API rejected the access token (401). Sign in again.',
} as const;
