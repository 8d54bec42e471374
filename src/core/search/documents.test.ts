import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../shared/model';
import { sampleCase } from '../report/sample-case';
import { documentKeys, keyChanges, partsOf } from './documents';

describe('documentKeys', () => {
  it('gives every article, claim and source a key that changes with its words only', () => {
    const { data } = sampleCase();
    const keys = documentKeys(data);
    expect(keys.size).toBe(data.articles.length + data.claims.length + data.sources.length);
    const renamed: CaseData = { ...data, claims: data.claims.map((claim, i) => (i === 0 ? { ...claim, rationale: 'Another reason.' } : claim)) };
    const after = documentKeys(renamed);
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
    expect(documentKeys(moved).get(`claim:${first!.claimId}`)).not.toBe(documentKeys(data).get(`claim:${first!.claimId}`));
  });
});

describe('keyChanges since the documents last indexed', () => {
  const indexedFrom = (data: CaseData) => documentKeys(data);

  it('keys only the items an edit replaced, with the key a full pass gives them', () => {
    const { data } = sampleCase();
    const next: CaseData = { ...data, claims: data.claims.map((claim) => (claim.id === 'claim-attack' ? { ...claim, rationale: 'Denied.' } : claim)) };
    const { keys, gone } = keyChanges(next, partsOf(data), indexedFrom(data));
    expect([...keys]).toEqual([['claim:claim-attack', documentKeys(next).get('claim:claim-attack')]]);
    expect(gone).toEqual([]);
  });

  it('keys a claim again when one of its quotes is added or removed', () => {
    const { data } = sampleCase();
    const withoutWire: CaseData = { ...data, appearances: data.appearances.filter((appearance) => appearance.id !== 'app-wire') };
    const removed = keyChanges(withoutWire, partsOf(data), indexedFrom(data)).keys;
    expect(removed.get('claim:claim-attack')).toBe(documentKeys(withoutWire).get('claim:claim-attack'));
    expect(removed.get('claim:claim-attack')).not.toBe(documentKeys(data).get('claim:claim-attack'));
    const back = keyChanges(data, partsOf(withoutWire), indexedFrom(withoutWire));
    expect(back.keys.get('claim:claim-attack')).toBe(documentKeys(data).get('claim:claim-attack'));
  });

  it('names what was removed as gone, and nothing that only moved', () => {
    const { data } = sampleCase();
    const [first, ...rest] = data.sources;
    const next: CaseData = {
      ...data,
      sources: [...rest, first!],
      claims: data.claims.filter((claim) => claim.id !== 'claim-arrests'),
    };
    const { keys, gone } = keyChanges(next, partsOf(data), indexedFrom(data));
    expect(gone).toEqual(['claim:claim-arrests']);
    // A moved source is keyed again, to the same key: it costs a hash, not a re-index.
    for (const [id, key] of keys) expect(key, id).toBe(documentKeys(next).get(id));
  });

  it('finds the changes in a long list changed at many places, as sets', () => {
    const { data } = sampleCase();
    const many = Array.from({ length: 200 }, (_, i) => ({ ...data.sources[0]!, id: `src-${i}`, title: `Source ${i}` }));
    const before: CaseData = { ...data, sources: many };
    const next: CaseData = { ...data, sources: [...many.slice(100).reverse(), { ...many[5]!, title: 'Renamed' }, ...many.slice(6, 100)] };
    const { keys, gone } = keyChanges(next, partsOf(before), indexedFrom(before));
    expect(gone.sort()).toEqual(['source:src-0', 'source:src-1', 'source:src-2', 'source:src-3', 'source:src-4']);
    expect([...keys.keys()]).toEqual(['source:src-5']);
  });

  it('keys every document when nothing was indexed from this case before', () => {
    const { data } = sampleCase();
    const { keys, gone } = keyChanges(data, null, new Map([['claim:elsewhere', 'k']]));
    expect(keys).toEqual(documentKeys(data));
    expect(gone).toEqual(['claim:elsewhere']);
  });
});
