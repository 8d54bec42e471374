import { describe, expect, it } from 'vitest';
import { approxSearch } from './approx-search';
import { editDistance } from './edit-distance';
import { findMatchEnds, type MatchEnd } from './myers';
import { seededRandom } from './synthetic-text';

/** Sellers' dynamic programming, one full column per text character: slow and obviously right. */
function naiveMatchEnds(text: string, pattern: string, maxErrors: number): MatchEnd[] {
  const ends: MatchEnd[] = [];
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      next.push(Math.min(column[i - 1]! + cost, column[i]! + 1, next[i - 1]! + 1));
    }
    column = next;
    if (column[pattern.length]! <= maxErrors) ends.push({ end: j, errors: column[pattern.length]! });
  }
  return ends;
}

function randomString(random: () => number, length: number, alphabet: string): string {
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

describe('findMatchEnds', () => {
  it('agrees with the full dynamic programming for short and multi-block patterns', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 150; trial++) {
      const alphabet = trial % 2 === 0 ? 'ab' : 'abcd ';
      const pattern = randomString(random, 1 + Math.floor(random() * 100), alphabet);
      const text = randomString(random, Math.floor(random() * 300), alphabet);
      const maxErrors = Math.floor(random() * (pattern.length / 2 + 1));
      expect(findMatchEnds(text, pattern, maxErrors), `trial ${trial}`).toEqual(
        naiveMatchEnds(text, pattern, maxErrors),
      );
    }
  });

  it('finds nothing for an empty pattern', () => {
    expect(findMatchEnds('some text', '', 3)).toEqual([]);
  });
});

describe('approxSearch', () => {
  it('returns spans whose edit distance to the pattern is the reported count', () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 100; trial++) {
      const pattern = randomString(random, 5 + Math.floor(random() * 80), 'abcde ');
      const text = randomString(random, 400, 'abcde ');
      for (const match of approxSearch(text, pattern, Math.floor(pattern.length / 3))) {
        expect(editDistance(pattern, text.slice(match.start, match.end)), `trial ${trial}`).toBe(match.errors);
      }
    }
  });

  it('reports one match per occurrence, at the occurrence', () => {
    const text = 'xx the quick brown fox yy the quikc brown fox zz';
    const matches = approxSearch(text, 'the quick brown fox', 4);
    expect(matches).toEqual([
      { start: 3, end: 22, errors: 0 },
      { start: 26, end: 45, errors: 2 },
    ]);
  });
});
