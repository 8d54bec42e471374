import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model';
import { openCaseFolder } from '../case-folder';
import { snapshotIn } from '../test-case';
import { casePaths } from '../case-paths';
import { useTempFolders } from '../test-folders';
import { MIGRATIONS } from './index';

const tempFolder = useTempFolders();

/** A claimdesk.json as schema version 1 wrote it: articles without versions, no layout. */
function versionOneCase() {
  const article = (id: string, url: string | null) => ({
    id,
    title: `Article ${id}`,
    outlet: 'Wire',
    byline: null,
    url,
    publishedAt: null,
    importedAt: '2025-01-01T00:00:00.000Z',
    format: 'html',
    fileName: `${id}.html`,
    sha256: 'a'.repeat(64),
    wordCount: 100,
    language: 'en',
  });
  return {
    workspace: {
      id: 'case_1',
      name: 'Embassy',
      schemaVersion: 1,
      analyst: 'Dana Ruiz',
      methodology: '',
      createdAt: '2025-01-01T00:00:00.000Z',
    },
    // Two imports of one URL: version 1 could not link them, so neither is a later version.
    articles: [article('art_a', 'https://wire.example/a'), article('art_b', 'https://wire.example/a'), article('art_c', null)],
    claims: [],
    appearances: [],
    sources: [],
    evidence: [],
    tags: [],
  };
}

describe('migration 001: article versions and the pane layout', () => {
  it('makes every article a first version and the case without a layout', async () => {
    const dir = await tempFolder();
    const old = versionOneCase();
    await writeFile(join(dir, 'claimdesk.json'), JSON.stringify(old));

    const { data } = await openCaseFolder(casePaths(dir), MIGRATIONS);

    expect(data.workspace.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.layout).toBeNull();
    expect(data.articles).toEqual(old.articles.map((article) => ({ ...article, version: 1, previousVersionId: null })));
    expect(await snapshotIn(dir)).toEqual(data);
  });

  it('keeps the version 1 file beside the upgraded one', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'claimdesk.json'), JSON.stringify(versionOneCase()));
    await openCaseFolder(casePaths(dir), MIGRATIONS);
    expect((await readdir(dir)).filter((name) => name.startsWith('claimdesk.v1.'))).toHaveLength(1);
  });
});
