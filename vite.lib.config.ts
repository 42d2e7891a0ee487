import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The embeddable package: ESM + one stylesheet in dist-lib/. The host provides React, the router and
// React Query (peer dependencies), so they stay out of the bundle; mocks and the standalone shell are not reachable from here.
const peers = ['react', 'react-dom', 'react-router', '@tanstack/react-query'];

export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: 'dist-lib',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    cssCodeSplit: false,
    lib: {
      entry: 'src/embed/index.ts',
      formats: ['es'],
      fileName: 'index',
      cssFileName: 'style',
    },
    rolldownOptions: {
      external: (id) => peers.some((p) => id === p || id.startsWith(`${p}/`)),
    },
  },
});
