// One writer per case: while the app has a case open, the command line's edits go
// through the app (applied, shown and undoable there), a second app is refused, and
// command lines running side by side wait for each other. Nothing acknowledged is lost.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAnchorWorker } from '../core/anchor-thread/test-worker';
import { useImportWorker } from '../core/import-thread/test-worker';
import { openCaseService, type CaseService } from '../core/service';
import { readCase } from '../core/store';
import { startHost, type Host } from '../host/server';
import { runCli } from './run';
import { useCliWorkers } from './test-workers';

useCliWorkers();
const anchorWorker = useAnchorWorker();
const importWorker = useImportWorker();
let dir: string;
let caseDir: string;

async function claimdesk(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (...parts: unknown[]) => out.push(parts.join(' ')), error: (...parts: unknown[]) => err.push(parts.join(' ')) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** The browser host holding the case, as `claimdesk serve` does. */
async function serveCase(): Promise<{ service: CaseService; host: Host; stop(): Promise<void> }> {
  const service = await openCaseService(caseDir, { app: 'serve', appVersion: 'test', anchorWorker: await anchorWorker(), importWorker: await importWorker() });
  const host = await startHost({ handlers: service.handlers });
  await service.store.publishEndpoint({ url: `http://127.0.0.1:${host.port}`, token: host.token });
  return { service, host, stop: async () => (await host.close(), await service.close()) };
}

const statements = (data: { claims: readonly { statement: string }[] }) => data.claims.map((claim) => claim.statement).sort();

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-one-writer-'));
  caseDir = join(dir, 'case');
  await writeFile(join(dir, 'note.txt'), 'Harbour note\n\nThe crowd was large. The police were few. The night was calm.');
  expect((await claimdesk('init', caseDir, '--name', 'Harbour')).code).toBe(0);
  expect((await claimdesk('import', caseDir, join(dir, 'note.txt'))).code).toBe(0);
});

afterEach(() => rm(dir, { recursive: true, force: true }));

async function articleId(): Promise<string> {
  return (await readCase(caseDir)).articles[0]!.id;
}

describe('the command line and the app on one case', () => {
  it('sends edits through the app, which shows them and can undo them; none is lost', async () => {
    const id = await articleId();
    const app = await serveCase();
    try {
      const quotes = ['The crowd was large', 'The police were few', 'The night was calm'];
      const results = await Promise.all(
        quotes.map((quote, i) => claimdesk('claim', caseDir, '--article', id, '--quote', quote, '--statement', `Statement ${i}`)),
      );
      expect(results.map((result) => result.code)).toEqual([0, 0, 0]);
      expect(statements(app.service.store.data)).toEqual(['Statement 0', 'Statement 1', 'Statement 2']);
      expect(app.service.store.undoState.undo).toBe('Tag claim');
      await app.service.store.undo();
      expect(app.service.store.data.claims).toHaveLength(2);
      // A read through the command line sees the case as the app has it now.
      expect(JSON.parse((await claimdesk('claims', caseDir, '--json')).stdout)).toHaveLength(2);
    } finally {
      await app.stop();
    }
    expect((await readCase(caseDir)).claims).toHaveLength(2);
  });

  it('refuses a second app on the case, naming the first', async () => {
    const app = await serveCase();
    try {
      const second = openCaseService(caseDir, { app: 'serve', appVersion: 'test', anchorWorker: await anchorWorker(), importWorker: await importWorker() });
      await expect(second).rejects.toMatchObject({
        code: 'case-locked',
        message: expect.stringContaining(`the case is open in Claimdesk (pid ${process.pid}, since`),
      });
    } finally {
      await app.stop();
    }
  });

  it('says the app did not answer, and changes nothing, when its endpoint is gone', async () => {
    const id = await articleId();
    const app = await serveCase();
    await app.host.close();
    try {
      const result = await claimdesk('claim', caseDir, '--article', id, '--quote', 'The crowd was large');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/the case is open in Claimdesk \(pid \d+, since .*\), and it did not answer/);
      expect(app.service.store.data.claims).toEqual([]);
    } finally {
      await app.service.close();
    }
  });
});

describe('command lines side by side', () => {
  it('take turns on the case, and every edit they acknowledged is saved', async () => {
    const id = await articleId();
    const quotes = ['The crowd was large', 'The police were few', 'The night was calm'];
    const runs = Array.from({ length: 12 }, (_, i) =>
      claimdesk('claim', caseDir, '--article', id, '--quote', quotes[i % 3]!, '--statement', `Run ${String(i).padStart(2, '0')}`),
    );
    expect((await Promise.all(runs)).map((result) => [result.code, result.stderr])).toEqual(Array(12).fill([0, '']));
    expect(statements(await readCase(caseDir))).toEqual(Array.from({ length: 12 }, (_, i) => `Run ${String(i).padStart(2, '0')}`));
  });
});
