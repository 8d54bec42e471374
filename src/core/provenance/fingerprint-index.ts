// The fingerprints of a case's articles, by hash: which articles may carry some words
// (a quote, a paragraph, another article) without reading any of them. Articles come
// and go one at a time as they are imported or removed; nothing is recomputed for the
// others.
//
// A lookup hashes every k-gram of the query (not only its winnowed ones): any article
// sharing a run of GUARANTEED_WORDS words with it kept one of that run's k-grams, so
// the article is found; shorter shared runs are found when their k-gram happened to be
// kept. A candidate is only a candidate: the caller aligns the words to be sure.

import type { Id } from '../../shared/model';
import { fingerprint, kgramHashes, words, type Fingerprint, type Word } from './fingerprint';
import { wordFilter } from './word-filter';

export interface Candidate {
  articleId: Id;
  /** How many distinct hashes of the query the article holds. */
  hits: number;
  /** The article's words (indices) where those k-grams start, in order. */
  wordHits: number[];
  /** The same places as offsets into the article's text. */
  offsetHits: number[];
  /** The hash kept at each of those places: which of the query's k-grams it is. */
  hashHits: number[];
}

/** One article's fingerprints as stored: parallel arrays, hash, first word and its offset in the text; and which words it holds. */
export interface ArticlePrints {
  hashes: Uint32Array;
  words: Uint32Array;
  offsets: Uint32Array;
  /** The article's words (word-filter.ts). */
  wordFilter: Uint32Array;
}

export class FingerprintIndex {
  private readonly slotOf = new Map<Id, number>();
  private readonly slots: Array<{ id: Id; prints: ArticlePrints } | null> = [];
  private readonly freeSlots: number[] = [];
  /**
   * Hash → where it is kept: pairs of the article's slot and the fingerprint's index in
   * its ArticlePrints, so a lookup goes straight to the places without scanning articles.
   */
  private readonly postings = new Map<number, number[]>();

  get size(): number {
    return this.slotOf.size;
  }

  has(articleId: Id): boolean {
    return this.slotOf.has(articleId);
  }

  ids(): Id[] {
    return [...this.slotOf.keys()];
  }

  /** Fingerprints an article's text and indexes it, replacing what it held before. */
  add(articleId: Id, text: string): ArticlePrints {
    const { words: list, fingerprints } = fingerprint(text);
    const prints = printsOf(fingerprints, list);
    this.addPrints(articleId, prints);
    return prints;
  }

  /** Indexes fingerprints computed earlier (a saved index, another thread). */
  addPrints(articleId: Id, prints: ArticlePrints): void {
    this.remove(articleId);
    const slot = this.freeSlots.pop() ?? this.slots.length;
    this.slots[slot] = { id: articleId, prints };
    this.slotOf.set(articleId, slot);
    prints.hashes.forEach((hash, at) => {
      const list = this.postings.get(hash);
      if (list === undefined) this.postings.set(hash, [slot, at]);
      else list.push(slot, at);
    });
  }

  remove(articleId: Id): void {
    const slot = this.slotOf.get(articleId);
    if (slot === undefined) return;
    for (const hash of new Set(this.slots[slot]!.prints.hashes)) {
      const kept = this.postings.get(hash)!.filter((_, i, list) => list[i - (i % 2)] !== slot);
      if (kept.length === 0) this.postings.delete(hash);
      else this.postings.set(hash, kept);
    }
    this.slots[slot] = null;
    this.slotOf.delete(articleId);
    this.freeSlots.push(slot);
  }

  prints(articleId: Id): ArticlePrints | undefined {
    const slot = this.slotOf.get(articleId);
    return slot === undefined ? undefined : this.slots[slot]!.prints;
  }

  /** How many places of the case's articles keep a hash: how common it is, at once. */
  placeCount(hash: number): number {
    return (this.postings.get(hash)?.length ?? 0) / 2;
  }

  /** The articles holding a hash, each once. */
  holders(hash: number): Id[] {
    const list = this.postings.get(hash) ?? [];
    const slots = new Set<number>();
    for (let i = 0; i < list.length; i += 2) slots.add(list[i]!);
    return [...slots].map((slot) => this.slots[slot]!.id);
  }

