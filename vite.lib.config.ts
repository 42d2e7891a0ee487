import { posix } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { chunkFileName } from './scripts/chunk-names.ts';
import { cssModuleNamespaces } from './scripts/css-module-namespaces.ts';
import { tableFeatures } from './scripts/table-features.ts';

// The embeddable package: ESM + stylesheets in dist-lib/. The host provides React, the router and
// React Query (peer dependencies), so they stay out of the bundle; mocks and the standalone shell are not reachable from here.
const peers = ['react', 'react-dom', 'react-router', '@tanstack/react-query'];

/** The chunk with the page itself, which the entry loads on demand. */
const MODULE_SOURCE = /src\/embed\/api-tokens-module\.tsx$/;

/**
 * style.css holds only what the entry renders (the themed root and its design tokens); every other chunk's styles go into one
 * module.css that the page's chunk imports. The host's bundler then loads them with that chunk, on the module's
 * route, instead of on every page: Vite, webpack and the like treat a CSS import in a dependency that way.
 */
function moduleStylesheet(): Plugin {
  return {
    name: 'api-tokens-module-stylesheet',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      // What the entry loads statically is on every page of the host: its styles are style.css.
      const initial = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = bundle[fileName];
        if (initial.has(fileName) || chunk?.type !== 'chunk') return;
        initial.add(fileName);
        chunk.imports.forEach(visit);
      };
      chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
      const entryCss: string[] = [];
      const css: string[] = [];
      for (const chunk of chunks) {
        for (const file of chunk.viteMetadata?.importedCss ?? []) {
          const asset = bundle[file];
          if (asset?.type === 'asset')
            (initial.has(chunk.fileName) ? entryCss : css).push(String(asset.source));
          delete bundle[file];
        }
        chunk.viteMetadata?.importedCss.clear();
      }
      this.emitFile({ type: 'asset', fileName: 'style.css', source: entryCss.join('\n') });
      const page = chunks.find((chunk) => chunk.facadeModuleId && MODULE_SOURCE.test(chunk.facadeModuleId));
      if (!page) throw new Error('The module chunk is missing from the library build.');
      this.emitFile({ type: 'asset', fileName: 'module.css', source: css.join('\n') });
      const href = posix.relative(posix.dirname(page.fileName), 'module.css');
      // Before the source map comment, and after the code, so the map's lines stay right; imports are hoisted.
      const mapComment = page.code.lastIndexOf('\n//# sourceMappingURL=');
      const at = mapComment === -1 ? page.code.length : mapComment;
      page.code = `${page.code.slice(0, at)}\nimport ${JSON.stringify(href.startsWith('.') ? href : `./${href}`)};${page.code.slice(at)}`;
    },
  };
}

export default defineConfig({
  plugins: [react(), cssModuleNamespaces(), tableFeatures(), moduleStylesheet()],
  publicDir: false,
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    cssCodeSplit: true,
    lib: {
      entry: 'src/embed/index.ts',
      formats: ['es'],
      fileName: 'index',
      cssFileName: 'style',
    },
    rolldownOptions: {
      external: (id) => peers.some((p) => id === p || id.startsWith(`${p}/`)),
      output: { chunkFileNames: chunkFileName },
    },
  },
});
