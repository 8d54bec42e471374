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
import { fingerprint, kgramHashes, words, type Fingerprint } from './fingerprint';

export interface Candidate {
  articleId: Id;
  /** How many distinct hashes of the query the article holds. */
  hits: number;
  /** The article's words (indices) where those k-grams start, in order. */
  wordHits: number[];
}

/** One article's fingerprints as stored: parallel arrays, hash and first word. */
export interface ArticlePrints {
  hashes: Uint32Array;
  words: Uint32Array;
}

export class FingerprintIndex {
  private readonly slotOf = new Map<Id, number>();
  private readonly slots: Array<{ id: Id; prints: ArticlePrints } | null> = [];
  private readonly freeSlots: number[] = [];
  /** Hash → the slots of the articles holding it, each once. */
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
    const prints = printsOf(fingerprint(text).fingerprints);
    this.addPrints(articleId, prints);
    return prints;
  }

  /** Indexes fingerprints computed earlier (a saved index, another thread). */
  addPrints(articleId: Id, prints: ArticlePrints): void {
    this.remove(articleId);
    const slot = this.freeSlots.pop() ?? this.slots.length;
    this.slots[slot] = { id: articleId, prints };
    this.slotOf.set(articleId, slot);
    for (const hash of new Set(prints.hashes)) {
      const list = this.postings.get(hash);
      if (list === undefined) this.postings.set(hash, [slot]);
      else list.push(slot);
    }
  }

  remove(articleId: Id): void {
    const slot = this.slotOf.get(articleId);
    if (slot === undefined) return;
    for (const hash of new Set(this.slots[slot]!.prints.hashes)) {
      const list = this.postings.get(hash)!;
      if (list.length === 1) this.postings.delete(hash);
      else list.splice(list.indexOf(slot), 1);
    }
    this.slots[slot] = null;
    this.slotOf.delete(articleId);
    this.freeSlots.push(slot);
  }

  prints(articleId: Id): ArticlePrints | undefined {
    const slot = this.slotOf.get(articleId);
    return slot === undefined ? undefined : this.slots[slot]!.prints;
  }

  /** The articles holding a hash. */
  holders(hash: number): Id[] {
    return (this.postings.get(hash) ?? []).map((slot) => this.slots[slot]!.id);
  }

  /** Articles that may carry the text, the most hits first. */
  lookup(text: string): Candidate[] {
    return this.lookupHashes(kgramHashes(words(text)));
  }

  lookupHashes(queryHashes: Uint32Array): Candidate[] {
    const query = new Set(queryHashes);
    const hitsBySlot = new Map<number, number>();
    for (const hash of query) {
      for (const slot of this.postings.get(hash) ?? []) hitsBySlot.set(slot, (hitsBySlot.get(slot) ?? 0) + 1);
    }
    const candidates: Candidate[] = [];
    for (const [slot, hits] of hitsBySlot) {
      const { id, prints } = this.slots[slot]!;
      const wordHits: number[] = [];
      for (let i = 0; i < prints.hashes.length; i++) if (query.has(prints.hashes[i]!)) wordHits.push(prints.words[i]!);
      candidates.push({ articleId: id, hits, wordHits });
    }
    return candidates.sort((x, y) => y.hits - x.hits);
  }
}

export function printsOf(fingerprints: readonly Fingerprint[]): ArticlePrints {
  return {
    hashes: Uint32Array.from(fingerprints, (print) => print.hash),
    words: Uint32Array.from(fingerprints, (print) => print.word),
  };
}
