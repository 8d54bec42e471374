import { describe, expect, it } from 'vitest';
import type { Source } from '../../shared/model';
import { sourcesFromCsl, sourcesToCsl } from './csl-json';

const base: Source = {
  id: 'src_1',
  title: 'Police statement on the embassy protest',
  url: 'https://police.example/statements/42',
  publisher: 'Metropolitan Police',
  author: 'Press Office',
  authors: [],
  containerTitle: null,
  cslType: null,
  publishedAt: '2024-03-05',
  accessedAt: '2024-03-06',
  kind: 'official-statement',
  reliability: 'B',
  notes: 'Counted by two officers.\n\nclaimdesk-kind: not a header here',
  articleId: null,
};

const LIBRARY: Source[] = [
  base,
  { ...base, id: 'src_2', title: 'Crowd counts 2010–2024', kind: 'dataset', reliability: 'A', publishedAt: '2024-03', notes: '' },
  { ...base, id: 'src_3', title: 'Annual report', kind: 'report', publishedAt: '2023', accessedAt: '2024-03-06T09:15:00Z' },
  { ...base, id: 'src_4', title: 'Interview with the organiser', kind: 'interview', author: 'A. Ng and B. Roe', url: null },
  { ...base, id: 'src_5', title: 'A post', kind: 'social-media', publisher: null, author: null, publishedAt: 'spring 2024' },
  { ...base, id: 'src_6', title: 'Wire story', kind: 'article', reliability: 'C', accessedAt: null, articleId: 'art_1' },
  { ...base, id: 'src_7', title: 'Something else', kind: 'other', reliability: 'F', notes: '  spaced  ' },
  {
    ...base,
    id: 'src_8',
    title: 'Embassy protest draws hundreds',
    kind: 'article',
    publisher: 'Associated Press',
    containerTitle: 'Harbour Times',
    cslType: 'webpage',
    author: 'Qassim Abdul-Zahra, Jon Gambrell, Ministry of the Interior',
    authors: [{ family: 'Abdul-Zahra', given: 'Qassim' }, { family: 'Gambrell', given: 'Jon' }, { literal: 'Ministry of the Interior' }],
  },
];

const withoutId = ({ id: _id, ...fields }: Source) => fields;

