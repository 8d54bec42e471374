import { describe, expect, it } from 'vitest';
import { fingerprint, GUARANTEED_WORDS, kgramHashes, K, winnow, words } from './fingerprint';

const STORY =
  'Iran is orchestrating an attack on the U.S. Embassy in Baghdad, officials said on Tuesday, ' +
  'as protesters gathered about 200 meters from the compound and security forces fired tear gas.';

describe('words', () => {
  it('folds case, punctuation and quote marks but keeps each word’s place in the text', () => {
    const text = '“Don’t,” said the U.S. envoy: 1,200 troops.';
    const list = words(text);
    expect(list.map((word) => word.norm)).toEqual(['dont', 'said', 'the', 'us', 'envoy', '1200', 'troops']);
    for (const word of list) expect(normalizeRaw(text.slice(word.start, word.end))).toBe(word.norm);
  });

  it('finds no words in punctuation alone', () => {
    expect(words('… — “ ” !')).toEqual([]);
  });
});

describe('fingerprints', () => {
  it('are the same whatever the case, punctuation and quote marks', () => {
    const plain = fingerprint(STORY.toLowerCase().replace(/[.,]/g, '')).fingerprints;
    expect(fingerprint(STORY).fingerprints).toEqual(plain);
  });

  it('share a hash between texts sharing a run of the guaranteed length, wherever it sits', () => {
    const shared = words(STORY)
      .slice(10, 10 + GUARANTEED_WORDS)
      .map((word) => STORY.slice(word.start, word.end))
      .join(' ');
    const other = `Nothing here matches at all before ${shared} and nothing after it does either.`;
    const a = new Set(fingerprint(STORY).fingerprints.map((print) => print.hash));
    const b = fingerprint(other).fingerprints.map((print) => print.hash);
    expect(b.some((hash) => a.has(hash))).toBe(true);
  });

  it('keep far fewer hashes than the text has k-grams', () => {
    const long = Array.from({ length: 20 }, (_, i) => `${STORY} Paragraph ${i}.`).join(' ');
    const all = kgramHashes(words(long));
    expect(winnow(all).length).toBeLessThan(all.length * 0.6);
  });

  it('keep one hash for a text shorter than a window, and none for fewer than K words', () => {
    expect(fingerprint('one two three four five').fingerprints).toHaveLength(1);
    expect(fingerprint(Array.from({ length: K - 1 }, () => 'word').join(' ')).fingerprints).toEqual([]);
  });
});

function normalizeRaw(raw: string): string {
  return raw.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
