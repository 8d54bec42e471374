// Test helper: Vitest runs TypeScript sources, but a worker thread is plain Node and
// cannot load them. This bundles a worker once per test file, as the real build does,
// so tests run the module the app ships. The bundle sits inside the project's
// node_modules so that the packages it leaves out (jsdom, mammoth…) resolve as in out/.

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll } from 'vitest';

const CACHE = fileURLToPath(new URL('../../node_modules/.cache', import.meta.url));

/** Call at the top of a test file; returns the bundled worker, built on first use. */
export function useWorkerBundle(source: URL): () => Promise<URL> {
  let built: Promise<{ dir: string; file: URL }> | undefined;
  afterAll(async () => {
    if (built) await rm((await built).dir, { recursive: true, force: true });
  });
  return async () => (await (built ??= bundle(fileURLToPath(source)))).file;
}

async function bundle(source: string): Promise<{ dir: string; file: URL }> {
  await mkdir(CACHE, { recursive: true });
  const dir = await mkdtemp(join(CACHE, 'claimdesk-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: true,
      outDir: dir,
      emptyOutDir: false,
      rollupOptions: { input: { worker: source }, output: { format: 'esm', entryFileNames: '[name].mjs' } },
    },
  });
  return { dir, file: pathToFileURL(join(dir, 'worker.mjs')) };
}
