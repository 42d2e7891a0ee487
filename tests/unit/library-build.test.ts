// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The embeddable package (npm run build:lib): the host brings React, React DOM, React Router and React Query,
// so the bundle must import them rather than carry its own copies, and it must not contain the mock layer or
// the standalone shell.
describe('library build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'api-tokens-lib-'));
  let code = '';

  beforeAll(async () => {
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: 'vite.lib.config.ts',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    code = readdirSync(outDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(outDir, f), 'utf8'))
      .join('\n');
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('emits an ES module entry and one stylesheet', () => {
    expect(existsSync(join(outDir, 'index.js'))).toBe(true);
    expect(existsSync(join(outDir, 'style.css'))).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*ApiTokensModule/);
    expect(code).toMatch(/createApiTokensRoutes/);
    expect(code).toMatch(/prefetchApiTokensGrid/);
  });

  it('imports the peer dependencies instead of bundling them', () => {
    for (const peer of ['react', 'react-dom', 'react-router', '@tanstack/react-query']) {
      expect(code).toMatch(new RegExp(`from\\s*["']${peer.replace('/', '\\/')}["']`));
    }
    // React's own internals would show up if it were bundled.
    expect(code).not.toMatch(/__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE/);
    expect(code).not.toMatch(/class QueryClient\b/);
  });

  it('leaves out the mock layer and the standalone shell', () => {
    expect(code).not.toMatch(/mockServiceWorker|setupWorker|msw/);
    expect(code).not.toMatch(/Sign in to the Marketplace API/);
    expect(code).not.toMatch(/__STANDALONE_ENV__/);
  });
});
