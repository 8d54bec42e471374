import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseData, Id } from '../../shared/model';
import { sampleCase } from '../report/sample-case';
import { useTempFolders } from '../store/test-folders';
import { CaseSearch } from './case-search';
import { readSavedIndex, SEARCH_INDEX_FILE } from './index-file';

function searchOver(texts: ReadonlyMap<Id, string>, file?: string, revisionOf?: (data: Readonly<CaseData>) => string | null) {
  const reads: Id[] = [];
  const search = new CaseSearch({
    ...(revisionOf ? { revisionOf } : {}),
    readText: async (id) => {
      reads.push(id);
      const text = texts.get(id);
      if (text === undefined) throw new Error(`no article ${id}`);
      return text;
    },
    ...(file ? { file } : {}),
  });
  return { search, reads };
}

function sample() {
  const { data, articles } = sampleCase();
  const texts = new Map([...articles].map(([id, article]) => [id, article.doc.text]));
  return { data, texts };
}

describe('CaseSearch', () => {
  it('finds words in an article and says where they are', async () => {
    const { data, texts } = sample();
    const { search } = searchOver(texts);
    const [hit] = await search.search(data, 'cable channels');
    const text = texts.get('art-wire')!;
    expect(hit).toMatchObject({ kind: 'article', id: 'art-wire', articleId: 'art-wire', title: data.articles[0]!.title });
    expect(text.slice(hit!.position!.start, hit!.position!.end)).toBe('cable channels');
    expect(hit!.snippet).toContain('cable channels');
  });

  it('finds a claim by its statement, by its quotes, and by its rationale', async () => {
    const { data, texts } = sample();
    const { search } = searchOver(texts);
    const byStatement = await search.search(data, 'orchestrating');
    expect(byStatement.map((hit) => `${hit.kind}:${hit.id}`)).toContain('claim:claim-attack');
    const byRationale = (await search.search(data, 'independent count')).find((hit) => hit.kind === 'claim');
    expect(byRationale).toMatchObject({ id: 'claim-arrests', snippet: expect.stringContaining('independent count') });
  });

  it('points a match in a quote at the words in the article', async () => {
    const { data, texts } = sample();
    const { search } = searchOver(texts);
    // "overnight" is in the arrests claim's statement and quote; "had made" only in the quote.
    const hit = (await search.search(data, 'forces had made')).find((candidate) => candidate.kind === 'claim');
    expect(hit).toMatchObject({ id: 'claim-arrests', articleId: 'art-daily' });
    expect(texts.get('art-daily')!.slice(hit!.position!.start, hit!.position!.end)).toBe('forces had made');
  });

  it('names the articles holding every one of some words, whatever their case, and no claim quoting them', async () => {
    const { data, texts } = sample();
    const { search } = searchOver(texts);
    const holders = await search.articlesWithWords(data, ['Orchestrating', 'attack']);
    expect(holders.length).toBeGreaterThan(0);
    expect(holders.every((id) => data.articles.some((article) => article.id === id))).toBe(true);
    expect(holders.every((id) => /orchestrating/i.test(texts.get(id)!) || /orchestrating/i.test(data.articles.find((a) => a.id === id)!.title))).toBe(true);
    expect(await search.articlesWithWords(data, ['orchestrating', 'zzzunheardof'])).toEqual([]);
  });

  it('finds sources by title, publisher and notes', async () => {
    const { data, texts } = sample();
    const { search } = searchOver(texts);
    for (const query of ['militia watch', 'Ministry of Interior', 'anonymous']) {
      const kinds = (await search.search(data, query)).filter((hit) => hit.kind === 'source');
      expect(kinds.length, query).toBeGreaterThan(0);
    }
  });

  it('matches the start of a word and a word with a typo', async () => {
    const { data, texts } = sample();
    const { search } = searchOver(texts);
    expect((await search.search(data, 'orchestr')).map((hit) => hit.id)).toContain('claim-attack');
    expect((await search.search(data, 'mlitia')).map((hit) => hit.id)).toContain('art-daily');
    expect(await search.search(data, 'zeppelin')).toEqual([]);
  });

  it('needs every word of the query', async () => {
    const { data, texts } = sample();
    const { search } = searchOver(texts);
    expect((await search.search(data, 'embassy arrests')).map((hit) => hit.id)).not.toContain('art-wire');
  });

  it('follows changes to the case, reading each article text once', async () => {
    const { data, texts } = sample();
    const { search, reads } = searchOver(texts);
    await search.search(data, 'embassy');
    const renamed: CaseData = {
      ...data,
      articles: data.articles.map((article) => (article.id === 'art-wire' ? { ...article, title: 'Zeppelin warning' } : article)),
      sources: data.sources.filter((source) => source.id !== 'src-blog'),
    };
    expect((await search.search(renamed, 'zeppelin')).map((hit) => hit.id)).toEqual(['art-wire']);
    expect((await search.search(renamed, 'anonymous')).filter((hit) => hit.kind === 'source')).toEqual([]);
    expect(reads.sort()).toEqual(['art-daily', 'art-wire']);
  });

  it('returns at most the limit', async () => {
    const { data, texts } = sample();
    const { search } = searchOver(texts);
    expect(await search.search(data, 'the', 1)).toHaveLength(1);
  });
});

