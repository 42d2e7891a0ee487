import type { QueryClient } from '@tanstack/react-query';

/** Everything the host decides. Nothing else is read from the environment, the URL or globals. */
export interface ApiTokensConfig {
  /** Origin of the Marketplace API, e.g. "https://api.platform.softwareone.com"; '' for the page's own origin. */
  apiBaseUrl: string;
  /** Called before every request; may return a fresh token each time (rotation needs no notice). */
  getAccessToken: () => string | null | undefined | Promise<string | null | undefined>;
  /**
   * Called when the API answers 401, e.g. to send the user to sign in: once for requests failing together, again
   * for a 401 after a success or with a new access token.
   */
  onUnauthorized?: () => void;
  /**
   * Share the host's QueryClient; our keys start with ROOT_QUERY_KEY, then apiBaseUrl. Without it the module
   * makes its own.
   */
  queryClient?: QueryClient;
  /**
   * Show notifications through the host; without it the module shows its own toasts. A notification may carry an
   * `action` (e.g. Undo after "View reset"): show it as a button that calls `onAction` and closes the notification.
   */
  notify?: (
    message: string,
    options?: { tone?: 'success' | 'error' | 'info'; action?: { label: string; onAction: () => void } },
  ) => void;
  /** BCP 47 locale for dates and numbers; defaults to the browser's. */
  locale?: string;
  /** IANA time zone for dates; defaults to the browser's. */
  timeZone?: string;
  /** Account the new tokens belong to; without it the API uses the caller's account. */
  accountId?: string;
  /**
   * 'light' or 'dark' to match the host's theme, 'system' to follow the OS. Without it the module follows the CSS
   * `color-scheme` the host declares on the page (e.g. `:root { color-scheme: dark }`), and is light when there is none.
   */
  colorScheme?: 'light' | 'dark' | 'system';
}
