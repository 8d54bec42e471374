import { describe, expect, it } from 'vitest';
import { words } from './fingerprint';
import { CHUNK, missingFrom, wordFilter, wordHashes } from './word-filter';

const filler = (count: number, stem: string) => Array.from({ length: count }, (_, n) => `${stem}${n}`).join(' ');

describe('word filter', () => {
  it('holds every word of a stretch, whatever its case or punctuation', () => {
    const text = 'Protesters gathered about 200 meters from the U.S. embassy.';
    const filter = wordFilter(words(text));
    expect(missingFrom(filter, wordHashes(words('protesters GATHERED, about 200 meters from the us embassy')), 0, 10)).toBe(0);
  });

  it('counts the words a place lacks, so an article sharing only boilerplate is told apart', () => {
    const filter = wordFilter(words(`according to the ministry of finance ${filler(40, 'other')}`));
    const quote = wordHashes(words('the mayor doubled the budget according to the ministry'));
    // "mayor", "doubled", "budget" are nowhere; at most a rare false "held" from the 512 bits.
    expect(missingFrom(filter, quote, 0, CHUNK)).toBeGreaterThanOrEqual(2);
  });

  it('looks only at the stretches around the place asked about', () => {
    const text = `${filler(CHUNK * 3, 'far')} mayor doubled budget`;
    const filter = wordFilter(words(text));
    const quote = wordHashes(words('mayor doubled budget'));
    expect(missingFrom(filter, quote, CHUNK * 3, CHUNK * 3 + 3)).toBe(0);
    expect(missingFrom(filter, quote, 0, CHUNK)).toBeGreaterThanOrEqual(2);
  });

  it('clamps a place reaching past either end of the article', () => {
    const filter = wordFilter(words('mayor doubled budget'));
    expect(missingFrom(filter, wordHashes(words('mayor doubled budget')), -50, 500)).toBe(0);
  });
});
