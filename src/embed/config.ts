import type { QueryClient } from '@tanstack/react-query';
import { DEFAULT_REQUEST_TIMEOUTS, type RequestTimeouts } from '../lib/api-client';

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
   * Show notifications through the host; without it the module shows its own toasts. One may come after the
   * module has unmounted: an action or a save still running when the user left says how it ended, and a token
   * created meanwhile has a secret that could not be shown (named by its ID). A notification may carry an
   * `action` (e.g. Undo after "View reset"): show it as a button that calls `onAction` and closes the
   * notification.
   */
  notify?: (
    message: string,
    options?: {
      tone?: 'success' | 'error' | 'info' | 'warning';
      action?: { label: string; onAction: () => void };
    },
  ) => void;
  /**
   * BCP 47 locale; defaults to the browser's. Its language picks the text ('de-CH' → German; a language without a
   * catalogue → English), and dates, numbers and relative times follow it in that language ('fr-FR' → 'en'). One
   * language per page: two modules on one page share the language of the first one drawn.
   */
  locale?: string;
  /** IANA time zone for dates; defaults to the browser's. */
  timeZone?: string;
  /**
   * How long a request may take before it fails as timed out, in milliseconds: one number for every request, or
   * separate deadlines for reads and writes. Defaults: 30 000 for reads (retried), 60 000 for writes (the user is
   * told the outcome is unknown and the token is fetched again). 0 waits for ever.
   */
  requestTimeoutMs?: number | { read?: number; write?: number };
  /** Account the new tokens belong to; without it the API uses the caller's account. */
  accountId?: string;
  /**
   * 'light' or 'dark' to match the host's theme, 'system' to follow the OS. Without it the module follows the CSS
   * `color-scheme` the host declares on the page (e.g. `:root { color-scheme: dark }`), and is light when there is none.
   */
  colorScheme?: 'light' | 'dark' | 'system';
  /**
   * The title of the module's page, in its language, each time it changes: "API tokens" on the grid, "Add API
   * token · API tokens" over it, a token's name and "· API tokens" on its page. For the host's `document.title`,
   * with the host's own name after it; the module never sets the document's title itself.
   */
  onTitleChange?: (title: string) => void;
}

/** The deadlines `requestTimeoutMs` asks for, the defaults where it names none. */
export function requestTimeouts(option: ApiTokensConfig['requestTimeoutMs']): RequestTimeouts {
  if (typeof option === 'number') return { read: option, write: option };
  return {
    read: option?.read ?? DEFAULT_REQUEST_TIMEOUTS.read,
    write: option?.write ?? DEFAULT_REQUEST_TIMEOUTS.write,
  };
}

/**
 * Stops a host's mistake where its developer sees it, instead of every request failing as "could not be reached":
 * a base URL that is not a string, names no scheme (`api.example.com` would be read as a path below the page's
 * own address), or carries a query or fragment (the API's paths would land inside it).
 */
export function assertValidConfig(config: ApiTokensConfig): void {
  const base: unknown = config.apiBaseUrl;
  const valid =
    typeof base === 'string' && (base === '' || /^(https?:\/\/[^/\\?#]+|\/(?![/\\]))[^?#]*$/i.test(base));
  if (!valid)
    throw new TypeError(
      `ApiTokensConfig.apiBaseUrl must be '' (the page's own origin), a path starting with '/', or an http(s) URL without query or fragment; got ${JSON.stringify(base)}.`,
    );
  if (typeof config.getAccessToken !== 'function')
    throw new TypeError('ApiTokensConfig.getAccessToken must be a function.');
}