  /**
   * The posting lists restricted to some articles, by the numbers the caller gives them:
   * the holders of each hash two or more of them hold, each once and in ascending number,
   * and how many distinct hashes each holds. Read straight from the postings, so no
   * article's fingerprints are gathered or sorted again.
   */
  sharedPostings(numbers: ReadonlyMap<Id, number>): SharedPostings {
    const numberOf = new Int32Array(this.slots.length).fill(-1);
    for (const [id, number] of numbers) {
      const slot = this.slotOf.get(id);
      if (slot !== undefined) numberOf[slot] = number;
    }
    const sizes = new Uint32Array(numbers.size);
    let holders: Int32Array = new Int32Array(1 << 16);
    const starts: number[] = [0];
    let count = 0;
    for (const list of this.postings.values()) {
      const start = count;
      for (let i = 0; i < list.length; i += 2) {
        const number = numberOf[list[i]!]!;
        // An article's places of one hash are listed together: it holds the hash once.
        if (number < 0 || (count > start && holders[count - 1] === number)) continue;
        if (count === holders.length) holders = grown(holders);
        holders[count++] = number;
        sizes[number]!++;
      }
      if (count - start < 2) {
        count = start;
        continue;
      }
      holders.subarray(start, count).sort();
      starts.push(count);
    }
    return { holders: holders.subarray(0, count), starts: Int32Array.from(starts), sizes };
  }

  /** Articles that may carry the text, the most hits first. */
  lookup(text: string): Candidate[] {
    return this.lookupHashes(kgramHashes(words(text)));
  }

  /**
   * The articles holding one of `any`, or at least `enough` of `counted`, as candidates
   * with their hits on both. Counted in typed arrays by slot before any candidate is
   * made, since most holders of a quote's common k-grams are not wanted.
   */
  lookupHolding(any: readonly number[], counted: readonly number[], enough: number): Candidate[] {
    const held = new Uint16Array(this.slots.length);
    const wanted = new Uint8Array(this.slots.length);
    for (const hash of new Set(any)) {
      const list = this.postings.get(hash) ?? [];
      for (let i = 0; i < list.length; i += 2) wanted[list[i]!] = 1;
    }
    for (const hash of new Set(counted)) {
      const list = this.postings.get(hash) ?? [];
      for (let i = 0; i < list.length; i += 2) {
        const slot = list[i]!;
        if (i > 0 && slot === list[i - 2]) continue;
        if (++held[slot]! >= enough) wanted[slot] = 1;
      }
    }
    return this.gather([...any, ...counted], wanted);
  }

  lookupHashes(queryHashes: Iterable<number>): Candidate[] {
    return this.gather(queryHashes);
  }

  /** `wanted`: by slot, 1 for the only articles whose places are gathered. */
  private gather(queryHashes: Iterable<number>, wanted?: Uint8Array): Candidate[] {
    const found = new Map<number, { hits: number; lastHash: number; places: number[] }>();
    for (const hash of new Set(queryHashes)) {
      const list = this.postings.get(hash) ?? [];
      for (let i = 0; i < list.length; i += 2) {
        const slot = list[i]!;
        if (wanted !== undefined && wanted[slot] !== 1) continue;
        let entry = found.get(slot);
        if (entry === undefined) found.set(slot, (entry = { hits: 0, lastHash: -1, places: [] }));
        if (entry.lastHash !== hash) entry.hits++;
        entry.lastHash = hash;
        entry.places.push(list[i + 1]!);
      }
    }
    const candidates: Candidate[] = [];
    for (const [slot, { hits, places }] of found) {
      const { id, prints } = this.slots[slot]!;
      places.sort((a, b) => a - b);
      candidates.push({
        articleId: id,
        hits,
        wordHits: places.map((at) => prints.words[at]!),
        offsetHits: places.map((at) => prints.offsets[at]!),
        hashHits: places.map((at) => prints.hashes[at]!),
      });
    }
    return candidates.sort((x, y) => y.hits - x.hits);
  }
}

/** Posting lists of the hashes some articles share, one after another (see FingerprintIndex.sharedPostings). */
export interface SharedPostings {
  /** The holders of each hash, hash after hash. */
  holders: Int32Array;
  /** Where each hash's holders start in `holders`, and (last) where the final ones end. */
  starts: Int32Array;
  /** Distinct hashes each article holds, by its number. */
  sizes: Uint32Array;
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export function printsOf(fingerprints: readonly Fingerprint[], list: readonly Word[]): ArticlePrints {
  return {
    hashes: Uint32Array.from(fingerprints, (print) => print.hash),
    words: Uint32Array.from(fingerprints, (print) => print.word),
    offsets: Uint32Array.from(fingerprints, (print) => list[print.word]!.start),
    wordFilter: wordFilter(list),
  };
}
