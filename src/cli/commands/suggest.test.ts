import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../run';
import { useCliWorkers } from '../test-workers';

// The import runs on its worker thread, bundled for the test.
useCliWorkers();

const STORY = [
  'Budget vote',
  '',
  'Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years. Thank you very much. ' +
    'Senator Harris voted against the bill because it cut $2 billion from schools.',
].join('\n');

let dir: string;
let caseDir: string;
let articleId: string;

async function claimdesk(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (...parts) => out.push(parts.join(' ')), error: (...parts) => err.push(parts.join(' ')) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

interface Row {
  text: string;
  score: number;
  start: number;
  end: number;
  reasons: Array<{ kind: string; cue: string }>;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-suggest-'));
  caseDir = join(dir, 'case');
  await writeFile(join(dir, 'budget.txt'), STORY);
  await claimdesk('init', caseDir, '--name', 'Budget', '--analyst', 'Dana');
  articleId = (await claimdesk('import', caseDir, join(dir, 'budget.txt'))).stdout.split('\t')[0]!;
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe('claimdesk suggest', () => {
  it('prints every sentence with --limit 0, best first, as JSON with offsets and reasons', async () => {
    const { code, stdout } = await claimdesk('suggest', caseDir, '--article', articleId, '--limit', '0', '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Row[];
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => row.score)).toEqual(rows.map((row) => row.score).sort((a, b) => b - a));
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['text', 'score', 'start', 'end', 'reasons']));
      expect(STORY.slice(row.start, row.end)).toBe(row.text);
    }
    expect(rows.slice(0, 2).map((row) => row.text).sort()).toEqual([
      'Senator Harris voted against the bill because it cut $2 billion from schools.',
      'Unemployment fell to 3.5 percent in 2019, the lowest rate in fifty years.',
    ]);
  });

  it('keeps to --limit and --min', async () => {
    const top = JSON.parse((await claimdesk('suggest', caseDir, '--article', articleId, '--limit', '1', '--json')).stdout) as Row[];
    expect(top).toHaveLength(1);
    const sure = JSON.parse((await claimdesk('suggest', caseDir, '--article', articleId, '--min', '0.5', '--json')).stdout) as Row[];
    expect(sure.every((row) => row.score >= 0.5)).toBe(true);
    expect(sure.map((row) => row.text)).not.toContain('Thank you very much.');
  });

  it('refuses a score out of range and an unknown article, saying what to give', async () => {
    const wrong = await claimdesk('suggest', caseDir, '--article', articleId, '--min', '2');
    expect(wrong).toMatchObject({ code: 2, stderr: expect.stringMatching(/--min must be a score from 0 to 1/) });
    const missing = await claimdesk('suggest', caseDir, '--article', 'art_nope');
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/no article art_nope/) });
  });
});
