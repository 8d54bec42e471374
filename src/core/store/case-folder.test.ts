import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type CaseData } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { createCaseFolder, openCaseFolder } from './case-folder';
import { casePaths } from './case-paths';
import { readHistory } from './history';
import { MIGRATIONS, type Migration } from './migrations';
import { sampleClaim, snapshotIn } from './test-case';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

async function newCase(): Promise<{ dir: string; data: CaseData }> {
  const dir = await tempFolder();
  const { data } = await createCaseFolder(casePaths(dir), { name: 'Embassy', analyst: 'Dana Ruiz' });
  return { dir, data };
}


describe('createCaseFolder', () => {
  it('lays out a case folder', async () => {
    const { dir, data } = await newCase();
    expect((await readdir(dir)).sort()).toEqual(['articles', 'claimdesk.json', 'history.jsonl', 'originals']);
    expect(data.workspace).toMatchObject({ name: 'Embassy', analyst: 'Dana Ruiz', schemaVersion: SCHEMA_VERSION });
    expect(await snapshotIn(dir)).toEqual(data);
  });

  it('records the creation in the history', async () => {
    const { dir, data } = await newCase();
    expect(await readHistory(join(dir, 'history.jsonl'))).toEqual([
      expect.objectContaining({ action: 'create', entity: 'workspace', actor: 'Dana Ruiz', after: data.workspace }),
    ]);
  });

  it('makes missing parent folders', async () => {
    const dir = join(await tempFolder(), 'cases', 'embassy');
    await createCaseFolder(casePaths(dir), { name: 'Embassy' });
    expect(await readdir(dir)).toContain('claimdesk.json');
  });

  it('accepts a folder that holds other files', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await createCaseFolder(casePaths(dir), { name: 'Embassy' });
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a folder that already holds a case, and leaves it alone', async () => {
    const { dir } = await newCase();
    const before = await readFile(join(dir, 'claimdesk.json'));
    await expect(createCaseFolder(casePaths(dir), { name: 'Other' })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await readFile(join(dir, 'claimdesk.json'))).toEqual(before);
  });

  it('refuses a case without a name', async () => {
    const dir = await tempFolder();
    await expect(createCaseFolder(casePaths(dir), { name: '  ' })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('openCaseFolder', () => {
  it('reads back what was created', async () => {
    const { dir, data } = await newCase();
    expect((await openCaseFolder(casePaths(dir), [])).data).toEqual(data);
  });

  it('refuses a folder without claimdesk.json', async () => {
    const dir = await tempFolder();
    await expectRefusal(dir, 'not-a-workspace', 'has no claimdesk.json');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a folder that does not exist', async () => {
    const dir = join(await tempFolder(), 'gone');
    await expectRefusal(dir, 'not-a-workspace', 'does not exist');
  });

  it('refuses a file given as the folder', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'claimdesk.json'), '{}');
    await expectRefusal(join(dir, 'claimdesk.json'), 'not-a-workspace', 'is a file');
  });

  describe('leaves a refused file byte for byte as it was', () => {
    it.each([
      ['cut short', (text: string) => text.slice(0, text.length / 2), 'corrupt-workspace', 'not valid JSON'],
      ['empty', () => '', 'corrupt-workspace', 'not valid JSON'],
      ['not an object', () => '[1, 2, 3]', 'corrupt-workspace', 'does not look like a Claimdesk case'],
      ['without claims', (text: string) => edit(text, (data) => delete (data as Partial<CaseData>).claims), 'corrupt-workspace', 'claims'],
      [
        'with an unknown verdict',
        (text: string) => edit(text, (data) => data.claims.push({ ...sampleClaim('clm_1'), verdict: 'pants-on-fire' as 'false' })),
        'corrupt-workspace',
        'claims[0].verdict',
      ],
      [
        'from a newer Claimdesk',
        (text: string) => edit(text, (data) => (data.workspace.schemaVersion = SCHEMA_VERSION + 1)),
        'newer-schema',
        'made by a newer version of Claimdesk',
      ],
      [
        'from an unknown older version',
        (text: string) => edit(text, (data) => (data.workspace.schemaVersion = SCHEMA_VERSION - 1)),
        'corrupt-workspace',
        'could not be upgraded',
      ],
    ] as const)('%s', async (_, damage, code, words) => {
      const { dir } = await newCase();
      const file = join(dir, 'claimdesk.json');
      await writeFile(file, damage(await readFile(file, 'utf8')));
      const bytes = await readFile(file);
      const listing = await readdir(dir);
      const error = await expectRefusal(dir, code, words);
      expect(error.message).toContain(file);
      expect(await readFile(file)).toEqual(bytes);
      expect(await readdir(dir)).toEqual(listing);
    });
  });
});

describe('opening an older case', () => {
  // Schema version 0 never existed; this one is made up to exercise the mechanism.
  const versionZero = {
    workspace: { id: 'case_old', title: 'Embassy', schemaVersion: 0, analyst: 'Dana Ruiz', createdAt: '2019-12-31' },
    claims: [{ ...sampleClaim('clm_1'), verdict: undefined, rating: 'false' }],
  };
  const toVersionOne: Migration = {
    from: 0,
    up(data) {
      const old = data as unknown as typeof versionZero;
      const { title, ...workspace } = old.workspace;
      return {
        workspace: { ...workspace, name: title, methodology: '' },
        claims: old.claims.map(({ rating, ...claim }) => ({ ...claim, verdict: rating })),
        articles: [],
        appearances: [],
        sources: [],
        evidence: [],
        tags: [],
      };
    },
  };

  // The invented step first, then the real ones up to the current version.
  const steps = [toVersionOne, ...MIGRATIONS];

  async function oldCase(): Promise<{ dir: string; bytes: Buffer }> {
    const dir = await tempFolder();
    await writeFile(join(dir, 'claimdesk.json'), JSON.stringify(versionZero, null, 2));
    return { dir, bytes: await readFile(join(dir, 'claimdesk.json')) };
  }

  it('migrates the data and saves it', async () => {
    const { dir } = await oldCase();
    const { data } = await openCaseFolder(casePaths(dir), steps);
    expect(data.workspace).toMatchObject({ name: 'Embassy', schemaVersion: SCHEMA_VERSION });
    expect(data.claims[0]?.verdict).toBe('false');
    expect(await snapshotIn(dir)).toEqual(data);
  });

  it('keeps a copy of the old file', async () => {
    const { dir, bytes } = await oldCase();
    await openCaseFolder(casePaths(dir), steps);
    const backups = (await readdir(dir)).filter((name) => /^claimdesk\.v0\..+\.bak\.json$/.test(name));
    expect(backups).toHaveLength(1);
    expect(await readFile(join(dir, backups[0] ?? ''))).toEqual(bytes);
  });

  it('records the upgrade in the history', async () => {
    const { dir } = await oldCase();
    await openCaseFolder(casePaths(dir), steps);
    const [entry] = await readHistory(join(dir, 'history.jsonl'));
    expect(entry).toMatchObject({ action: 'update', entity: 'workspace', actor: 'Dana Ruiz' });
    expect(entry?.before).toMatchObject({ schemaVersion: 0 });
    expect(entry?.after).toMatchObject({ schemaVersion: SCHEMA_VERSION });
  });

  it('opens the upgraded case again without another copy', async () => {
    const { dir } = await oldCase();
    const { data } = await openCaseFolder(casePaths(dir), steps);
    const listing = await readdir(dir);
    expect((await openCaseFolder(casePaths(dir), steps)).data).toEqual(data);
    expect(await readdir(dir)).toEqual(listing);
  });

  it('changes nothing when a step fails', async () => {
    const { dir, bytes } = await oldCase();
    const broken: Migration = {
      from: 0,
      up: () => {
        throw new Error('claims[0] has no rating');
      },
    };
    await expect(openCaseFolder(casePaths(dir), [broken])).rejects.toMatchObject({ code: 'corrupt-workspace' });
    expect(await readdir(dir)).toEqual(['claimdesk.json']);
    expect(await readFile(join(dir, 'claimdesk.json'))).toEqual(bytes);
  });

  it('changes nothing when the migrated data is not a case', async () => {
    const { dir, bytes } = await oldCase();
    const incomplete: Migration = { from: 0, up: (data) => data };
    await expect(openCaseFolder(casePaths(dir), [incomplete])).rejects.toMatchObject({ code: 'corrupt-workspace' });
    expect(await readdir(dir)).toEqual(['claimdesk.json']);
    expect(await readFile(join(dir, 'claimdesk.json'))).toEqual(bytes);
  });
});

function edit(text: string, change: (data: CaseData) => unknown): string {
  const data = JSON.parse(text) as CaseData;
  change(data);
  return JSON.stringify(data);
}

async function expectRefusal(dir: string, code: string, words: string): Promise<ClaimdeskError> {
  const error = await openCaseFolder(casePaths(dir), []).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ClaimdeskError);
  expect(error).toMatchObject({ code });
  expect((error as Error).message).toContain(words);
  return error as ClaimdeskError;
}