describe('CaseSearch kept in the case folder', () => {
  const tempFolder = useTempFolders();
  const indexFile = async () => join(await tempFolder(), SEARCH_INDEX_FILE);

  async function saved(file: string, data: CaseData, texts: ReadonlyMap<Id, string>): Promise<void> {
    const { search } = searchOver(texts, file);
    await search.search(data, 'embassy');
    await search.save();
  }

  it('answers the next run from the saved index, without reading every article', async () => {
    const { data, texts } = sample();
    const file = await indexFile();
    await saved(file, data, texts);
    const { search, reads } = searchOver(texts, file);
    expect((await search.search(data, 'anonymous')).map((hit) => hit.kind)).toEqual(['source']);
    expect(reads).toEqual([]);
    // Showing a match in an article reads that article, and only it.
    expect((await search.search(data, 'cable channels')).map((hit) => hit.id)).toEqual(['art-wire']);
    expect(reads).toEqual(['art-wire']);
  });

  it('indexes again only what changed since the index was saved', async () => {
    const { data, texts } = sample();
    const file = await indexFile();
    await saved(file, data, texts);
    const renamed: CaseData = {
      ...data,
      articles: data.articles.map((article) => (article.id === 'art-daily' ? { ...article, title: 'Zeppelin sighted' } : article)),
      claims: data.claims.map((claim) => (claim.id === 'claim-attack' ? { ...claim, rationale: 'Quartermaster denies it.' } : claim)),
      sources: data.sources.filter((source) => source.id !== 'src-blog'),
    };
    const { search, reads } = searchOver(texts, file);
    expect((await search.search(renamed, 'zeppelin')).map((hit) => hit.id)).toEqual(['art-daily']);
    expect((await search.search(renamed, 'quartermaster')).map((hit) => hit.id)).toEqual(['claim-attack']);
    expect((await search.search(renamed, 'anonymous')).filter((hit) => hit.kind === 'source')).toEqual([]);
    expect(reads).toEqual(['art-daily']);
  });

  it('rebuilds an index that is damaged, of another format or of another case', async () => {
    const { data, texts } = sample();
    const file = await indexFile();
    const damaged = ['{"format": 1, "caseId"', JSON.stringify({ format: 0, caseId: data.workspace.id, keys: [], index: {} })];
    await saved(file, { ...data, workspace: { ...data.workspace, id: 'another-case' } }, new Map([...texts].map(([id]) => [id, 'zeppelin'])));
    for (const content of [null, ...damaged]) {
      if (content !== null) await writeFile(file, content);
      const { search, reads } = searchOver(texts, file);
      expect((await search.search(data, 'cable channels')).map((hit) => hit.id)).toEqual(['art-wire']);
      expect(await search.search(data, 'zeppelin')).toEqual([]);
      expect(reads.sort()).toEqual(['art-daily', 'art-wire']);
    }
  });

  it('rebuilds an index file damaged on disk, answering as a fresh index does, and keeps the rebuilt one', async () => {
    const { data, texts } = sample();
    const file = await indexFile();
    await saved(file, data, texts);
    const bytes = await readFile(file);
    const queries = ['cable channels', 'orchestr', 'anonymous', 'mlitia', 'embassy'];
    const { search: fresh } = searchOver(texts);
    const expected = await Promise.all(queries.map((query) => fresh.search(data, query)));
    for (const damaged of [bytes.subarray(0, bytes.length >> 1), Buffer.from(bytes).fill(0, bytes.length - 40, bytes.length - 30)]) {
      await writeFile(file, damaged);
      const { search } = searchOver(texts, file);
      for (const [i, query] of queries.entries()) expect(await search.search(data, query), query).toEqual(expected[i]);
      await search.save();
      expect(await readSavedIndex(file, data.workspace.id)).not.toBeNull();
    }
  });

  it('takes an index kept for the same state of the case as it is, and checks one kept for another', async () => {
    const { data, texts } = sample();
    const file = await indexFile();
    const { search: first } = searchOver(texts, file, () => 'rev-1');
    await first.search(data, 'embassy');
    await first.save();
    // Named the same, the case is taken to be the same: its documents are not looked at,
    // as this claim's new words, which no edit could have made under that name, show.
    const changed: CaseData = { ...data, claims: data.claims.map((claim) => (claim.id === 'claim-attack' ? { ...claim, rationale: 'Quartermaster.' } : claim)) };
    const { search: trusting } = searchOver(texts, file, () => 'rev-1');
    expect(await trusting.search(changed, 'quartermaster')).toEqual([]);
    const { search: checking, reads } = searchOver(texts, file, () => 'rev-2');
    expect((await checking.search(changed, 'quartermaster')).map((hit) => hit.id)).toEqual(['claim-attack']);
    expect(reads).toEqual([]);
  });

  it('tries an article it could not read again when it opens an index kept for the same state', async () => {
    const { data, texts } = sample();
    const file = await indexFile();
    const { search: broken } = searchOver(new Map([...texts].filter(([id]) => id !== 'art-daily')), file, () => 'rev-1');
    await broken.search(data, 'embassy');
    await broken.save();
    const { search: healed, reads } = searchOver(texts, file, () => 'rev-1');
    expect((await healed.search(data, 'militia')).map((hit) => hit.id)).toContain('art-daily');
    expect(reads).toContain('art-daily');
    expect(healed.unreadableArticles(data)).toEqual([]);
  });

  it('follows edits after a kept index was taken as it is', async () => {
    const { data, texts } = sample();
    const file = await indexFile();
    const { search: first } = searchOver(texts, file, () => 'rev-1');
    await first.search(data, 'embassy');
    await first.save();
    const { search } = searchOver(texts, file, (state) => (state === data ? 'rev-1' : 'rev-2'));
    expect((await search.search(data, 'independent')).map((hit) => hit.id)).toContain('claim-arrests');
    const edited: CaseData = { ...data, claims: data.claims.map((claim) => (claim.id === 'claim-arrests' ? { ...claim, rationale: 'Zeppelins overhead' } : claim)) };
    expect((await search.search(edited, 'zeppelins')).map((hit) => hit.id)).toEqual(['claim-arrests']);
    expect((await search.search(edited, 'independent')).map((hit) => hit.id)).not.toContain('claim-arrests');
  });

  it('is kept from the state it was opened at, and left as it is when kept for another state', async () => {
    const { data, texts } = sample();
    const file = await indexFile();
    const { search: first } = searchOver(texts, file, () => 'rev-1');
    await first.search(data, 'embassy');
    await first.save();
    const edited: CaseData = { ...data, claims: data.claims.map((claim) => (claim.id === 'claim-attack' ? { ...claim, rationale: 'Quartermaster.' } : claim)) };
    const { search: stranger } = searchOver(texts, file, () => 'rev-9');
    const written = (await stat(file)).mtimeMs;
    await stranger.keep(data, edited);
    expect((await stat(file)).mtimeMs).toBe(written);
    const { search: keeping, reads } = searchOver(texts, file, (state) => (state === data ? 'rev-1' : 'rev-2'));
    await keeping.keep(data, edited);
    expect(reads).toEqual([]);
    const { search: next } = searchOver(texts, file, () => 'rev-2');
    expect((await next.search(edited, 'quartermaster')).map((hit) => hit.id)).toEqual(['claim-attack']);
  });

  it('writes the index only when it changed', async () => {
    const { data, texts } = sample();
    const file = await indexFile();
    await saved(file, data, texts);
    const written = (await stat(file)).mtimeMs;
    const { search } = searchOver(texts, file);
    await search.search(data, 'embassy');
    await search.save();
    expect((await stat(file)).mtimeMs).toBe(written);
    expect(await readSavedIndex(file, data.workspace.id)).not.toBeNull();
  });

  it('searches the rest when an article cannot be read, names it, and finds it again once it can be read', async () => {
    const { data, texts } = sample();
    const broken = new Map([...texts].filter(([id]) => id !== 'art-daily'));
    const { search } = searchOver(broken);
    await search.search(data, 'embassy');
    expect(search.unreadableArticles(data).map((article) => article.id)).toEqual(['art-daily']);
    const { search: healed } = searchOver(texts);
    expect((await healed.search(data, 'militia')).map((hit) => hit.id)).toContain('art-daily');
  });
});
