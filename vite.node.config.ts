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
].map((name) => new RegExp(`^${name}(/.*)?$`));

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/node',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      // The re-anchoring and scoring workers are entries of their own, emitted beside cli.js
      // (see src/core/anchor-thread and src/core/checkworthiness/score-thread.ts).
      input: {
        cli: resolve('src/cli/index.ts'),
        bench: resolve('bench/index.ts'),
        'train-checkworthiness': resolve('scripts/train-checkworthiness.ts'),
        'anchor-worker': resolve('src/core/anchor-thread/worker.ts'),
        'score-worker': resolve('src/core/checkworthiness/score-worker.ts'),
      },
      external,
      output: { format: 'esm', entryFileNames: '[name].js' },
    },
  },
});
