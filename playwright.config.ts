import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// E2E_PORT_OFFSET moves all four servers, so two checkouts can run their browser tests side by side
// without one reusing the other's server.
const portOffset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const PREVIEW_PORT = 4173 + portOffset;
const MOCK_SERVER_PORT = 4010 + portOffset;
const REAL_MODE_PORT = 5199 + portOffset;
const GERMAN_BUILD_PORT = 4183 + portOffset;
export const PREVIEW_URL = `http://127.0.0.1:${PREVIEW_PORT}`;
export const MOCK_SERVER_URL = `http://127.0.0.1:${MOCK_SERVER_PORT}`;
export const REAL_MODE_URL = `http://127.0.0.1:${REAL_MODE_PORT}`;
export const GERMAN_BUILD_URL = `http://127.0.0.1:${GERMAN_BUILD_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results',
  reporter: [['list']],
  use: {
    baseURL: PREVIEW_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      // The production build (npm run build) under the strict CSP, on its built-in mock service worker.
      command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
      url: PREVIEW_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The mock API over plain HTTP: the upstream for real-API mode.
      command: `node_modules/.bin/tsx mocks/http/cli.ts --port ${MOCK_SERVER_PORT}`,
      // Any answer but a 5xx means it is up (an unauthenticated request gets 401).
      url: `${MOCK_SERVER_URL}/public/v1/accounts/modules`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Real-API mode: the dev server proxies /public/v1 to the mock HTTP server and asks for a bearer token.
      command: `node_modules/.bin/vite --host 127.0.0.1 --port ${REAL_MODE_PORT} --strictPort`,
      url: REAL_MODE_URL,
      env: { VITE_API_MODE: 'real', VITE_API_UPSTREAM: MOCK_SERVER_URL },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The standalone app built for one language (VITE_LOCALE=de-DE), into a folder of its own, on its mock.
      command:
        `node_modules/.bin/vite build --outDir dist-de --emptyOutDir --logLevel warn && ` +
        `node_modules/.bin/vite preview --outDir dist-de --host 127.0.0.1 --port ${GERMAN_BUILD_PORT} --strictPort`,
      url: GERMAN_BUILD_URL,
      env: { VITE_LOCALE: 'de-DE' },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
