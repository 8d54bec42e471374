// Text fingerprints robust to small edits: hashes of word k-grams, thinned out by
// winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms for document
// fingerprinting", 2003). Of every window of WINDOW consecutive k-gram hashes the
// smallest is kept, so two texts sharing a run of at least K + WINDOW - 1 words share at
// least one kept hash, while a text keeps only about 2 / (WINDOW + 1) of its k-grams.
//
// Words are compared normalized: lowercased, with punctuation and quote marks folded
// away, so "U.S." and "US", "don’t" and "don't" hash alike. Each word keeps its offsets
// in the original text, so a match leads back to the article's own characters.

import { fnv1a } from '../checkworthiness/hash';

/** Words per k-gram: long enough that common phrases rarely collide, short enough for quotes. */
export const K = 4;
/** K-gram hashes per winnowing window: any shared run of K + WINDOW - 1 = 7 words is found. */
export const WINDOW = 4;
/** The shortest shared run of words the fingerprints are guaranteed to find. */
export const GUARANTEED_WORDS = K + WINDOW - 1;

export interface Word {
  /** The word as compared: lowercase letters and digits only. */
  norm: string;
  /** Its span in the original text, punctuation inside the word included ("U.S", "1,200"). */
  start: number;
  end: number;
}

export interface Fingerprint {
  hash: number;
  /** Index of the k-gram's first word among the text's words. */
  word: number;
}

/**
 * Words are runs of letters, digits and marks (\p{L}\p{N}\p{M}), joined by an inner
 * apostrophe, dot, comma or hyphen ("don’t", "1,200", "U.S"). Read character by
 * character rather than by a regular expression: every article is split into words on
 * import and every quote lookup splits the places it checks, and news text is mostly
 * ASCII, which needs no Unicode property test.
 */
export function words(text: string): Word[] {
  const found: Word[] = [];
  let at = 0;
  while (at < text.length) {
    const width = wordCharWidth(text, at);
    if (width === 0) {
      at++;
      continue;
    }
    const start = at;
    let plain = width === 1 && text.charCodeAt(at) < 0x80;
    at += width;
    for (;;) {
      const next = wordCharWidth(text, at);
      if (next > 0) {
        plain &&= next === 1 && text.charCodeAt(at) < 0x80;
        at += next;
      } else if (isJoiner(text.charCodeAt(at)) && wordCharWidth(text, at + 1) > 0) {
        plain = false;
        at++;
      } else {
        break;
      }
    }
    const word = text.slice(start, at);
    found.push({ norm: plain ? word.toLowerCase() : normalizeWord(word), start, end: at });
  }
  return found;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/uy;

/** Code units of the letter, digit or mark at `at` (two for one outside the basic plane), 0 for none. */
function wordCharWidth(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  // A low surrogate is only ever reached alone (a pair is stepped over whole): no character.
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  WORD_CHAR.lastIndex = at;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - at : 0;
}

/** Apostrophes, dot, comma and hyphens: inside a word they join its parts. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2e || code === 0x2c || code === 0x2d || code === 0x2019 || code === 0x2018 || code === 0x2010 || code === 0x2011;
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}\p{M}]/gu;

/** Most words of most articles: nothing to fold but case, so no Unicode normalization to pay for. */
const PLAIN_WORD = /^[a-z0-9]+$/;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (PLAIN_WORD.test(lower)) return lower;
  return word.normalize('NFKC').toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

const SPACE = /\s/u;

/** The start of the word at `at` (or `at` itself between words): a stretch of text cut there splits no word. */
export function wordStartBefore(text: string, at: number): number {
  while (at > 0 && !SPACE.test(text[at - 1]!)) at--;
  return at;
}

/** The end of the word at `at` (or `at` itself between words). */
export function wordEndAfter(text: string, at: number): number {
  while (at < text.length && !SPACE.test(text[at]!)) at++;
  return at;
}

/** The hash of every K-gram of the words, in order; none when there are fewer than K words. */
export function kgramHashes(list: readonly Word[]): Uint32Array {
  const count = Math.max(0, list.length - K + 1);
  const hashes = new Uint32Array(count);
  const wordHashes = list.map((word) => fnv1a(word.norm));
  for (let i = 0; i < count; i++) {
    let hash = 0x9e3779b9;
    for (let j = 0; j < K; j++) hash = Math.imul(hash ^ wordHashes[i + j]!, 0x01000193);
    hashes[i] = avalanche(hash);
  }
  return hashes;
}

/**
 * The winnowed fingerprints: in each window of WINDOW hashes, the smallest (the
 * rightmost of equals, as the paper does, so a run of equal hashes keeps few). A text
 * shorter than one window keeps its smallest hash, so short texts still have one.
 */
export function winnow(hashes: Uint32Array, window = WINDOW): Fingerprint[] {
  const kept: Fingerprint[] = [];
  if (hashes.length === 0) return kept;
  const windows = Math.max(1, hashes.length - window + 1);
  const span = Math.min(window, hashes.length);
  let lastKept = -1;
  for (let start = 0; start < windows; start++) {
    let min = start;
    for (let i = start + 1; i < start + span; i++) if (hashes[i]! <= hashes[min]!) min = i;
    if (min !== lastKept) {
      kept.push({ hash: hashes[min]!, word: min });
      lastKept = min;
    }
  }
  return kept;
}

/** The fingerprints of a text, with its words to map them back to offsets. */
export function fingerprint(text: string): { words: Word[]; fingerprints: Fingerprint[] } {
  const list = words(text);
  return { words: list, fingerprints: winnow(kgramHashes(list)) };
}

/** A 32-bit finalizer (MurmurHash3's): spreads FNV's weak low bits so minima are uniform. */
function avalanche(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
