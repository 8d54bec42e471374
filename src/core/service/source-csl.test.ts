import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Source } from '../../shared/model';
import { diskFull, failNextWrite } from '../store/test-disk-failures';
import { useFreshCases } from './test-service';

afterEach(() => vi.restoreAllMocks());

const openFreshCase = useFreshCases();

const ZOTERO = [
  { id: 'z1', type: 'article-newspaper', title: 'Police count 1,200', URL: 'https://wire.example/police-count', 'container-title': 'Northern Wire' },
  { id: 'z2', type: 'report', title: 'Same page again', URL: 'HTTPS://wire.example/police-count/#top' },
  { id: 'z3', type: 'report', title: '' },
  { id: 'z4', type: 'speech', title: 'Already in the library', URL: 'https://ministry.example/speech/' },
  { id: 'z5', type: 'dataset', title: 'Crowd dataset', author: [{ family: 'Ng', given: 'Ada' }], issued: { 'date-parts': [[2024, 3]] } },
  { id: 'z6', type: 'report', title: 'x'.repeat(1_001) },
];

const withoutId = ({ id: _id, ...fields }: Source) => fields;

describe('the source library as CSL-JSON', () => {
  it('gives the same items through export, import into another case, and export again', async () => {
    const first = await openFreshCase();
    const zotero = [
      {
        id: 'http://zotero.org/users/1/items/EMB1',
        type: 'webpage',
        title: 'Iran accused of plotting attack on embassy',
        'container-title': 'Harbour Times',
        publisher: 'Harbour Media Group',
        author: [{ family: 'Abdul-Zahra', given: 'Qassim' }, { family: 'Gambrell', given: 'Jon' }, { literal: 'Associated Press' }],
        URL: 'https://harbour.example/embassy',
      },
    ];
    await first.client.importSources({ json: JSON.stringify(zotero) });
    const exported = JSON.parse((await first.client.exportSources({})).content) as Array<Record<string, unknown>>;
    expect(exported[0]).toMatchObject({ type: 'webpage', 'container-title': 'Harbour Times', author: zotero[0]!.author });
    const second = await openFreshCase();
    await second.client.importSources({ json: JSON.stringify(exported) });
    const again = JSON.parse((await second.client.exportSources({})).content) as Array<Record<string, unknown>>;
    const withoutIds = (items: Array<Record<string, unknown>>) => items.map(({ id: _id, ...item }) => item);
    expect(withoutIds(again)).toEqual(withoutIds(exported));
    await first.service.close();
    await second.service.close();
  });

  it('imports new sources and reports duplicates by URL, in the library and in the file, and items that fail', async () => {
    const { client, service } = await openFreshCase();
    const speech = await client.createSource({ title: 'Minister speech', url: 'https://ministry.example/speech' });

    const result = await client.importSources({ json: JSON.stringify(ZOTERO) });
    expect(result.created.map((source) => source.title)).toEqual(['Police count 1,200', 'Crowd dataset']);
    const [count, dataset] = result.created;
    expect(count).toMatchObject({ publisher: null, containerTitle: 'Northern Wire', kind: 'article', reliability: 'F', accessedAt: null });
    expect(dataset).toMatchObject({ author: 'Ada Ng', publishedAt: '2024-03', kind: 'dataset', url: null });
    expect(result.duplicates).toEqual([
      { index: 1, title: 'Same page again', url: 'HTTPS://wire.example/police-count/#top', existingId: count!.id },
      { index: 3, title: 'Already in the library', url: 'https://ministry.example/speech/', existingId: speech.id },
    ]);
    expect(result.failed).toEqual([
      { index: 2, reason: 'it has no title' },
      { index: 5, reason: expect.stringMatching(/^its title: Too big/) },
    ]);
    expect((await client.getCase({})).sources.map((source) => source.id)).toEqual([speech.id, count!.id, dataset!.id]);

    const history = await service.store.readHistory();
    expect(history.filter((entry) => entry.entity === 'source').map((entry) => entry.entityId)).toEqual([speech.id, count!.id, dataset!.id]);

    // Only a URL says two items are one source: without one, an item is always new.
    const again = await client.importSources({ json: JSON.stringify(ZOTERO) });
    expect(again.created.map((source) => source.title)).toEqual(['Crowd dataset']);
    expect(again.duplicates.map((duplicate) => duplicate.existingId)).toEqual([count!.id, count!.id, speech.id]);
    await service.close();
  });

  it('exports the library as CSL-JSON that another case imports with every field', async () => {
    const from = await openFreshCase();
    await from.client.createSource({
      title: 'Police statement',
      url: 'https://police.example/s',
      publisher: 'Metropolitan Police',
      author: 'Press Office',
      publishedAt: '2024-03-05',
      kind: 'official-statement',
      reliability: 'B',
      notes: 'Asked twice.',
    });
    await from.client.createSource({ title: 'Leaflet', publishedAt: 'spring 2024', accessedAt: '2024-04-01T10:00:00Z', kind: 'other' });
    const file = await from.client.exportSources({});
    expect(file).toMatchObject({ fileName: 'embassy-claims-sources.json', mimeType: 'application/vnd.citationstyles.csl+json', encoding: 'utf8' });
    const library = from.service.store.data.sources;
    await from.service.close();

    const to = await openFreshCase();
    const result = await to.client.importSources({ json: file.content });
    expect(result).toMatchObject({ duplicates: [], failed: [] });
    expect(result.created.map(withoutId)).toEqual(library.map(withoutId));
    expect((await to.client.exportSources({})).content).toBe(
      file.content.replace(new RegExp(library.map((source) => source.id).join('|'), 'g'), (id) => result.created[library.findIndex((source) => source.id === id)]!.id),
    );
    await to.service.close();
  });

  it('keeps the article a source is only when the importing case has that article', async () => {
    const { client, service } = await openFreshCase();
    const json = JSON.stringify([{ id: 'a', type: 'article-newspaper', title: 'Elsewhere', custom: { claimdesk: { kind: 'article', reliability: 'C', notes: '', articleId: 'art_gone' } } }]);
    const { created } = await client.importSources({ json });
    expect(created[0]).toMatchObject({ articleId: null, reliability: 'C' });
    await service.close();
  });

  it('refuses a file that is not CSL-JSON and saves nothing, and saves nothing when the write fails', async () => {
    const { client, service, dir } = await openFreshCase();
    await expect(client.importSources({ json: 'not json' })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/not CSL-JSON/) });
    await expect(client.importSources({ json: '{"format":"claimdesk-case"}' })).rejects.toThrow(/not CSL-JSON/);

    await failNextWrite(dir, diskFull());
    await expect(client.importSources({ json: JSON.stringify(ZOTERO) })).rejects.toMatchObject({ code: 'file-system', message: expect.stringMatching(/^The disk is full/) });
    expect((await client.getCase({})).sources).toEqual([]);
    expect((await service.store.readHistory()).filter((entry) => entry.entity === 'source')).toEqual([]);

    expect((await client.importSources({ json: JSON.stringify(ZOTERO) })).created).toHaveLength(3);
    await service.close();
  });
});
