// Bundle sizes from a Vite build's manifest: what the grid route downloads before first paint (the entry
// and its static imports), each lazy chunk, and the total without the mock layer (which only dev/demo builds load).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const isMockSource = (src) =>
  typeof src === 'string' && (src.startsWith('mocks/') || src.includes('node_modules/msw/'));

export function analyzeBundle(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const raw = (file) => readFileSync(join(distDir, file)).length;
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entryKey) throw new Error('No entry in the Vite manifest.');

  // Static closure of the entry: everything the first paint needs.
  const initialKeys = new Set();
  const visitStatic = (key) => {
    if (initialKeys.has(key) || !manifest[key]) return;
    initialKeys.add(key);
    for (const dep of manifest[key].imports ?? []) visitStatic(dep);
  };
  visitStatic(entryKey);

  // Everything reachable, noting which chunks only the mock layer pulls in.
  const reachable = new Map(); // key -> { viaMocks }
  const visitAll = (key, viaMocks) => {
    const chunk = manifest[key];
    if (!chunk) return;
    const mock = viaMocks || isMockSource(chunk.src);
    const seen = reachable.get(key);
    if (seen && (!seen.viaMocks || mock)) return;
    reachable.set(key, { viaMocks: mock });
    for (const dep of chunk.imports ?? []) visitAll(dep, mock);
    for (const dep of chunk.dynamicImports ?? []) visitAll(dep, mock);
  };
  visitAll(entryKey, false);

  const initialJs = [...initialKeys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const initialCss = [...new Set([...initialKeys].flatMap((k) => manifest[k].css ?? []))];
  const lazy = [...reachable.entries()]
    .filter(([key]) => !initialKeys.has(key))
    .map(([key, { viaMocks }]) => ({
      // A chunk without a source module of its own (code shared by lazy chunks) goes by its file name, which
      // scripts/chunk-names.ts makes say what is in it.
      name: manifest[key].src ?? manifest[key].file.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''),
      file: manifest[key].file,
      gzip: gz(manifest[key].file),
      raw: raw(manifest[key].file),
      mock: viaMocks,
    }))
    .sort((a, b) => b.gzip - a.gzip);

  const sum = (files) => files.reduce((total, f) => total + gz(f), 0);
  const initialGzip = sum(initialJs);
  return {
    initial: {
      files: initialJs,
      gzip: initialGzip,
      raw: initialJs.reduce((t, f) => t + raw(f), 0),
      cssGzip: sum(initialCss),
    },
    lazy,
    totalWithoutMocksGzip: initialGzip + lazy.filter((c) => !c.mock).reduce((t, c) => t + c.gzip, 0),
    mocksGzip: lazy.filter((c) => c.mock).reduce((t, c) => t + c.gzip, 0),
  };
}

/**
 * The grid route's initial JS (gzip), enforced by tests/unit/bundle-budget.test.ts: the product target. The fixed
 * stack (React DOM, React Router, TanStack Table and Query) takes about 95 KB of it, the table with the grid's
 * features only (scripts/table-features.ts); menus, popovers, dialogs, toasts, the hygiene counts, the wizard,
 * the detail page and the mock layer load after the first rows.
 */
export const INITIAL_JS_BUDGET_GZIP = 120 * 1024;
