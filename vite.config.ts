/// <reference types="vitest/config" />
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { chunkFileName } from './scripts/chunk-names.ts';
import {
  contentSecurityPolicy,
  CSP_NONCE_PLACEHOLDER,
  documentContentSecurityPolicy,
} from './scripts/content-security-policy.ts';
import { cssModuleNamespaces } from './scripts/css-module-namespaces.ts';
import { firstPaintChunk } from './scripts/first-paint-chunk.ts';
import { inlineEntryCss } from './scripts/inline-entry-css.ts';
import { staticShell } from './scripts/static-shell.ts';
import { tableFeatures } from './scripts/table-features.ts';
import { parseEnv } from './src/standalone/env.ts';

// Served by `vite preview`, which the e2e tests use; the mock server's --static mode serves the same.
export { contentSecurityPolicy, documentContentSecurityPolicy };

/** `vite preview` as a server that gives every page its own nonce, as the portal's server would. */
function cspNoncePreview(): Plugin {
  let outDir = '';
  return {
    name: 'csp-nonce-preview',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        const page = pathname === '/index.html' || path.extname(pathname) === '';
        if (
          (req.method !== 'GET' && req.method !== 'HEAD') ||
          !page ||
          !req.headers.accept?.includes('text/html')
        )
          return next();
        readFile(path.join(outDir, 'index.html'), 'utf8').then((html) => {
          const nonce = randomBytes(16).toString('base64');
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          // A nonce is good for one response only.
          res.setHeader('Cache-Control', 'no-store');
          res.setHeader('Content-Security-Policy', documentContentSecurityPolicy(nonce));
          res.end(req.method === 'HEAD' ? undefined : html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
        }, next);
      });
    },
  };
}

/** React Router's production build, beside the development build its package exports; null if it has none. */
function reactRouterProductionEntry(): string | null {
  const developmentEntry = createRequire(import.meta.url).resolve('react-router');
  const productionEntry = path.join(path.dirname(developmentEntry), '..', 'production', 'index.mjs');
  return existsSync(productionEntry) ? productionEntry : null;
}

function pickViteVars(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter(
      (e): e is [string, string] => e[0].startsWith('VITE_') && e[1] !== undefined,
    ),
  );
}

/**
 * Class names in production builds: a short prefix per file (hashed from its path inside the project, so every
 * machine builds the same names) and a counter per class. Each component carries a map of its class names, and
 * names like `_tableScroll_x7f2a_41`, or random ones, cost the first paint real bytes. Dev keeps readable names.
 */
function createShortClassNames() {
  const files = new Map<string, { prefix: string; names: Map<string, string> }>();
  const prefixes = new Map<string, string>();
  return (name: string, filename: string): string => {
    const file = path
      .relative(import.meta.dirname, filename)
      .split(path.sep)
      .join('/');
    let entry = files.get(file);
    if (!entry) {
      const prefix = `t${createHash('sha256').update(file).digest('base64url').slice(0, 4)}`;
      const owner = prefixes.get(prefix);
      if (owner && owner !== file)
        throw new Error(`Class name prefix ${prefix} is shared by ${owner} and ${file}.`);
      prefixes.set(prefix, file);
      entry = { prefix, names: new Map() };
      files.set(file, entry);
    }
    let scoped = entry.names.get(name);
    if (!scoped) {
      scoped = `${entry.prefix}${entry.names.size.toString(36)}`;
      entry.names.set(name, scoped);
    }
    return scoped;
  };
}

export default defineConfig(({ mode, command }) => {
  // The standalone shell's environment is validated here, once, when the dev server or build starts: a bad
  // value stops it with a list of the keys that are wrong, and the browser receives the parsed result.
  const env = parseEnv({ ...loadEnv(mode, process.cwd(), 'VITE_'), ...pickViteVars(process.env) });
  // Only the in-browser mock needs no upstream; the other modes call this origin and are proxied on.
  const proxied = env.VITE_API_MODE === 'real' || env.VITE_API_MODE === 'mock-server';
  const upstream =
    env.VITE_API_UPSTREAM ??
    (env.VITE_API_MODE === 'mock-server' ? 'http://127.0.0.1:4010' : 'https://api.platform.softwareone.com');
  const reactRouterProduction = command === 'build' ? reactRouterProductionEntry() : null;
  return {
    plugins: [
      react(),
      cssModuleNamespaces(),
      // TanStack Table's core with only the features the grid uses (see the file).
      tableFeatures(),
      cspNoncePreview(),
      firstPaintChunk(),
      // The page's shell in the built index.html, drawn by the app's own components (see the file).
      staticShell({ entry: 'src/standalone/static-shell.tsx', env }),
      // The first paint's stylesheet inside the page, allowed by the response's nonce (see the file).
      inlineEntryCss(CSP_NONCE_PLACEHOLDER),
    ],
    html: { cspNonce: CSP_NONCE_PLACEHOLDER },
    css: command === 'build' ? { modules: { generateScopedName: createShortClassNames() } } : undefined,
    // React Router's package exports only its development build, dev warnings included (its issues #12532 and
    // #14102); builds use the production build it ships beside it.
    resolve:
      command === 'build' && reactRouterProduction
        ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] }
        : undefined,
    define: { __STANDALONE_ENV__: JSON.stringify(env) },
    // The dev server finds the dependencies to pre-bundle by crawling from the app's page, lazy imports included.
    // Left to itself it crawls every HTML file in the project, the benchmark's portal host among them, whose import of
    // the packed package does not resolve here; the crawl then gives up, each dependency is found only when a page
    // first asks for it, and the page reloads under the user (a lazily loaded dialog's first open, for one).
    optimizeDeps: {
      entries: ['index.html'],
      // Served through the plugins, as the build gets them: the table's core with the grid's features only.
      exclude: ['@tanstack/react-table', '@tanstack/table-core'],
    },
    server: {
      host: '127.0.0.1',
      port: 5173,
      // In real-API mode the browser talks to this origin and the dev server forwards to the upstream,
      // so the real API never needs to allow our origin (CORS).
      proxy: proxied ? { '/public/v1': { target: upstream, changeOrigin: true, secure: true } } : undefined,
    },
    preview: {
      host: '127.0.0.1',
      port: 4173,
      strictPort: true,
      headers: { 'Content-Security-Policy': contentSecurityPolicy },
    },
    build: {
      target: 'es2022',
      // Read by the bundle budget test and the benchmark to tell the grid's initial JS from lazy chunks.
      manifest: true,
      sourcemap: false,
      // No lists of lazy chunks' JS imports in the first paint's code: they cost bytes there, and the grid fetches
      // its deferred parts (imports included) when idle anyway. A route chunk fetches its imports once it has
      // arrived. Lazy chunks' CSS still loads with them.
      modulePreload: false,
      rolldownOptions: { output: { chunkFileNames: chunkFileName } },
    },
    test: {
      environment: 'jsdom',
      include: [
        'tests/unit/**/*.test.{ts,tsx}',
        'tests/integration/**/*.test.{ts,tsx}',
        'mocks/**/*.test.ts',
      ],
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
      // A test is many waits, each up to the setup's ten seconds on a busy machine (tests/setup.ts).
      testTimeout: 30_000,
      hookTimeout: 30_000,
      css: { modules: { classNameStrategy: 'non-scoped' } },
      // Through the plugins, as in the build: the table the tests draw is made with the features the build keeps.
      server: { deps: { inline: ['@tanstack/react-table', '@tanstack/table-core'] } },
    },
  };
});