describe('CSL-JSON for the source library', () => {
  it('gives back every field of every source, ids aside, through export and import', () => {
    const csl = JSON.parse(JSON.stringify(sourcesToCsl(LIBRARY))) as unknown;
    const read = sourcesFromCsl(csl);
    expect(read).toEqual(LIBRARY.map((source, index) => ({ index, source: withoutId(source) })));
  });

  it('writes standard CSL: types, a literal author, date-parts for plain dates and raw otherwise', () => {
    const [statement, dataset, report, , post, article] = sourcesToCsl(LIBRARY);
    expect(statement).toMatchObject({
      id: 'src_1',
      type: 'document',
      URL: 'https://police.example/statements/42',
      publisher: 'Metropolitan Police',
      author: [{ literal: 'Press Office' }],
      issued: { 'date-parts': [[2024, 3, 5]] },
      accessed: { 'date-parts': [[2024, 3, 6]] },
      custom: { claimdesk: { kind: 'official-statement', reliability: 'B' } },
    });
    expect(statement!.note).toBe('claimdesk-kind: official-statement\nclaimdesk-reliability: B\n\n' + base.notes);
    expect(dataset).toMatchObject({ type: 'dataset', issued: { 'date-parts': [[2024, 3]] } });
    expect(dataset!.note).toBe('claimdesk-kind: dataset\nclaimdesk-reliability: A');
    expect(report).toMatchObject({ type: 'report', accessed: { raw: '2024-03-06T09:15:00Z' } });
    expect(post).toMatchObject({ type: 'post', issued: { raw: 'spring 2024' } });
    expect(post).not.toHaveProperty('publisher');
    expect(article).toMatchObject({ type: 'article-newspaper', custom: { claimdesk: { articleId: 'art_1' } } });
  });

  it('reads what the note keeps when a reference manager dropped the custom fields', () => {
    const [item] = sourcesToCsl([base]);
    const { custom: _custom, ...zotero } = item!;
    expect(sourcesFromCsl([zotero])).toEqual([{ index: 0, source: withoutId(base) }]);
  });

  it('reads a Zotero export: family and given names, container-title, string date-parts, DOI', () => {
    const zotero = [
      {
        id: 'http://zotero.org/users/1/items/ABCD1234',
        type: 'article-journal',
        title: ' Crowd size estimation from aerial images ',
        'container-title': 'Journal of Crowd Science',
        author: [
          { family: 'Ng', given: 'Ada' },
          { family: 'Roe', given: 'Ben', 'non-dropping-particle': 'van', suffix: 'Jr.' },
          { literal: 'Crowd Lab' },
        ],
        issued: { 'date-parts': [['2021', '7', '9']] },
        accessed: { 'date-parts': [[2024, 1]] },
        DOI: '10.1000/crowd.42',
        note: 'Cited by the police.',
      },
      { id: 'b', type: 'webpage', title: 'Protest photos', URL: 'https://photos.example/p', issued: { raw: 'March 2024' } },
      { id: 'c', type: 'speech', title: 'Minister speech', publisher: 'Ministry', 'container-title': 'Not this one' },
    ];
    expect(sourcesFromCsl(zotero)).toEqual([
      {
        index: 0,
        source: {
          title: 'Crowd size estimation from aerial images',
          url: 'https://doi.org/10.1000/crowd.42',
          publisher: null,
          containerTitle: 'Journal of Crowd Science',
          cslType: 'article-journal',
          author: 'Ada Ng, Ben van Roe, Jr., Crowd Lab',
          authors: [
            { family: 'Ng', given: 'Ada' },
            { family: 'Roe', given: 'Ben', 'non-dropping-particle': 'van', suffix: 'Jr.' },
            { literal: 'Crowd Lab' },
          ],
          publishedAt: '2021-07-09',
          accessedAt: '2024-01',
          kind: 'article',
          reliability: 'F',
          notes: 'Cited by the police.',
          articleId: null,
        },
      },
      {
        index: 1,
        source: expect.objectContaining({ url: 'https://photos.example/p', publishedAt: 'March 2024', kind: 'other', author: null, accessedAt: null }),
      },
      { index: 2, source: expect.objectContaining({ kind: 'official-statement', publisher: 'Ministry', containerTitle: 'Not this one', cslType: 'speech', notes: '' }) },
    ]);
  });

  it('gives back a Zotero export item for item through import and export: names, container title, type', () => {
    const zotero = [
      {
        id: 'http://zotero.org/users/1/items/EMB1',
        type: 'article-newspaper',
        title: 'Iran accused of plotting attack on embassy',
        'container-title': 'Harbour Times',
        publisher: 'Harbour Media Group',
        author: [{ family: 'Abdul-Zahra', given: 'Qassim' }, { family: 'Gambrell', given: 'Jon' }],
        issued: { 'date-parts': [[2026, 3, 3]] },
        URL: 'https://harbour.example/embassy',
      },
      { id: 'http://zotero.org/users/1/items/EMB2', type: 'webpage', title: 'Statement on the protest', author: [{ literal: 'Ministry of the Interior' }] },
      { id: 'http://zotero.org/users/1/items/EMB3', type: 'report', title: 'Crowd count', author: [{ literal: 'Crowd Lab' }, { family: 'Ng', given: 'Ada' }] },
    ];
    const imported = sourcesFromCsl(zotero).map((read, index) => ({ id: `src_${index}`, ...('source' in read ? read.source : base) }));
    const exported = sourcesToCsl(imported);
    const comparable = ({ id: _id, note: _note, custom: _custom, ...item }: Record<string, unknown>) => item;
    expect(exported.map((item) => comparable({ ...item }))).toEqual(zotero.map((item) => comparable(item)));
    const again = sourcesToCsl(sourcesFromCsl(JSON.parse(JSON.stringify(exported))).map((read, index) => ({ id: `src_${index}`, ...('source' in read ? read.source : base) })));
    expect(again).toEqual(exported);
  });

  it('reads one item given on its own', () => {
    expect(sourcesFromCsl({ id: 'x', type: 'report', title: 'Audit' })).toEqual([
      { index: 0, source: expect.objectContaining({ title: 'Audit', kind: 'report' }) },
    ]);
  });

  it('says why an item cannot be read and reads the others', () => {
    const read = sourcesFromCsl([
      { id: 'ok', type: 'report', title: 'Fine' },
      'a string',
      { id: 'untitled', type: 'report', title: '  ' },
      { id: 'names', type: 'report', title: 'T', author: 'Ada Ng' },
      { id: 'date', type: 'report', title: 'T', issued: { 'date-parts': [[2024, 13, 1]] } },
      { id: 'grade', type: 'report', title: 'T', custom: { claimdesk: { reliability: 'G' } } },
      { id: 'kind', type: 'report', title: 'T', note: 'claimdesk-kind: rumour' },
      { id: 'url', type: 'report', title: 'T', URL: { href: 'x' } },
    ]);
    expect(read).toEqual([
      { index: 0, source: expect.objectContaining({ title: 'Fine' }) },
      { index: 1, reason: 'it is not an object' },
      { index: 2, reason: 'it has no title' },
      { index: 3, reason: 'its author is not a list of names' },
      { index: 4, reason: 'its issued date-parts [2024, 13, 1] are not a year, month and day' },
      { index: 5, reason: expect.stringMatching(/^its custom\.claimdesk\.reliability "G" is not one of A, B/) },
      { index: 6, reason: expect.stringMatching(/claimdesk-kind "rumour" is not one of article/) },
      { index: 7, reason: 'its URL is not text' },
    ]);
  });

  it('refuses a value that is not CSL-JSON at all', () => {
    for (const value of [null, 42, 'text', { format: 'claimdesk-case', case: {} }, { type: 'Annotation', id: 'x' }]) {
      expect(() => sourcesFromCsl(value)).toThrow(/not CSL-JSON/);
    }
    expect(sourcesFromCsl([])).toEqual([]);
  });
});
