import { describe, expect, it } from 'vitest';
import { FingerprintIndex } from './fingerprint-index';

const WIRE =
  'Protesters gathered about 200 meters from the U.S. Embassy in Baghdad on Tuesday, witnesses said, ' +
  'while security forces fired tear gas to push the crowd back from the gates of the compound.';
const OTHER =
  'The central bank left interest rates unchanged on Thursday and said inflation would ease next year ' +
  'as energy prices fall and wage growth slows across the region.';

describe('FingerprintIndex', () => {
  it('finds the articles that carry a quote, and not the others', () => {
    const index = new FingerprintIndex();
    index.add('wire', WIRE);
    index.add('copy', `Breaking. ${WIRE.replace('200', '100')} More later.`);
    index.add('other', OTHER);
    const found = index.lookup('security forces fired tear gas to push the crowd back from the gates');
    expect(found.map((candidate) => candidate.articleId).sort()).toEqual(['copy', 'wire']);
  });

  it('says where in the article the shared words start', () => {
    const index = new FingerprintIndex();
    index.add('wire', WIRE);
    const [candidate] = index.lookup('fired tear gas to push the crowd back from the gates of the compound');
    expect(candidate!.wordHits.length).toBeGreaterThan(0);
    // "fired" is the article's 18th word (index 17): hits lie within the quoted run.
    for (const word of candidate!.wordHits) expect(word).toBeGreaterThanOrEqual(17);
  });

  it('forgets a removed article and re-indexes a replaced one', () => {
    const index = new FingerprintIndex();
    index.add('a', WIRE);
    index.add('b', WIRE);
    index.remove('a');
    expect(index.lookup(WIRE).map((candidate) => candidate.articleId)).toEqual(['b']);
    index.add('b', OTHER);
    expect(index.lookup(WIRE)).toEqual([]);
    expect(index.size).toBe(1);
    index.add('c', WIRE);
    expect(index.ids().sort()).toEqual(['b', 'c']);
  });

  it('finds nothing for an empty index or a query too short to hash', () => {
    const index = new FingerprintIndex();
    expect(index.lookup(WIRE)).toEqual([]);
    index.add('a', WIRE);
    expect(index.lookup('the gates')).toEqual([]);
  });

  it('lists the hashes some articles share, by the numbers the caller gives them, leaving the others out', () => {
    const index = new FingerprintIndex();
    index.add('wire', WIRE);
    index.add('old', WIRE);
    index.add('copy', `${WIRE} ${WIRE}`);
    index.add('other', OTHER);
    const { holders, starts, sizes } = index.sharedPostings(new Map([['copy', 0], ['wire', 1], ['other', 2]]));
    const lists = Array.from({ length: starts.length - 1 }, (_, run) => [...holders.subarray(starts[run], starts[run + 1])]);
    expect(lists.length).toBeGreaterThan(5);
    for (const list of lists) expect(list).toEqual([0, 1]);
    expect(sizes[1]).toBe(new Set(index.prints('wire')!.hashes).size);
    expect(sizes[2]).toBe(new Set(index.prints('other')!.hashes).size);
  });
});
