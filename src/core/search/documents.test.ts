import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../shared/model';
import { sampleCase } from '../report/sample-case';
import { documentKeys } from './documents';

const partsOf = (data: CaseData) => ({ articles: data.articles, claims: data.claims, appearances: data.appearances, sources: data.sources });

describe('documentKeys', () => {
  it('gives every article, claim and source a key that changes with its words only', () => {
    const { data } = sampleCase();
    const keys = documentKeys(data, null, new Map());
    expect(keys.size).toBe(data.articles.length + data.claims.length + data.sources.length);
    const renamed: CaseData = { ...data, claims: data.claims.map((claim, i) => (i === 0 ? { ...claim, rationale: 'Another reason.' } : claim)) };
    const after = documentKeys(renamed, null, new Map());
    const differing = [...keys].filter(([id, key]) => after.get(id) !== key).map(([id]) => id);
    expect(differing).toEqual([`claim:${data.claims[0]!.id}`]);
  });

  it('changes a claim’s key when one of its quotes moves to other words', () => {
    const { data } = sampleCase();
    const [first, ...rest] = data.appearances;
    const moved: CaseData = {
      ...data,
      appearances: [{ ...first!, selector: { ...first!.selector, quote: { ...first!.selector.quote, exact: 'other words' } } }, ...rest],
    };
    const before = documentKeys(data, null, new Map());
    const after = documentKeys(moved, null, new Map());
    expect(after.get(`claim:${first!.claimId}`)).not.toBe(before.get(`claim:${first!.claimId}`));
  });

  it('takes the keys of a collection the store kept as it was from the last sync', () => {
    const { data } = sampleCase();
    const previous = new Map([...documentKeys(data, null, new Map())].map(([id]) => [id, 'as indexed']));
    const next: CaseData = { ...data, sources: [...data.sources] };
    const keys = documentKeys(next, partsOf(data), previous);
    for (const [id, key] of keys) expect(key === 'as indexed', id).toBe(!id.startsWith('source:'));
  });
});
