// Kills a process at random moments while it rewrites a large file with writeFileDurably,
// and checks that the file always holds one whole document: the old one or the new one.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

const KILLS = 10;
/** About 2 MB per document, so a kill often lands in the middle of a write. */
const DOCUMENT_BYTES = 2_000_000;
/** Well past one write's duration, so kills land at every point of the write cycle. */
const MAX_DELAY_MS = 300;

// Document n is "n;" repeated, its length varying with n, plus the hash of that text: a
// file cut short or stitched from two documents is caught even when it happens to parse.
const CHILD = `
import { createHash } from 'node:crypto';
import { writeFileDurably } from './durable-file.mjs';

const [target, bytes, first] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
for (let n = first; ; n++) {
  const text = (n + ';').repeat((bytes + (n % 7) * 100000) / (String(n).length + 1));
  const sum = createHash('sha256').update(text).digest('hex');
  await writeFileDurably(target, JSON.stringify({ n, sum, text }));
  process.stdout.write(n + '\\n');
}
`;

interface Written {
  n: number;
  sum: string;
  text: string;
}

describe('writeFileDurably killed mid-write', () => {
  // The time limit is for slow shared machines; on a laptop the test takes a few seconds.
  it('always leaves one complete document, never older than the last one acknowledged', { timeout: 180_000 }, async () => {
    const dir = await tempFolder();
    const script = await writeChildScript(dir);
    const target = join(dir, 'claimdesk.json');
    for (let round = 1; round <= KILLS; round++) {
      // Each round numbers its documents from round × 1000, so the file shows which round wrote it.
      const acknowledged = await killWhileWriting(script, target, round * 1000);
      const { n, sum, text } = JSON.parse(await readFile(target, 'utf8')) as Written;
      expect(sum).toBe(createHash('sha256').update(text).digest('hex'));
      expect(text).toBe(`${n};`.repeat(text.length / `${n};`.length));
      expect(n).toBeGreaterThanOrEqual(acknowledged);
    }
  });
});

/** The child runs plain JavaScript: durable-file.ts with its types stripped, and nothing else. */
async function writeChildScript(dir: string): Promise<string> {
  const source = await readFile(new URL('./durable-file.ts', import.meta.url), 'utf8');
  const { code } = await transformWithOxc(source, 'durable-file.ts', { lang: 'ts' });
  await writeFile(join(dir, 'durable-file.mjs'), code);
  await writeFile(join(dir, 'child.mjs'), CHILD);
  return join(dir, 'child.mjs');
}

/**
 * Starts a writer, lets it finish at least one document, kills it at a random moment and
 * returns the last document number it reported as written.
 */
async function killWhileWriting(script: string, target: string, first: number): Promise<number> {
  const args = [script, target, String(DOCUMENT_BYTES), String(first)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  let acknowledged = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        acknowledged = Math.max(acknowledged, ...chunk.trim().split('\n').map(Number));
        resolve();
      });
      void closed.then(() => reject(new Error('the writer exited before its first write')));
    });
    await sleep(Math.random() * MAX_DELAY_MS);
  } finally {
    child.kill('SIGKILL');
    await closed;
  }
  return acknowledged;
}
