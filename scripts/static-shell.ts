import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type AliasOptions, type Plugin, type ResolvedConfig } from 'vite';
import { languageOf } from '../src/lib/language.ts';
import { SHELL_HEAD_SCRIPT } from '../src/standalone/shell-route-script.ts';

/** What the server entry (src/standalone/static-shell.tsx) gives the build. */
interface ShellModule {
  renderStaticShell(env: unknown): string;
}

const ROOT_ELEMENT = '<div id="root"></div>';
const HTML_ELEMENT = '<html lang="en">';
/** On the shell's outermost element only, so shell.module.css can tell the shell from what the app draws. */
const SHELL_MARKER = 'data-static-shell=""';

/**
 * Writes the standalone page's shell into the built index.html, so the browser draws the portal's frame and the
 * grid's heading, toolbar and column headers before any script has arrived. The markup comes from the app's own
 * components: a small server build of `entry` is rendered with react-dom/server while the client is built. It runs
 * in the build only; the browser's bundle never contains any of it. `src/main.tsx` renders into the same element,
 * and React replaces the shell in one commit with a page of the same geometry.
 *
 * The dev server has no shell: it serves index.html as it is.
 */
export function staticShell(options: { entry: string; env: unknown }): Plugin {
  let config: ResolvedConfig;
  // The project's own aliases (React Router's production build), not the resolved list with Vite's internal ones.
  let alias: AliasOptions | undefined;
  let shell: Promise<string> | undefined;

  return {
    name: 'static-shell',
    // Not in the nested server build (it would render itself), nor in library builds.
    apply: (userConfig, env) => env.command === 'build' && !env.isSsrBuild && !userConfig.build?.lib,
    config(userConfig) {
      alias = userConfig.resolve?.alias;
    },
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      shell = renderShell(config, alias, options).catch((error: unknown) => {
        throw new Error(`The static shell could not be rendered: ${String(error)}`, { cause: error });
      });
      // Awaited in buildEnd; a failure must not also surface as an unhandled rejection.
      shell.catch(() => undefined);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!shell) return html;
        const markup = await shell;
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no empty ${ROOT_ELEMENT}.`);
        if (!html.includes(HTML_ELEMENT)) throw new Error(`index.html has no ${HTML_ELEMENT}.`);
        // A build for one language has its shell in it; otherwise the shell is English and the head script checks
        // the browser's language (SHELL_ROUTE_SCRIPT).
        const locale = (options.env as { VITE_LOCALE?: string }).VITE_LOCALE;
        const htmlElement = locale
          ? `<html lang="${languageOf(locale)}">`
          : '<html lang="en" data-shell-auto="">';
        return {
          html: html
            .replace(HTML_ELEMENT, htmlElement)
            .replace(ROOT_ELEMENT, `<div id="root">${markup}</div>`),
          // Inline, allowed by its hash in the policy (scripts/content-security-policy.ts).
          tags: [{ tag: 'script', children: SHELL_HEAD_SCRIPT, injectTo: 'head' }],
        };
      },
    },
  };
}

async function renderShell(
  config: ResolvedConfig,
  alias: AliasOptions | undefined,
  options: { entry: string; env: unknown },
) {
  const outDir = path.join(config.cacheDir, 'static-shell');
  // The client build's own class-name function (not a copy), so the shell's classes are the stylesheet's.
  await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'warn',
    plugins: [react()],
    define: config.define,
    resolve: { alias },
    // Everything bundled, React included: a process that has already loaded another build of React (a test
    // runner) must not lend it to this render.
    ssr: { noExternal: true },
    css: { modules: config.css.modules },
    build: {
      ssr: options.entry,
      outDir,
      emptyOutDir: true,
      minify: false,
      copyPublicDir: false,
      rolldownOptions: { output: { entryFileNames: 'static-shell.mjs' } },
    },
  });
  const file = pathToFileURL(path.join(outDir, 'static-shell.mjs')).href;
  // A fresh URL per build: one process may build more than once (tests, the benchmark).
  const module = (await import(`${file}?build=${Date.now()}`)) as ShellModule;

  const rendered = module.renderStaticShell(options.env);
  // The policy blocks style attributes that come with the markup, and scripts need a file of their own.
  if (/\sstyle=/.test(rendered))
    throw new Error('The static shell has a style attribute, which the CSP blocks: draw it with classes.');
  if (/<script/i.test(rendered)) throw new Error('The static shell has a script element.');
  if (!rendered.startsWith('<div ')) throw new Error('The static shell must start with an element.');
  return rendered.replace('<div ', `<div ${SHELL_MARKER} `);
}
