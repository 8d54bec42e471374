import { describe, expect, it } from 'vitest';
import { editDistance, similarity } from './edit-distance';
import { seededRandom } from './synthetic-text';

/** The textbook recurrence, cell by cell: slow and obviously right. */
function naiveDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      table[i]![j] = Math.min(table[i - 1]![j - 1]! + cost, table[i - 1]![j]! + 1, table[i]![j - 1]! + 1);
    }
  }
  return table[a.length]![b.length]!;
}

function randomString(random: () => number, length: number, alphabet: string): string {
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

describe('editDistance', () => {
  it('agrees with the full table for strings either side of a machine word in length', () => {
    const random = seededRandom(5);
    for (let trial = 0; trial < 300; trial++) {
      const alphabet = trial % 3 === 0 ? 'ab' : 'abcdé ';
      const a = randomString(random, Math.floor(random() * 45), alphabet);
      const b = randomString(random, Math.floor(random() * 45), alphabet);
      expect(editDistance(a, b), `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(naiveDistance(a, b));
    }
  });

  it('is symmetric, zero only for equal strings, and the length of the other for an empty one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(editDistance('sitting', 'kitten'));
    expect(editDistance('same words', 'same words')).toBe(0);
    expect(editDistance('same words', 'same word')).toBeGreaterThan(0);
    expect(editDistance('', 'four')).toBe('four'.length);
  });
});

describe('similarity', () => {
  it('falls as more characters differ', () => {
    const context = 'said the ministry in a statement';
    const scores = [0, 3, 6, 9].map((edits) => similarity(context, `${'#'.repeat(edits)}${context.slice(edits)}`));
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
    expect(scores[0]).toBe(1);
  });
});
