import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model';
import { openCaseFolder } from '../case-folder';
import { snapshotIn } from '../test-case';
import { casePaths } from '../case-paths';
import { useTempFolders } from '../test-folders';
import { MIGRATIONS } from './index';

const tempFolder = useTempFolders();

/** A claimdesk.json as schema version 2 wrote it: evidence without passages. */
function versionTwoCase() {
  const evidence = (id: string, excerpt: string) => ({
    id,
    claimId: 'clm_1',
    sourceId: 'src_1',
    relation: 'refutes',
    credibility: 2,
    excerpt,
    note: '',
    createdAt: '2025-01-02T00:00:00.000Z',
  });
  return {
    workspace: {
      id: 'case_1',
      name: 'Embassy',
      schemaVersion: 2,
      analyst: 'Dana Ruiz',
      methodology: '',
      createdAt: '2025-01-01T00:00:00.000Z',
    },
    articles: [],
    claims: [
      {
        id: 'clm_1',
        statement: 'More than 3,000 gathered.',
        claimant: 'The minister',
        type: 'statistic',
        tags: [],
        verdict: 'false',
        confidence: null,
        rationale: '',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
      },
    ],
    appearances: [],
    sources: [
      {
        id: 'src_1',
        title: 'Police statement',
        url: null,
        publisher: 'Police',
        author: null,
        publishedAt: null,
        accessedAt: null,
        kind: 'official-statement',
        reliability: 'B',
        notes: '',
        articleId: null,
      },
    ],
    evidence: [evidence('evd_1', 'about 1,200 people'), evidence('evd_2', '')],
    tags: [],
    layout: null,
  };
}

describe('migration 002: evidence from passages', () => {
  it('gives existing evidence no passage and keeps everything else as it was', async () => {
    const dir = await tempFolder();
    const old = versionTwoCase();
    await writeFile(join(dir, 'claimdesk.json'), JSON.stringify(old));

    const { data } = await openCaseFolder(casePaths(dir), MIGRATIONS);

    expect(data.workspace.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.evidence).toEqual(old.evidence.map((item) => ({ ...item, passage: null })));
    // Later steps add to sources; what this one found there stays.
    expect(data.sources).toMatchObject(old.sources);
    const rest = (whole: object) => ({ ...whole, workspace: undefined, evidence: undefined, sources: undefined });
    expect(rest(data)).toEqual(rest(old));
    expect(await snapshotIn(dir)).toEqual(data);
  });

  it('keeps the version 2 file beside the upgraded one', async () => {
    const dir = await tempFolder();
    const old = JSON.stringify(versionTwoCase());
    await writeFile(join(dir, 'claimdesk.json'), old);
    await openCaseFolder(casePaths(dir), MIGRATIONS);
    const copies = (await readdir(dir)).filter((name) => name.startsWith('claimdesk.v2.'));
    expect(copies).toHaveLength(1);
    expect(await readFile(join(dir, copies[0]!), 'utf8')).toBe(old);
  });
});
