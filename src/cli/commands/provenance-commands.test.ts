import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom, syntheticText } from '../../core/anchor/synthetic-text';
import { runCli } from '../run';
import { useCliWorkers } from '../test-workers';

// The import runs on its worker thread, bundled for the test.
useCliWorkers();

const LEAD = 'Protesters gathered outside the embassy on Sunday, witnesses said.';
const CROWD = 'Police said about 200 people took part in the march.';
const CLOSE = 'The embassy did not respond to a request for comment.';
const WIRE = syntheticText(400, seededRandom(3));

let dir: string;
let caseDir: string;

async function claimdesk(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (...parts) => out.push(parts.join(' ')), error: (...parts) => err.push(parts.join(' ')) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A saved page at one URL, whose article is these paragraphs. */
async function page(name: string, paragraphs: string[], url = 'https://news.example/embassy'): Promise<string> {
  const file = join(dir, name);
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  await writeFile(file, `<!doctype html><html lang="en"><head><title>Embassy protest</title><link rel="canonical" href="${url}"></head><body><article>${body}</article></body></html>`);
  return file;
}

async function importOne(file: string): Promise<string> {
  const { stdout, code } = await claimdesk('import', caseDir, file);
  expect(code).toBe(0);
  return stdout.split('\t')[0]!;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-provenance-'));
  caseDir = join(dir, 'case');
  await claimdesk('init', caseDir, '--name', 'Embassy', '--analyst', 'Dana');
});

afterEach(() => rm(dir, { recursive: true, force: true }));

describe('claimdesk changes', () => {
  it('gives the contract’s JSON: a silent edit with a changed number and a removed paragraph', async () => {
    const first = await importOne(await page('v1.html', [LEAD, CROWD, CLOSE]));
    const second = await importOne(await page('v2.html', [LEAD, CROWD.replace('200', '100')]));

    const { code, stdout } = await claimdesk('changes', caseDir, '--article', second, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result).sort()).toEqual(['articleId', 'changes', 'notice', 'previousVersionId', 'silent']);
    expect(result).toMatchObject({ articleId: second, previousVersionId: first, notice: null, silent: true });
    expect(result.changes).toEqual([
      {
        kind: 'changed',
        before: CROWD,
        after: CROWD.replace('200', '100'),
        substantive: true,
        differences: [{ kind: 'number', from: expect.stringContaining('200'), to: expect.stringContaining('100') }],
      },
      { kind: 'removed', before: CLOSE, after: null, substantive: true, differences: [] },
    ]);
  });

  it('names the notice a corrected version adds, and then it is no silent edit', async () => {
    await importOne(await page('v1.html', [LEAD, CROWD]));
    const notice = 'Correction: An earlier version of this story gave the wrong number of protesters.';
    const second = await importOne(await page('v2.html', [LEAD, CROWD.replace('200', '100'), notice]));
    const result = JSON.parse((await claimdesk('changes', caseDir, '--article', second, '--json')).stdout);
    expect(result).toMatchObject({ notice, silent: false });
  });

  it('refuses a first version with a message that says why, exit code 1', async () => {
    const first = await importOne(await page('v1.html', [LEAD, CROWD]));
    const { code, stderr } = await claimdesk('changes', caseDir, '--article', first);
    expect(code).toBe(1);
    expect(stderr).toMatch(/first version of its page: there is no earlier version/);
  });
});

describe('claimdesk clusters and check', () => {
  it('lists copies of one text, and check names a claim refuted only by them', async () => {
    const wire = await importOne(await page('wire.html', WIRE.split('\n\n'), 'https://wire.example/a'));
    const reprint = await importOne(await page('reprint.html', ['From our partners at the wire.', ...WIRE.split('\n\n')], 'https://daily.example/b'));
    await importOne(await page('other.html', syntheticText(400, seededRandom(9)).split('\n\n'), 'https://other.example/c'));

    const clusters = JSON.parse((await claimdesk('clusters', caseDir, '--json')).stdout);
    expect(clusters).toEqual([{ articleIds: expect.arrayContaining([wire, reprint]), shared: expect.any(Number) }]);
    expect(clusters[0].articleIds).toHaveLength(2);
    expect(clusters[0].shared).toBeGreaterThan(0.9);

    const quote = WIRE.split('\n\n')[1]!.split(' ').slice(0, 6).join(' ');
    const claim = JSON.parse((await claimdesk('claim', caseDir, '--article', wire, '--quote', quote, '--verdict', 'false', '--rationale', 'Checked.', '--json')).stdout);
    const claimId = claim.claim?.id ?? claim.id;
    for (const article of [wire, reprint]) {
      expect((await claimdesk('link', caseDir, '--claim', claimId, '--article', article, '--quote', quote, '--relation', 'refutes')).code).toBe(0);
    }
    const { code, stdout } = await claimdesk('check', caseDir, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toContainEqual(expect.objectContaining({ kind: 'dependent-evidence', claimId }));
  });

  it('says so when no two articles are copies', async () => {
    await importOne(await page('one.html', [LEAD, CROWD]));
    const { code, stdout } = await claimdesk('clusters', caseDir);
    expect(code).toBe(0);
    expect(stdout).toBe('No copies: no two articles share most of their text.');
  });
});
