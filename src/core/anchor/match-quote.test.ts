import { describe, expect, it } from 'vitest';
import type { TextQuote } from '../../shared/model';
import { selectorFor } from '../../shared/selector';
import { approxSearcher } from './approx-search';
import { bestLazyMatch, bestMatch, scoreCeiling, scoreMatch } from './match-quote';
import { editLetters } from './synthetic-edits';
import { seededRandom, syntheticText } from './synthetic-text';

describe('bestLazyMatch', () => {
  it('chooses as well as scoring every candidate, locating fewer of them', () => {
    const random = seededRandom(23);
    const sentence = 'the border is closed to all traffic until further notice';
    const quote: TextQuote = { exact: sentence, prefix: 'a spokesman for the ministry said ', suffix: ', according to the bulletin' };
    let located = 0;
    let found = 0;
    for (let trial = 0; trial < 20; trial++) {
      // Look-alikes of the quote, each edited differently, among ordinary sentences; and
      // the quote in its own context, edited too.
      const parts = Array.from({ length: 8 }, () => `${syntheticText(30, random)} ${editLetters(sentence, 0.15 * random(), random).text}.`);
      const own = `${quote.prefix}${editLetters(sentence, 0.05, random).text}${quote.suffix}.`;
      const text = [...parts.slice(0, trial % 8), own, ...parts.slice(trial % 8)].join(' ');
      const candidates = approxSearcher(text, quote.exact, Math.floor(quote.exact.length / 4))({ start: 0, end: text.length });
      found += candidates.length;
      const counted = candidates.map((candidate) => ({ ...candidate, locate: () => ((located += 1), candidate.locate()) }));
      const lazy = bestLazyMatch(text, counted, quote, 0);
      const eager = bestMatch(text, candidates.map((candidate) => candidate.locate()), quote, 0);
      expect(lazy?.score, `trial ${trial}`).toBe(eager?.score);
    }
    expect(located).toBeLessThan(found);
  });
});

describe('scoreCeiling', () => {
  it('is never below the score of a candidate with that many edits, and falls as edits grow', () => {
    const text = 'The minister said the border is closed to all traffic until further notice.';
    const { quote, position } = selectorFor(text, 18, 53);
    for (const errors of [0, 2, 5]) {
      const match = { start: position.start, end: position.end, errors };
      expect(scoreCeiling(errors, quote)).toBeGreaterThanOrEqual(scoreMatch(text, match, quote, position.start));
    }
    expect(scoreCeiling(3, quote)).toBeLessThan(scoreCeiling(2, quote));
  });
});
