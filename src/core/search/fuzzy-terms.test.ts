import { describe, expect, it } from 'vitest';
import { termsWithin } from './fuzzy-terms';

/** Plain Levenshtein distance, to check the dictionary walk against. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

const terms = ['militant', 'militants', 'militia', 'militias', 'military', 'milk', 'unemployed', 'unemployment', 'unempolyment'].sort();

describe('termsWithin', () => {
  it('finds the terms a typo or two away, with their distance', () => {
    expect(termsWithin(terms, 'mlitia', 1)).toEqual([{ term: 'militia', edits: 1 }]);
    expect(termsWithin(terms, 'unemploymnet', 2).map(({ term }) => term)).toEqual(['unemployment']);
    expect(termsWithin(terms, 'zeppelin', 2)).toEqual([]);
  });

  it('agrees with a plain edit distance on every term of the dictionary', () => {
    for (const word of ['militia', 'milita', 'unemploymnet', 'milk', 'x']) {
      for (const edits of [0, 1, 2, 3]) {
        const expected = terms.filter((term) => distance(term, word) <= edits).map((term) => ({ term, edits: distance(term, word) }));
        expect(termsWithin(terms, word, edits), `${word} within ${edits}`).toEqual(expected);
      }
    }
  });
});
