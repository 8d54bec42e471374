// Builds the Node entry points (CLI with the browser host, and the benchmark) into out/node.
import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };

const external = [
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`),
  ...Object.keys(pkg.dependencies),
  // The UI bench drives Chromium with Playwright, a development tool like the bench itself.
  '@playwright/test',
].map((name) => new RegExp(`^${name}(/.*)?$`));

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/node',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      // The workers are entries of their own, emitted beside cli.js (see src/core/anchor-thread,
      // import-thread and checkworthiness/score-thread.ts).
      input: {
        cli: resolve('src/cli/index.ts'),
        bench: resolve('bench/index.ts'),
        'train-checkworthiness': resolve('scripts/train-checkworthiness.ts'),
        'anchor-worker': resolve('src/core/anchor-thread/worker.ts'),
        'import-worker': resolve('src/core/import-thread/worker.ts'),
        'score-worker': resolve('src/core/checkworthiness/score-worker.ts'),
      },
      external,
      // Shared chunks sit beside the entries too: modules find the renderer, the demo case
      // and the workers relative to their own URL, which must be out/node for all of them.
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
