// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM helper shared with the benchmark script, no type declarations
import { analyzeBundle, INITIAL_JS_BUDGET_GZIP } from '../../scripts/bundle-stats.mjs';

interface LazyChunk {
  name: string;
  file: string;
  gzip: number;
  mock: boolean;
}
interface BundleStats {
  initial: { files: string[]; gzip: number };
  lazy: LazyChunk[];
}

// Sizes are deterministic for a given tree, so the budget is asserted, not just reported.
describe('bundle budget', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'api-tokens-build-'));
  let stats: BundleStats;

  beforeAll(async () => {
    // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        configFile: 'vite.config.ts',
        mode: 'production',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    stats = analyzeBundle(outDir) as BundleStats;
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(`keeps the grid route's initial JS within ${INITIAL_JS_BUDGET_GZIP / 1024} KB gzipped`, () => {
    expect(stats.initial.gzip).toBeGreaterThan(10 * 1024); // sanity: React alone is bigger than this
    expect(stats.initial.gzip).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP);
  });

  it('loads the wizard, the detail page, the overlays and the mock layer lazily', () => {
    const lazyNames = stats.lazy.map((c) => c.name).join('\n');
    expect(lazyNames).toMatch(/add-token-route/);
    expect(lazyNames).toMatch(/token-detail-route/);
    expect(lazyNames).toMatch(/mocks\/browser/);
    // What the first rows do not need: menus, filter popover, hygiene counts, confirmations and toasts.
    expect(lazyNames).toMatch(/grid-extras/);
    expect(lazyNames).toMatch(/action-host/);
    expect(lazyNames).toMatch(/toast-viewport/);
    expect(stats.lazy.filter((c) => c.mock).length).toBeGreaterThan(0);
  });

  it("names every lazy chunk after what is in it, never after a package's build folder", () => {
    const names = stats.lazy.map((c) => c.name);
    expect(names.filter((name) => /^(dist|es\d+|esm|lib|index)$/.test(name))).toEqual([]);
    // The Radix primitives the menus and dialogs share.
    expect(names).toContain('radix-ui');
  });
});
