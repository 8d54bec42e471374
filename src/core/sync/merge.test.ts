import { describe, expect, it } from 'vitest';
import type { Appearance, ArticleSummary, CaseData, Claim, Evidence, Source, Tag } from '../../shared/model';
import { sampleClaim } from '../store/test-case';
import { mergeCases } from './merge';

const article: ArticleSummary = {
  id: 'art_1', title: 'Embassy attacked', outlet: 'Wire', byline: null, url: null, publishedAt: null,
  importedAt: '2025-01-01T00:00:00.000Z', format: 'text', fileName: null, sha256: 'a'.repeat(64),
  wordCount: 8, language: 'en', version: 1, previousVersionId: null,
};
const appearance: Appearance = {
  id: 'app_1', claimId: 'clm_1', articleId: 'art_1', status: 'anchored', createdAt: '2025-01-01T00:00:00.000Z',
  selector: { position: { start: 0, end: 7 }, quote: { exact: 'Embassy', prefix: '', suffix: ' attacked' } },
};
const source: Source = {
  id: 'src_1', title: 'Ministry statement', url: null, publisher: null, author: null, authors: [], containerTitle: null, cslType: null, publishedAt: null,
  accessedAt: null, kind: 'official-statement', reliability: 'B', notes: '', articleId: null,
};
const evidence: Evidence = {
  id: 'evd_1', claimId: 'clm_1', sourceId: 'src_1', relation: 'supports', credibility: 2, excerpt: '',
  passage: null, note: '', createdAt: '2025-01-01T00:00:00.000Z',
};
const tag: Tag = { name: 'embassy', color: '#aa0000' };

function baseCase(): CaseData {
  return {
    workspace: { id: 'case_1', name: 'Embassy', schemaVersion: 4, analyst: 'Ana', methodology: '', createdAt: '2025-01-01T00:00:00.000Z' },
    articles: [article],
    claims: [sampleClaim('clm_1')],
    appearances: [appearance],
    sources: [source],
    evidence: [evidence],
    tags: [tag],
    layout: null,
  };
}

function edited(change: (data: CaseData) => void): CaseData {
  const data = structuredClone(baseCase());
  change(data);
  return data;
}

const claimOf = (data: CaseData, id = 'clm_1'): Claim | undefined => data.claims.find((claim) => claim.id === id);

