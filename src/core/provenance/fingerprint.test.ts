import { describe, expect, it } from 'vitest';
import { fingerprint, GUARANTEED_WORDS, kgramHashes, K, normalizeWord, winnow, words } from './fingerprint';

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

  it('splits every script as the definition of a word does: letters, digits and marks joined by inner apostrophes, dots, commas and hyphens', () => {
    const texts = [
      'U.S.-backed forces, 1,200-strong, said: “we’ll stay”... end.',
      'a..b a.b. -x- x- ‐y‑z ‘quoted’ it\'s',
      'Ünïcödé naïve café Straße ǅemal İstanbul ﬁnance',
      'Кремль заявил, что 200 человек — погибли; 北京 说 ١٢٣ ٤',
      'नमस्ते दुनिया e\u0301te \u0301mark',
      'emoji 😀 between, 𝐁𝐨𝐥𝐝 math 𝟏𝟐 and 𐐷𐐷 Deseret',
      'lone \ud800 high \udc00 low \ud83d',
      '',
    ];
    for (const text of texts) expect(words(text)).toEqual(wordsByDefinition(text));
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

/** The definition of a word, as a regular expression: what words() must find, however it reads the text. */
function wordsByDefinition(text: string) {
  return [...text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’‘.,\-‐‑][\p{L}\p{N}\p{M}]+)*/gu)].map((match) => ({
    norm: normalizeWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}
