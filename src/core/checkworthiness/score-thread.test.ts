import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../shared/model';
import { shippedModel } from './default-model';
import { ScoringThread } from './score-thread';
import { scoreSentences } from './suggest';

// A worker thread is plain Node: bundle the worker as the real build does.
let dir: string;
let workerFile: URL;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-score-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    // Outside the project no package resolves: bundle them all in.
    ssr: { noExternal: true },
    build: {
      ssr: true,
      outDir: dir,
      rollupOptions: {
        input: { worker: fileURLToPath(new URL('./score-worker.ts', import.meta.url)) },
        output: { format: 'esm', entryFileNames: '[name].mjs' },
      },
    },
  });
  workerFile = pathToFileURL(join(dir, 'worker.mjs'));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const DOC: Doc = {
  text: 'Budget\n\nUnemployment fell to 3.5 percent in 2019. Thank you all for coming.',
  blocks: [
    { kind: 'heading', start: 0, end: 6, level: 1 },
    { kind: 'paragraph', start: 8, end: 74 },
  ],
  marks: [],
};

describe('ScoringThread', () => {
  it('scores on a worker exactly as in process, for requests in flight together', async () => {
    const thread = new ScoringThread(workerFile);
    const [first, second] = await Promise.all([thread.score('art_a', DOC), thread.score('art_b', DOC)]);
    const inProcess = scoreSentences(shippedModel(), 'art_a', DOC);
    // The same sentences and reasons; scores agree to the last few bits of a double.
    expect(first?.map(({ score: _score, ...rest }) => rest)).toEqual(inProcess.map(({ score: _score, ...rest }) => rest));
    first?.forEach((suggestion, i) => expect(suggestion.score).toBeCloseTo(inProcess[i]!.score, 9));
    expect(second?.[0]?.articleId).toBe('art_b');
    await thread.close();
  });

  it('fails with a message when the worker cannot run, and tries again on the next request', async () => {
    const thread = new ScoringThread(pathToFileURL(join(dir, 'missing.mjs')));
    await expect(thread.score('art_a', DOC)).rejects.toThrow(/Scoring the sentences failed/);
    await thread.close();
  });
});
