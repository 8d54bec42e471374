// The packaging configuration (package.json "build", read by electron-builder, which is
// not installed here: it needs Node 22 and downloads Electron to package).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface BuildConfig {
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  asar: boolean;
  electronFuses: Record<string, boolean>;
}

const ROOT = join(import.meta.dirname, '../..');
const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { main: string; build: BuildConfig };
const { build } = manifest;

/** Whether one of the "files" patterns (folders followed by /**) takes `path`. */
const packaged = (path: string) => build.files.some((pattern) => path.replace(/^\.\//, '').startsWith(pattern.replace(/\*\*$/, '')));

describe('the packaged app', () => {
  it('flips the Electron fuses that would let an installed app run other code', () => {
    expect(build.electronFuses).toEqual({
      // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node.
      runAsNode: false,
      // NODE_OPTIONS and --inspect would load or debug any script inside it.
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // The app's code comes from its own archive only, checked against the hash sealed into the binary.
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    expect(build.asar).toBe(true);
  });

  it('packs the built main process, preload and page, and not the sources or tests', () => {
    for (const path of [manifest.main, 'out/preload/index.cjs', 'out/renderer/index.html', 'out/main/anchor-worker.js']) {
      expect(packaged(path), path).toBe(true);
    }
    for (const path of ['src/main/index.ts', 'e2e/app.spec.ts', 'out/node/cli.js', 'data/demo-case/claimdesk.json']) {
      expect(packaged(path), path).toBe(false);
    }
  });

  it('ships the demo case beside the archive, as plain files the first start copies', () => {
    expect(build.extraResources).toContainEqual({ from: 'data/demo-case', to: 'demo-case' });
  });
});
