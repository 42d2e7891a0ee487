import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

export const PREVIEW_URL = 'http://127.0.0.1:4173';
export const MOCK_SERVER_URL = 'http://127.0.0.1:4010';
export const REAL_MODE_URL = 'http://127.0.0.1:5199';

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
      command: 'node_modules/.bin/vite preview --host 127.0.0.1 --port 4173 --strictPort',
      url: PREVIEW_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The mock API over plain HTTP: the upstream for real-API mode.
      command: 'node_modules/.bin/tsx mocks/http/cli.ts --port 4010',
      // Any answer but a 5xx means it is up (an unauthenticated request gets 401).
      url: `${MOCK_SERVER_URL}/public/v1/accounts/modules`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Real-API mode: the dev server proxies /public/v1 to the mock HTTP server and asks for a bearer token.
      command: 'node_modules/.bin/vite --host 127.0.0.1 --port 5199 --strictPort',
      url: REAL_MODE_URL,
      env: { VITE_API_MODE: 'real', VITE_API_UPSTREAM: MOCK_SERVER_URL },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