describe('mergeCases', () => {
  it('takes what either side changed alone', () => {
    const mine = edited((data) => { data.claims[0]!.verdict = 'false'; });
    const { merged, conflicts } = mergeCases(baseCase(), mine, baseCase());
    expect(claimOf(merged)?.verdict).toBe('false');
    expect(conflicts).toEqual([]);
    expect(claimOf(mergeCases(baseCase(), baseCase(), mine).merged)?.verdict).toBe('false');
  });

  it('merges different fields of one claim cleanly, keeping the later update time', () => {
    const mine = edited((data) => Object.assign(data.claims[0]!, { verdict: 'false', updatedAt: '2025-02-01T00:00:00.000Z' }));
    const theirs = edited((data) => Object.assign(data.claims[0]!, { claimant: 'Minister', updatedAt: '2025-03-01T00:00:00.000Z' }));
    const { merged, conflicts } = mergeCases(baseCase(), mine, theirs);
    expect(claimOf(merged)).toMatchObject({ verdict: 'false', claimant: 'Minister', updatedAt: '2025-03-01T00:00:00.000Z' });
    expect(conflicts).toEqual([]);
  });

  it('makes the same field changed differently a conflict, showing mine', () => {
    const mine = edited((data) => { data.claims[0]!.verdict = 'false'; });
    const theirs = edited((data) => { data.claims[0]!.verdict = 'true'; });
    const { merged, conflicts } = mergeCases(baseCase(), mine, theirs);
    expect(claimOf(merged)?.verdict).toBe('false');
    expect(conflicts).toEqual([expect.objectContaining({ entity: 'claim', entityId: 'clm_1', field: 'verdict', mine: 'false', theirs: 'true' })]);
  });

  it('does not call the same change made on both sides a conflict', () => {
    const both = edited((data) => { data.claims[0]!.verdict = 'false'; });
    expect(mergeCases(baseCase(), both, structuredClone(both)).conflicts).toEqual([]);
  });

  it.each([
    ['appearance', (data: CaseData) => { data.appearances[0]!.status = 'fuzzy'; }, (data: CaseData) => { data.appearances[0]!.status = 'orphaned'; }, 'status'],
    ['source', (data: CaseData) => { data.sources[0]!.reliability = 'A'; }, (data: CaseData) => { data.sources[0]!.reliability = 'E'; }, 'reliability'],
    ['evidence', (data: CaseData) => { data.evidence[0]!.relation = 'refutes'; }, (data: CaseData) => { data.evidence[0]!.relation = 'context'; }, 'relation'],
    ['tag', (data: CaseData) => { data.tags[0]!.color = '#00aa00'; }, (data: CaseData) => { data.tags[0]!.color = '#0000aa'; }, 'color'],
    ['article', (data: CaseData) => { data.articles[0]!.title = 'Mine'; }, (data: CaseData) => { data.articles[0]!.title = 'Theirs'; }, 'title'],
    ['workspace', (data: CaseData) => { data.workspace.methodology = 'Mine'; }, (data: CaseData) => { data.workspace.methodology = 'Theirs'; }, 'methodology'],
  ])('finds a conflict on one field of a %s', (entity, mineEdit, theirEdit, field) => {
    const { conflicts } = mergeCases(baseCase(), edited(mineEdit), edited(theirEdit));
    expect(conflicts).toEqual([expect.objectContaining({ entity, field })]);
  });

  it('keeps items added on either side, mine first', () => {
    const mine = edited((data) => { data.sources.push({ ...source, id: 'src_mine' }); });
    const theirs = edited((data) => {
      data.sources.push({ ...source, id: 'src_theirs' });
      data.articles.push({ ...article, id: 'art_2', sha256: 'b'.repeat(64) });
      data.claims.push(sampleClaim('clm_2'));
      data.appearances.push({ ...appearance, id: 'app_2', claimId: 'clm_2', articleId: 'art_2' });
      data.evidence.push({ ...evidence, id: 'evd_2', claimId: 'clm_2' });
      data.tags.push({ name: 'protest', color: '#00aa00' });
    });
    const { merged, conflicts } = mergeCases(baseCase(), mine, theirs);
    expect(merged.sources.map((item) => item.id)).toEqual(['src_1', 'src_mine', 'src_theirs']);
    expect(merged.articles.map((item) => item.id)).toEqual(['art_1', 'art_2']);
    expect(merged.appearances.map((item) => item.id)).toEqual(['app_1', 'app_2']);
    expect(merged.evidence.map((item) => item.id)).toEqual(['evd_1', 'evd_2']);
    expect(merged.tags.map((item) => item.name)).toEqual(['embassy', 'protest']);
    expect(conflicts).toEqual([]);
  });

  it('deletes what one side deleted and the other left alone', () => {
    const theirs = edited((data) => { data.sources = []; data.evidence = []; });
    const { merged, conflicts } = mergeCases(baseCase(), baseCase(), theirs);
    expect(merged.sources).toEqual([]);
    expect(merged.evidence).toEqual([]);
    expect(conflicts).toEqual([]);
  });

  it('makes a claim deleted on my side and edited on theirs a conflict, deleted until resolved', () => {
    const mine = edited((data) => { data.claims = []; data.appearances = []; data.evidence = []; });
    const theirs = edited((data) => { data.claims[0]!.verdict = 'true'; });
    const { merged, conflicts } = mergeCases(baseCase(), mine, theirs);
    expect(claimOf(merged)).toBeUndefined();
    expect(conflicts).toEqual([
      expect.objectContaining({ entity: 'claim', entityId: 'clm_1', field: null, mine: null, theirs: expect.objectContaining({ verdict: 'true' }) }),
    ]);
    expect(conflicts[0]!.restore.map((restored) => restored.entity)).toEqual(['claim']);
  });

  it('keeps a claim edited on my side and deleted on theirs, with what hangs on it, until resolved', () => {
    const mine = edited((data) => { data.claims[0]!.verdict = 'false'; });
    const theirs = edited((data) => { data.claims = []; data.appearances = []; data.evidence = []; });
    const { merged, conflicts } = mergeCases(baseCase(), mine, theirs);
    expect(claimOf(merged)?.verdict).toBe('false');
    expect(merged.appearances.map((item) => item.id)).toEqual(['app_1']);
    expect(merged.evidence.map((item) => item.id)).toEqual(['evd_1']);
    expect(conflicts).toEqual([expect.objectContaining({ entity: 'claim', field: null, mine: expect.objectContaining({ verdict: 'false' }), theirs: null })]);
  });

  it('holds evidence theirs linked to a claim I deleted in the conflict, not in the case', () => {
    const mine = edited((data) => { data.claims = []; data.appearances = []; data.evidence = []; });
    const theirs = edited((data) => { data.evidence.push({ ...evidence, id: 'evd_2' }); });
    const { merged, conflicts } = mergeCases(baseCase(), mine, theirs);
    expect(merged.evidence).toEqual([]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.restore.map((restored) => restored.entity).sort()).toEqual(['claim', 'evidence']);
  });

  it('keeps a source theirs deleted when I linked new evidence to it, with its links, as a conflict', () => {
    const mine = edited((data) => { data.evidence.push({ ...evidence, id: 'evd_2' }); });
    const theirs = edited((data) => { data.sources = []; data.evidence = []; });
    const { merged, conflicts } = mergeCases(baseCase(), mine, theirs);
    expect(merged.sources.map((item) => item.id)).toEqual(['src_1']);
    expect(merged.evidence.map((item) => item.id)).toEqual(['evd_1', 'evd_2']);
    expect(conflicts).toEqual([expect.objectContaining({ entity: 'source', entityId: 'src_1', field: null, theirs: null })]);
  });

  it('merges the tags of a claim as sets', () => {
    const base = edited((data) => { data.claims[0]!.tags = ['a', 'b']; });
    const mine = edited((data) => { data.claims[0]!.tags = ['a', 'b', 'mine']; });
    const theirs = edited((data) => { data.claims[0]!.tags = ['b', 'theirs']; });
    const { merged, conflicts } = mergeCases(base, mine, theirs);
    expect(claimOf(merged)?.tags).toEqual(['b', 'mine', 'theirs']);
    expect(conflicts).toEqual([]);
  });

  it('keeps my analyst name and layout: they belong to this copy', () => {
    const mine = edited((data) => { data.workspace.analyst = 'Ana'; });
    const theirs = edited((data) => { data.workspace.analyst = 'Ben'; });
    const { merged, conflicts } = mergeCases(edited((data) => { data.workspace.analyst = ''; }), mine, theirs);
    expect(merged.workspace.analyst).toBe('Ana');
    expect(conflicts).toEqual([]);
  });

  it('leaves its inputs as they were', () => {
    const mine = edited((data) => { data.claims[0]!.verdict = 'false'; });
    const theirs = edited((data) => { data.claims[0]!.verdict = 'true'; });
    const copies = structuredClone([mine, theirs]);
    mergeCases(baseCase(), mine, theirs);
    expect([mine, theirs]).toEqual(copies);
  });
});
