import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectorFor } from '../src/shared/selector';
import { CaseStore } from '../src/core/store';
import { caseShapeProblem } from '../src/core/store/case-shape';
import { useTempFolders } from '../src/core/store/test-folders';
import { generateLargeCase, type CaseSize } from './large-case';

const SMALL: CaseSize = { articles: 30, claims: 120, sources: 20, evidence: 90, history: 400 };

describe('generateLargeCase', () => {
  const tempFolder = useTempFolders();

  it('writes a case the store opens, with the numbers asked for', async () => {
    const dir = await tempFolder();
    await generateLargeCase(dir, SMALL);
    const store = await CaseStore.open(dir);
    const { data } = store;
    expect(caseShapeProblem(data)).toBeNull();
    expect(data.articles).toHaveLength(SMALL.articles);
    expect(data.claims).toHaveLength(SMALL.claims);
    expect(data.sources).toHaveLength(SMALL.sources);
    expect(data.evidence).toHaveLength(SMALL.evidence);
    expect(await store.readHistory()).toHaveLength(SMALL.history);
    expect(await readdir(join(dir, 'articles'))).toHaveLength(SMALL.articles);
    await store.close();
  });

  it('gives every claim an appearance whose selector finds its quote, with the context selectorFor gives', async () => {
    const dir = await tempFolder();
    await generateLargeCase(dir, SMALL);
    const store = await CaseStore.open(dir);
    const { data } = store;
    const texts = new Map<string, string>();
    for (const article of data.articles) texts.set(article.id, (await store.readArticle(article.id)).doc.text);
    const quoted = new Set(data.appearances.map((appearance) => appearance.claimId));
    expect(data.claims.every((claim) => quoted.has(claim.id))).toBe(true);
    expect(data.appearances.length).toBeGreaterThan(data.claims.length);
    for (const { articleId, selector } of [...data.appearances, ...data.evidence.flatMap((item) => item.passage ?? [])]) {
      const text = texts.get(articleId)!;
      expect(selectorFor(text, selector.position.start, selector.position.end)).toEqual(selector);
      expect(selector.quote.exact.trim()).toBe(selector.quote.exact);
      expect(selector.quote.exact.length).toBeGreaterThan(20);
    }
    await store.close();
  });

  it('writes articles of 300 to 800 words or so, on the year', async () => {
    const dir = await tempFolder();
    await generateLargeCase(dir, SMALL);
    const data = JSON.parse(await readFile(join(dir, 'claimdesk.json'), 'utf8')) as { articles: { wordCount: number; publishedAt: string }[] };
    for (const article of data.articles) {
      expect(article.wordCount).toBeGreaterThanOrEqual(300);
      expect(article.wordCount).toBeLessThan(1000);
      expect(article.publishedAt.slice(0, 4)).toBe('2025');
    }
  });

  it('writes the same case from the same seed, and another from another', async () => {
    const [first, second, third] = await Promise.all([tempFolder(), tempFolder(), tempFolder()]);
    await generateLargeCase(first, SMALL, 7);
    await generateLargeCase(second, SMALL, 7);
    await generateLargeCase(third, SMALL, 8);
    const caseFile = (dir: string) => readFile(join(dir, 'claimdesk.json'), 'utf8');
    expect(await caseFile(second)).toBe(await caseFile(first));
    expect(await caseFile(third)).not.toBe(await caseFile(first));
    const history = (dir: string) => readFile(join(dir, 'history.jsonl'), 'utf8');
    expect(await history(second)).toBe(await history(first));
  });
});
