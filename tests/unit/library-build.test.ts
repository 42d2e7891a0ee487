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
  let entry = '';

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
    code = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(outDir, f), 'utf8'))
      .join('\n');
    entry = readFileSync(join(outDir, 'index.js'), 'utf8');
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("emits an ES module entry, its stylesheet and the lazy part's stylesheet", () => {
    expect(existsSync(join(outDir, 'index.js'))).toBe(true);
    expect(existsSync(join(outDir, 'style.css'))).toBe(true);
    expect(existsSync(join(outDir, 'module.css'))).toBe(true);
    expect(entry).toMatch(/export\s*\{[^}]*ApiTokensModule/);
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

  it('keeps the page out of the entry: the entry imports it on demand, and its chunk imports its styles', () => {
    const staticImports = [...entry.matchAll(/^import[^;]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1]!);
    const initial = staticImports
      .filter((file) => file.startsWith('.'))
      .map((file) => readFileSync(join(outDir, file), 'utf8'))
      .join('\n');
    // TanStack Table and the grid's markup are what the host must not pay for on its other pages.
    expect(`${entry}\n${initial}`).not.toMatch(/getCoreRowModel|createColumnHelper/);
    expect(code).toMatch(/getCoreRowModel/);
    expect(entry).toMatch(/import\(["']\.\/assets\/api-tokens-module-[^"']+\.js["']\)/);
    expect(code).toMatch(/^import ["']\.\.\/module\.css["'];$/m);
    expect(readFileSync(join(outDir, 'style.css'), 'utf8').length).toBeLessThan(8 * 1024);
  });

  it('leaves out the mock layer and the standalone shell', () => {
    expect(code).not.toMatch(/mockServiceWorker|setupWorker|msw/);
    expect(code).not.toMatch(/Sign in to the Marketplace API/);
    expect(code).not.toMatch(/__STANDALONE_ENV__/);
  });
});
