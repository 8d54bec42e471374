import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  main: {
    build: {
      // The re-anchoring worker is its own entry, emitted beside index.js (see src/core/anchor-thread).
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'anchor-worker': resolve('src/core/anchor-thread/worker.ts'),
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
