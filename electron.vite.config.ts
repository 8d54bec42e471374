import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  main: {
    build: {
      // The workers are entries of their own, emitted beside index.js (see src/core/anchor-thread, import-thread).
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'anchor-worker': resolve('src/core/anchor-thread/worker.ts'),
          'import-worker': resolve('src/core/import-thread/worker.ts'),
          'score-worker': resolve('src/core/checkworthiness/score-worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot load modules: bundle everything into one CommonJS file.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [svelte()],
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
