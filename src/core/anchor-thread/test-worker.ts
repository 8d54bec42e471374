// Test helper: Vitest runs TypeScript sources, but a worker thread is plain Node and
// cannot load them. This bundles the worker once per test file, as the real build
// does, so tests run the same module the app ships.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll } from 'vitest';

const SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));

/** Call at the top of a test file; returns the bundled worker, built on first use. */
export function useAnchorWorker(): () => Promise<URL> {
  let built: Promise<{ dir: string; file: URL }> | undefined;
  afterAll(async () => {
    if (built) await rm((await built).dir, { recursive: true, force: true });
  });
  return async () => (await (built ??= bundle())).file;
}

async function bundle(): Promise<{ dir: string; file: URL }> {
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: true,
      outDir: dir,
      emptyOutDir: false,
      rollupOptions: { input: { worker: SOURCE }, output: { format: 'esm', entryFileNames: '[name].mjs' } },
    },
  });
  return { dir, file: pathToFileURL(join(dir, 'worker.mjs')) };
}
