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
} as const;
