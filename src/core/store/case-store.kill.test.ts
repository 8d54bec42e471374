// Kills a writer at random moments while it edits a case (appending to the journal, and
// now and then rewriting the snapshot), and checks after each kill that the case opens,
// holds every edit that was acknowledged, and nothing that was not asked for.

import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { CaseStore, readCase } from './case-store';
import { sampleClaim } from './test-case';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

const KILLS = 12;
/** Enough claims that a snapshot takes a while to write, so kills land in compactions too. */
const CLAIMS_BEFORE = 3_000;
const MAX_DELAY_MS = 400;

describe('a writer killed mid-edit', () => {
  it('never loses an acknowledged edit and always leaves a case that opens', { timeout: 240_000 }, async () => {
    const work = await tempFolder();
    const child = await bundleChild(work);
    const dir = join(work, 'case');
    await seedCase(dir);
    let acknowledgedEdits = 0;
    let compactions = 0;
    for (let round = 1; round <= KILLS; round++) {
      const first = round * 100_000;
      const acknowledged = await killWhileEditing(child, dir, first);
      const snapshot = JSON.parse(await readFile(join(dir, 'claimdesk.json'), 'utf8')) as { journal: { seq: number } };
      if (snapshot.journal.seq > 0) compactions += 1;
      const data = await readCase(dir);
      const numbers = new Set(data.claims.map((claim) => Number(claim.id.slice('clm_'.length))));
      for (let n = first; n <= acknowledged; n++) expect(numbers.has(n), `clm_${n} was acknowledged`).toBe(true);
      // At most the one edit in flight may have been saved without being acknowledged.
      expect([...numbers].filter((n) => n > acknowledged && n >= first).length).toBeLessThanOrEqual(1);
      // Opening takes the dead writer's lock over and replays the journal.
      const store = await CaseStore.open(dir);
      expect(store.data.claims).toHaveLength(data.claims.length);
      await store.close();
      acknowledgedEdits += acknowledged - first + 1;
    }
    expect(acknowledgedEdits).toBeGreaterThan(KILLS);
    // The writer was killed while snapshots were being written, not only between them.
    expect(compactions).toBeGreaterThan(0);
  });
});

async function seedCase(dir: string): Promise<void> {
  const store = await CaseStore.create(dir, { name: 'Killed mid-edit' });
  await store.edit((draft, journal) => {
    for (let i = 0; i < CLAIMS_BEFORE; i++) {
      const claim = sampleClaim(`clm_${i}`, `Claim number ${i}, long enough to give the snapshot some weight to write.`);
      draft.claims.push(claim);
      journal.created('claim', claim.id, claim);
    }
  });
  await store.close();
}

/** The child and the store it runs, bundled into one plain JavaScript file. */
async function bundleChild(work: string): Promise<string> {
  const outDir = join(work, 'child');
  await build({
    logLevel: 'silent',
    configFile: false,
    build: {
      ssr: new URL('./journal-kill-child.ts', import.meta.url).pathname,
      outDir,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'child.mjs' } },
    },
    ssr: { noExternal: true },
  });
  await writeFile(join(outDir, 'package.json'), '{"type":"module"}');
  return join(outDir, 'child.mjs');
}

async function killWhileEditing(script: string, dir: string, first: number): Promise<number> {
  const child = spawn(process.execPath, [script, dir, String(first)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  let acknowledged = first - 1;
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        acknowledged = Math.max(acknowledged, ...chunk.trim().split('\n').map(Number));
        resolve();
      });
      void closed.then(() => reject(new Error('the writer exited before its first edit')));
    });
    await sleep(Math.random() * MAX_DELAY_MS);
  } finally {
    child.kill('SIGKILL');
    await closed;
  }
  return acknowledged;
}
