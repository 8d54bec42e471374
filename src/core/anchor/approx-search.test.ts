import { describe, expect, it } from 'vitest';
import { approxSearch, approxSearcher } from './approx-search';
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

  it('tells characters apart that share a low byte (a and š, e and ť)', () => {
    const random = seededRandom(13);
    for (let trial = 0; trial < 60; trial++) {
      const pattern = randomString(random, 1 + Math.floor(random() * 70), 'aešťx');
      const text = randomString(random, 200, 'aešťx');
      const maxErrors = Math.floor(random() * (pattern.length / 2 + 1));
      expect(findMatchEnds(text, pattern, maxErrors), `trial ${trial}`).toEqual(naiveMatchEnds(text, pattern, maxErrors));
    }
  });

  it('searches a range as it would the slice, at offsets in the whole text', () => {
    const random = seededRandom(17);
    for (let trial = 0; trial < 60; trial++) {
      const pattern = randomString(random, 1 + Math.floor(random() * 80), 'abcd ');
      const text = randomString(random, 300, 'abcd ');
      const start = Math.floor(random() * 150);
      const range = { start, end: start + Math.floor(random() * 150) };
      const maxErrors = Math.floor(random() * (pattern.length / 3 + 1));
      const inSlice = findMatchEnds(text.slice(range.start, range.end), pattern, maxErrors);
      expect(findMatchEnds(text, pattern, maxErrors, range), `trial ${trial}`).toEqual(
        inSlice.map(({ end, errors }) => ({ end: end + range.start, errors })),
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

describe('approxSearcher', () => {
  it('finds in a window what approxSearch finds in that slice, at offsets in the whole text', () => {
    const random = seededRandom(19);
    for (let trial = 0; trial < 60; trial++) {
      const pattern = randomString(random, 5 + Math.floor(random() * 60), 'abcde ');
      const text = randomString(random, 400, 'abcde ');
      const start = Math.floor(random() * 200);
      const range = { start, end: start + 50 + Math.floor(random() * 150) };
      const maxErrors = Math.floor(pattern.length / 3);
      const inWindow = approxSearcher(text, pattern, maxErrors)(range).map((match) => match.locate());
      const inSlice = approxSearch(text.slice(range.start, range.end), pattern, maxErrors);
      expect(inWindow, `trial ${trial}`).toEqual(
        inSlice.map((match) => ({ ...match, start: match.start + range.start, end: match.end + range.start })),
      );
    }
  });
});
