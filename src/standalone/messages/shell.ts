export const standaloneMessages = {
  /** The wordmark in the top bar. */
  brand: 'one',
  settings: 'Settings',
  navLabel: 'Settings sections',
  navPlatformTools: 'Platform tools',
  navApiTokens: 'API tokens',
  skipToContent: 'Skip to content',
  mockBadge: 'Mock API',
  mockBadgeTitle: 'Running on the built-in mock backend',
  /** `mock` mode: the mock in the browser did not start (its code did not load, its worker not registered). */
  mockNotStarted: 'The built-in mock API could not start.',
  /** A `fail:…:401` scenario refused the token, and the dialog that asks for another did not load. */
  signInNotLoaded: 'The mock API refused the access token (401), and the sign-in could not load.',
} as const;
