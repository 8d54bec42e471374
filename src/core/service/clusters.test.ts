import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient, dispatch } from '../../shared/rpc';
import { seededRandom, syntheticText } from '../anchor/synthetic-text';
import { FINGERPRINTS_FILE } from '../provenance/fingerprint-file';
import { openCaseService } from './index';
import { useFreshCases } from './test-service';

const openFreshCase = useFreshCases();
const random = seededRandom(3);

describe('copy clusters of the open case', () => {
  it('are worked out once while the articles stay as they are, and again when an article is imported or re-dated', async () => {
    const { client, service } = await openFreshCase();
    const wire = syntheticText(300, random);
    const first = await client.importText({ text: wire, title: 'Wire' });
    const reprint = await client.importText({ text: `${wire}\n\nReprinted with permission.`, title: 'Reprint' });
    await client.importText({ text: syntheticText(300, random), title: 'Unrelated' });

    const clusters = await service.handlers.getClusters({});
    expect(clusters.map((cluster) => cluster.articleIds)).toEqual([[first.id, reprint.id]]);
    await client.createTag({ name: 'embassy' });
    expect(await service.handlers.getClusters({})).toBe(clusters);

    const rewrite = await client.importText({ text: `Our correspondent adds a first paragraph.\n\n${wire}`, title: 'Rewrite' });
    expect((await service.handlers.getClusters({})).map((cluster) => cluster.articleIds)).toEqual([[first.id, reprint.id, rewrite.id]]);

    await client.updateArticle({ id: rewrite.id, patch: { publishedAt: '2020-01-01T00:00:00Z' } });
    expect((await service.handlers.getClusters({})).map((cluster) => cluster.articleIds)).toEqual([[rewrite.id, first.id, reprint.id]]);
  });

  it('are worked out again once an article whose file could not be read can be', async () => {
    const { client, service, dir, options } = await openFreshCase();
    const wire = syntheticText(300, random);
    const first = await client.importText({ text: wire, title: 'Wire' });
    const reprint = await client.importText({ text: `${wire}\n\nReprinted with permission.`, title: 'Reprint' });
    await service.close();
    await rm(join(dir, FINGERPRINTS_FILE), { force: true });
    const file = join(dir, 'articles', `${reprint.id}.json`);
    await rename(file, `${file}.away`);

    const reopened = await openCaseService(dir, options);
    try {
      expect(await reopened.handlers.getClusters({})).toEqual([]);
      await rename(`${file}.away`, file);
      await createClient((method, input) => dispatch(reopened.handlers, method, input)).createTag({ name: 'embassy' });
      expect((await reopened.handlers.getClusters({})).map((cluster) => cluster.articleIds)).toEqual([[first.id, reprint.id]]);
    } finally {
      await reopened.close();
    }
  });
});
