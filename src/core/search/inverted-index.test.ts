import { describe, expect, it } from 'vitest';
import { InvertedIndex, type WeightedText } from './inverted-index';
import type { Postings } from './segment';

const body = (text: string): WeightedText[] => [{ text, weight: 1 }];

/** The documents holding a term, by id, and how often; dead ones left out. */
function holders(index: InvertedIndex, term: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const run of index.postings(term) as Postings[]) {
    for (let i = 0; i < run.docs.length; i++) {
      const doc = run.docs[i]!;
      if (index.deadDocuments[doc] !== 1) found[index.idOf(doc)] = run.freqs[i]!;
    }
  }
  return found;
}

function sample(): InvertedIndex {
  const index = new InvertedIndex();
  index.add('a', body('Embassy attack, the embassy said'));
  index.add('b', [{ text: 'Embassy', weight: 2 }, ...body('Crowds gathered')]);
  index.add('c', body('Port authority'));
  return index;
}

describe('InvertedIndex', () => {
  it('keeps each term with the documents holding it, counted by field weight, whatever the case of the letters', () => {
    const index = sample();
    expect(holders(index, 'embassy')).toEqual({ a: 2, b: 2 });
    expect(holders(index, 'port')).toEqual({ c: 1 });
    expect(index.size).toBe(3);
    expect(index.averageLength).toBeCloseTo((5 + 4 + 2) / 3);
  });

  it('replaces a document added again and forgets a removed one', () => {
    const index = sample();
    index.add('a', body('Ferry service delayed'));
    expect(index.remove('c')).toBe(true);
    expect(index.remove('c')).toBe(false);
    expect(holders(index, 'embassy')).toEqual({ b: 2 });
    expect(holders(index, 'ferry')).toEqual({ a: 1 });
    expect(holders(index, 'port')).toEqual({});
    expect([index.has('a'), index.has('c'), index.size]).toEqual([true, false, 2]);
  });

  it('answers the same once compacted and once read back from its parts', () => {
    const index = sample();
    index.add('d', body('Portal to the embassy'));
    index.remove('a');
    const terms = ['embassy', 'port', 'portal', 'crowds', 'attack'];
    const before = terms.map((term) => holders(index, term));
    const parts = index.compacted();
    expect(terms.map((term) => holders(index, term))).toEqual(before);
    const reread = new InvertedIndex(parts);
    expect(terms.map((term) => holders(reread, term))).toEqual(before);
    expect(parts.ids).toEqual(['b', 'c', 'd']);
    expect(reread.termsWithPrefix('port').sort()).toEqual(['port', 'portal']);
    expect(reread.averageLength).toBeCloseTo(index.averageLength);
  });

  it('finds terms by prefix and by typo among those indexed before and after the last compaction', () => {
    const index = sample();
    index.compacted();
    index.add('d', body('Portal embassies'));
    expect(index.termsWithPrefix('emba').sort()).toEqual(['embassies', 'embassy']);
    expect(index.termsNear('embasy', 1).map(({ term }) => term)).toEqual(['embassy']);
    expect(index.documentFrequency('embassy')).toBe(2);
  });

  it('gives the live documents holding every one of some terms, across the segment and what was added since', () => {
    const index = sample();
    index.compacted();
    index.add('d', body('The embassy was attacked: an attack, crowds said'));
    index.add('e', body('Attack on the port'));
    index.remove('a');
    const ids = (terms: string[]) => index.documentsWithAll(terms).map((doc) => index.idOf(doc));
    expect(ids(['attack', 'embassy'])).toEqual(['d']);
    expect(ids(['embassy'])).toEqual(['b', 'd']);
    expect(ids(['crowds', 'embassy', 'crowds'])).toEqual(['b', 'd']);
    expect(ids(['attack', 'nowhere'])).toEqual([]);
    expect(ids([])).toEqual([]);
  });

  it('keeps adding and removing after a document was added again many times', () => {
    const index = new InvertedIndex();
    for (let round = 0; round < 50; round++) {
      index.add('claim', body(`Statement number ${round}`));
      index.add(`other-${round % 5}`, body('Another statement'));
    }
    expect(index.size).toBe(6);
    expect(holders(index, 'number')).toEqual({ claim: 1 });
    expect(Object.keys(holders(index, 'statement')).sort()).toEqual(['claim', 'other-0', 'other-1', 'other-2', 'other-3', 'other-4']);
    index.compacted();
    expect(holders(index, '49')).toEqual({ claim: 1 });
    expect(holders(index, '48')).toEqual({});
  });
});
