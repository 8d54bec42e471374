// Which words each stretch of an article holds: a small Bloom filter per CHUNK words,
// kept beside its fingerprints. A near copy of a quote lacks at most a few of the
// quote's words, so a place of an article whose stretches lack more carries no copy of
// it, and is neither read nor aligned. Without it, every article sharing boilerplate
// k-grams with a quote ("according to the ministry", a template's fixed words) costs a
// read and a word-by-word alignment.

import { fnv1a } from '../checkworthiness/hash';
import type { Word } from './fingerprint';

/** Words per stretch: a quote and its surroundings span two to four. */
export const CHUNK = 32;
/** 32-bit words of filter per stretch: 512 bits, so a stretch of 32 distinct words fills an eighth. */
export const FILTER_SIZE = 16;
const BITS = FILTER_SIZE * 32;

/** The filters of the article's stretches, one after another. */
export function wordFilter(list: readonly Word[]): Uint32Array {
  const filter = new Uint32Array(Math.ceil(list.length / CHUNK) * FILTER_SIZE);
  list.forEach((word, at) => {
    const base = Math.floor(at / CHUNK) * BITS;
    for (const bit of bitsOf(fnv1a(word.norm))) set(filter, base + bit);
  });
  return filter;
}

/**
 * The hashes of a quote's distinct words, as filters are asked about them: the longest
 * first, since names and rare words are long, and an article lacking them is told so
 * after a few questions.
 */
export function wordHashes(list: readonly Word[]): number[] {
  return [...new Set(list.map((word) => word.norm))].sort((a, b) => b.length - a.length).map((norm) => fnv1a(norm));
}

/**
 * How many of the words the stretches holding words [from, to) surely lack (a word a
 * filter may hold counts as held), counted up to `enough`.
 */
export function missingFrom(filter: Uint32Array, hashes: readonly number[], from: number, to: number, enough = Infinity): number {
  const first = Math.max(0, Math.floor(from / CHUNK));
  const last = Math.min(filter.length / FILTER_SIZE - 1, Math.floor((to - 1) / CHUNK));
  let missing = 0;
  for (const hash of hashes) {
    const bits = bitsOf(hash);
    let held = false;
    for (let chunk = first; chunk <= last && !held; chunk++) held = isSet(filter, chunk * BITS + bits[0]) && isSet(filter, chunk * BITS + bits[1]);
    if (!held && ++missing >= enough) break;
  }
  return missing;
}

/** Two bits per word, from the hash and a remix of it. */
function bitsOf(hash: number): [number, number] {
  const mixed = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0;
  return [hash % BITS, mixed % BITS];
}

function set(filter: Uint32Array, bit: number): void {
  filter[bit >>> 5]! |= 1 << (bit & 31);
}

function isSet(filter: Uint32Array, bit: number): boolean {
  return (filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}
