// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

  it("writes class names into the code that uses them, with no object of a stylesheet's classes", () => {
    const code = stats.initial.files.map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
    // The grid page's compound class names: words no other code uses as an object's keys.
    const css = readFileSync('src/features/api-tokens/components/grid/tokens-page.module.css', 'utf8');
    const names = [...new Set([...css.matchAll(/\.([a-z]+[A-Z]\w*)/g)].map((m) => m[1]))];
    expect(names).toEqual(expect.arrayContaining(['tableScroll', 'toolbarButtons']));
    expect(names.filter((name) => code.includes(`${name}:`))).toEqual([]);
  });

  it('ships the styles of every stylesheet in src', () => {
    const sheets = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.module.css'),
    );
    const css = readdirSync(join(outDir, 'assets'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'))
      .join('\n');
    // A build's class names start with a prefix of their stylesheet's own (createShortClassNames in vite.config.ts).
    const prefixes = new Set([...css.matchAll(/\.(t[\w-]{4})[0-9a-z]/g)].map((m) => m[1]));
    expect(sheets.length).toBeGreaterThan(40);
    expect(prefixes.size).toBe(sheets.length);
  });

  it("names every lazy chunk after what is in it, never after a package's build folder", () => {
    const names = stats.lazy.map((c) => c.name);
    expect(names.filter((name) => /^(dist|es\d+|esm|lib|index)$/.test(name))).toEqual([]);
    // The Radix primitives the menus and dialogs share.
    expect(names).toContain('radix-ui');
  });
});
