import { cp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model';
import { openCaseFolder } from '../case-folder';
import { casePaths } from '../case-paths';
import { useTempFolders } from '../test-folders';
import { MIGRATIONS } from './index';
import { CaseStore, readCase } from '../case-store';

const tempFolder = useTempFolders();

/** A claimdesk.json as schema version 4 wrote it: a source's author as text only. */
function versionFourCase() {
  return {
    workspace: { id: 'case_1', name: 'Embassy', schemaVersion: 4, analyst: 'Dana Ruiz', methodology: '', createdAt: '2025-01-01T00:00:00.000Z' },
    articles: [],
    claims: [],
    appearances: [],
    sources: [
      {
        id: 'src_1',
        title: 'Embassy protest draws hundreds',
        url: 'https://wire.example/embassy',
        publisher: 'Harbour Times',
        author: 'Qassim Abdul-Zahra',
        publishedAt: '2026-03-03',
        accessedAt: '2026-03-04',
        kind: 'article',
        reliability: 'B',
        notes: 'Wire copy.',
        articleId: null,
      },
    ],
    evidence: [],
    tags: [],
    layout: null,
  };
}

describe('migration 004: structured sources', () => {
  it('gives each source no structured authors, container title or CSL type, and keeps its fields', async () => {
    const dir = await tempFolder();
    const old = versionFourCase();
    await writeFile(join(dir, 'claimdesk.json'), JSON.stringify(old));

    const { data } = await openCaseFolder(casePaths(dir), MIGRATIONS);

    expect(data.workspace.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.sources).toEqual([{ ...old.sources[0], authors: [], containerTitle: null, cslType: null }]);
    expect((await readdir(dir)).filter((name) => name.startsWith('claimdesk.v4.'))).toHaveLength(1);
  });

  it('takes a journaled case forward with its journal’s edits (the demo case as shipped), and keeps taking edits', async () => {
    const dir = await tempFolder();
    await cp(join(import.meta.dirname, '../../../../data/demo-case'), dir, { recursive: true });
    const before = await readCase(dir);
    expect(before.sources.every((source) => Array.isArray(source.authors))).toBe(true);
    const store = await CaseStore.open(dir, { app: 'migration-test' });
    expect(store.data.workspace.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.data.sources.map((source) => source.title)).toEqual(before.sources.map((source) => source.title));
    expect(store.data.claims).toEqual(before.claims);
    await store.edit((draft, journal) => {
      const changed = { ...draft.workspace, analyst: 'Dana Ruiz' };
      journal.updated('workspace', changed.id, draft.workspace, changed);
      draft.workspace = changed;
    });
    await store.close();
    const reopened = await readCase(dir);
    expect(reopened.workspace).toMatchObject({ analyst: 'Dana Ruiz', schemaVersion: SCHEMA_VERSION });
    expect(reopened.claims).toEqual(before.claims);
  });
});
