import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../shared/model';
import { CaseStore } from '../../core/store';
import { sampleClaim } from '../../core/store/test-case';
import { useTempFolders } from '../../core/store/test-folders';
import { runCli } from '../run';

const tempFolder = useTempFolders();

async function claimdesk(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (line: string) => out.push(line), error: (line: unknown) => err.push(String(line)) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A case whose claim carries a tag the tag list lacks and has an appearance on an article that is not there. */
async function repairableCase(): Promise<string> {
  const dir = await tempFolder();
  const store = await CaseStore.create(dir, { name: 'Harbour', analyst: 'Dana' });
  await store.close();
  const file = join(dir, 'claimdesk.json');
  const data = JSON.parse(await readFile(file, 'utf8')) as CaseData;
  const claim = { ...sampleClaim('clm_1'), tags: ['harbour'] };
  data.claims.push(claim);
  data.appearances.push({
    id: 'app_1',
    claimId: claim.id,
    articleId: 'art_gone',
    selector: { position: { start: 0, end: 4 }, quote: { exact: 'Iran', prefix: '', suffix: '' } },
    status: 'anchored',
    createdAt: claim.createdAt,
  });
  await writeFile(file, JSON.stringify(data));
  return dir;
}

describe('claimdesk doctor', () => {
  it('lists each problem with what it means and exits 1; --repair fixes them and exits 0', async () => {
    const dir = await repairableCase();
    const checked = await claimdesk('doctor', dir);
    expect(checked.code).toBe(1);
    expect(checked.stdout.split('\n')).toEqual([
      expect.stringMatching(/^appearance-without-article\tThe appearance app_1 .* The report cannot quote it\. \(--repair fixes this\)$/),
      expect.stringMatching(/^tag-missing\tThe tag "harbour" is carried by the claim clm_1 but is not in the tag list/),
    ]);

    const repaired = await claimdesk('doctor', dir, '--repair');
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(/^repaired\tremoved appearance app_1: its article is missing\nrepaired\trecreated the tag "harbour"\nclaimdesk\.json and history\.jsonl as they were, copied to: .*doctor-backup\.[^\n]*\nWhat was removed is kept in .*doctor-removed\..*\.json\nThe case is healthy\.$/);

    const after = await claimdesk('doctor', dir, '--json');
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout)).toEqual({ problems: [] });
  });

  it('says so when the case folder cannot be opened', async () => {
    const result = await claimdesk('doctor', join(await tempFolder(), 'nothing-here'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^claimdesk doctor: /);
  });
});
