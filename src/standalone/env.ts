// zod/mini: the standalone entry is on the landing page's critical path, so only the validators used here ship.
import * as z from 'zod/mini';

// The standalone shell is the only place that reads the environment.
const envSchema = z.object({
  /**
   * mock: the mock API runs in the browser (service worker). mock-server: the page's own origin serves the mock
   * API over HTTP (npm run mock:server, directly or through the dev server's proxy). real: the real API through
   * the dev server's proxy, with a sign-in screen.
   */
  VITE_API_MODE: z._default(
    z.enum(['mock', 'mock-server', 'real'], { error: 'must be mock, mock-server or real' }),
    'mock',
  ),
  /** Used by the dev server's proxy (vite.config.ts); the browser always calls its own origin. */
  VITE_API_UPSTREAM: z.optional(
    z.url({ error: 'must be an absolute URL such as https://api.platform.softwareone.com' }),
  ),
  VITE_LOCALE: z.optional(z.string().check(z.minLength(2, 'must be a locale such as en-GB'))),
  VITE_ACCOUNT_ID: z.optional(z.string().check(z.regex(/^ACC-\d{4}-\d{4}$/, 'must look like ACC-1234-5678'))),
});

export type StandaloneEnv = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export function parseEnv(raw: Record<string, unknown>): StandaloneEnv {
  // Empty strings from .env files mean "not set".
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return result.data;
}
