import { describe, expect, it } from 'vitest';
import { caseIndex } from './case-index';
import type { Appearance, ArticleSummary, CaseData, Claim, Evidence, Source } from './model';

function article(id: string): ArticleSummary {
  return {
    id,
    title: `Article ${id}`,
    outlet: null,
    byline: null,
    url: null,
    publishedAt: null,
    importedAt: '2025-01-01',
    format: 'text',
    fileName: null,
    sha256: 'a'.repeat(64),
    wordCount: 10,
    language: null,
    version: 1,
    previousVersionId: null,
  };
}

function claim(id: string, tags: string[] = []): Claim {
  const at = '2025-01-01';
  return { id, statement: id, claimant: '', type: 'factual', tags, verdict: 'unrated', confidence: null, rationale: '', createdAt: at, updatedAt: at };
}

function appearance(id: string, claimId: string, articleId: string): Appearance {
  const selector = { position: { start: 0, end: 1 }, quote: { exact: 'x', prefix: '', suffix: '' } };
  return { id, claimId, articleId, selector, status: 'anchored', createdAt: '2025-01-01' };
}

function source(id: string, articleId: string | null = null): Source {
  return { id, title: id, url: null, publisher: null, author: null, authors: [], containerTitle: null, cslType: null, publishedAt: null, accessedAt: null, kind: 'other', reliability: 'C', notes: '', articleId };
}

function evidence(id: string, claimId: string, sourceId: string, passageIn: string | null = null): Evidence {
  const selector = { position: { start: 0, end: 1 }, quote: { exact: 'x', prefix: '', suffix: '' } };
  return {
    id,
    claimId,
    sourceId,
    relation: 'supports',
    credibility: 2,
    excerpt: '',
    passage: passageIn === null ? null : { articleId: passageIn, selector },
    note: '',
    createdAt: '2025-01-01',
  };
}

function sampleData(): CaseData {
  return Object.freeze({
    workspace: { id: 'case', name: 'Case', schemaVersion: 3, analyst: '', methodology: '', createdAt: '2025-01-01' },
    articles: [article('a1'), article('a2'), article('a3')],
    claims: [claim('c1', ['economy', 'health']), claim('c2', ['economy']), claim('c3')],
    appearances: [appearance('p1', 'c1', 'a1'), appearance('p2', 'c1', 'a2'), appearance('p3', 'c2', 'a1'), appearance('p4', 'c1', 'a1')],
    sources: [source('s1'), source('s2', 'a3')],
    evidence: [evidence('e1', 'c1', 's1'), evidence('e2', 'c1', 's2', 'a3'), evidence('e3', 'c2', 's2')],
    tags: [{ name: 'economy', color: '#000000' }],
    layout: null,
  });
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('caseIndex', () => {
  it('finds entities by id', () => {
    const index = caseIndex(sampleData());
    expect(index.claims.get('c2')?.id).toBe('c2');
    expect(index.articles.get('a3')?.title).toBe('Article a3');
    expect(index.sources.get('s2')?.articleId).toBe('a3');
    expect(index.appearances.get('p3')?.claimId).toBe('c2');
    expect(index.evidence.get('e2')?.sourceId).toBe('s2');
    expect(index.tags.get('economy')?.color).toBe('#000000');
    expect(index.claims.get('nope')).toBeUndefined();
  });

  it('groups appearances by claim and by article, in the order they were made', () => {
    const index = caseIndex(sampleData());
    expect(ids(index.appearancesOf('c1'))).toEqual(['p1', 'p2', 'p4']);
    expect(ids(index.appearancesIn('a1'))).toEqual(['p1', 'p3', 'p4']);
    expect(index.articlesOf('c1')).toEqual(['a1', 'a2']);
  });

  it('groups evidence by claim, by source and by the article a passage is cited from', () => {
    const index = caseIndex(sampleData());
    expect(ids(index.evidenceOf('c1'))).toEqual(['e1', 'e2']);
    expect(ids(index.evidenceFrom('s2'))).toEqual(['e2', 'e3']);
    expect(ids(index.passagesIn('a3'))).toEqual(['e2']);
    expect(ids(index.sourcesOfArticle('a3'))).toEqual(['s2']);
  });

  it('lists the claims of a tag', () => {
    const index = caseIndex(sampleData());
    expect(ids(index.claimsTagged('economy'))).toEqual(['c1', 'c2']);
    expect(ids(index.claimsTagged('health'))).toEqual(['c1']);
  });

  it('gives an empty list for what has no entries', () => {
    const index = caseIndex(sampleData());
    expect(index.appearancesOf('c3')).toEqual([]);
    expect(index.evidenceOf('c3')).toEqual([]);
    expect(index.claimsTagged('unknown')).toEqual([]);
    expect(index.articlesOf('c3')).toEqual([]);
  });

  it('is built once per version of the case, and anew for the next one', () => {
    const data = sampleData();
    expect(caseIndex(data)).toBe(caseIndex(data));
    const next = Object.freeze({ ...data, claims: [...data.claims, claim('c4', ['economy'])] });
    expect(caseIndex(next)).not.toBe(caseIndex(data));
    expect(ids(caseIndex(next).claimsTagged('economy'))).toEqual(['c1', 'c2', 'c4']);
    expect(ids(caseIndex(data).claimsTagged('economy'))).toEqual(['c1', 'c2']);
  });

  it('reads each collection once per lookup, whatever the number of questions', () => {
    const data = sampleData();
    let reads = 0;
    const counted = new Proxy(data, {
      get(target, key, receiver) {
        if (key === 'appearances') reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const index = caseIndex(counted);
    for (let round = 0; round < 100; round++) for (const { id } of data.claims) index.appearancesOf(id);
    expect(reads).toBe(1);
  });
});
