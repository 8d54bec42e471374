// A query against the index: every word must match (directly, as a completion or with a
// typo), a document scores the sum of BM25 over the terms its words matched, and only
// the best `limit` are kept. The rarest word goes first: its documents are the only
// candidates, and each later word only visits candidates, looking them up in its
// postings when there are few of them rather than reading every posting.

import { frequencyScorer, inverseDocumentFrequency } from './bm25';
import type { InvertedIndex } from './inverted-index';
import { queryWords, termMatches } from './query-terms';
import type { Postings } from './segment';

export interface RankedDocument {
  /** The search document id. */
  id: string;
  score: number;
  /** The index terms the document matched, to find them in its text. */
  terms: string[];
}

/** A word of the query and what it matches in the index. */
interface WordPlan {
  matches: { term: string; weight: number; runs: Postings[] }[];
  /** Postings to read: what scoring this word first would cost. */
  postings: number;
}

export function rank(index: InvertedIndex, query: string, limit: number): RankedDocument[] {
  if (limit <= 0 || index.size === 0) return [];
  const plans = queryWords(query).map((word) => planOf(index, word));
  if (plans.length === 0 || plans.some((plan) => plan.matches.length === 0)) return [];
  plans.sort((a, b) => a.postings - b.postings);
  const scoring = new Scoring(index);
  let candidates = scoring.firstWord(plans[0]!);
  for (let word = 1; word < plans.length && candidates.length > 0; word++) {
    candidates = scoring.nextWord(plans[word]!, word, candidates);
  }
  return bestOf(candidates, scoring.scores, limit, (doc) => index.idOf(doc)).map((doc) => ({
    id: index.idOf(doc),
    score: scoring.scores[doc]!,
    terms: plans.flatMap((plan) => plan.matches.filter((match) => holds(match.runs, doc)).map((match) => match.term)),
  }));
}

function planOf(index: InvertedIndex, word: string): WordPlan {
  let postings = 0;
  const matches = termMatches(index, word).map(({ term, weight }) => {
    const frequency = index.documentFrequency(term);
    postings += frequency;
    return { term, weight: weight * inverseDocumentFrequency(index.size, frequency), runs: index.postings(term) };
  });
  return { matches, postings };
}

/** Per-document scores, and how many of the query's words each document matched so far. */
class Scoring {
  readonly scores: Float64Array;
  private readonly matched: Uint16Array;
  private readonly dead: Uint8Array;
  private readonly lengths: Uint32Array;
  private readonly score: (freq: number, length: number) => number;

  constructor(index: InvertedIndex) {
    this.scores = new Float64Array(index.documentSpan);
    this.matched = new Uint16Array(index.documentSpan);
    this.dead = index.deadDocuments;
    this.lengths = index.documentLengths;
    this.score = frequencyScorer(index.averageLength);
  }

  /** Scores every document the first word matches; they are the candidates. */
  firstWord(plan: WordPlan): number[] {
    const { scores, dead, lengths, score } = this;
    const candidates: number[] = [];
    for (const { weight, runs } of plan.matches) {
      for (const { docs, freqs } of runs) {
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          if (dead[doc] === 1) continue;
          // Every match scores above 0, so a score of 0 means a document not met yet.
          if (scores[doc] === 0) candidates.push(doc);
          scores[doc]! += weight * score(freqs[i]!, lengths[doc]!);
        }
      }
    }
    for (const doc of candidates) this.matched[doc] = 1;
    return candidates;
  }

  /** Adds the `word`-th word's score to the candidates it matches; returns those. */
  nextWord(plan: WordPlan, word: number, candidates: readonly number[]): number[] {
    for (const { weight, runs } of plan.matches) {
      for (const run of runs) {
        if (candidates.length * Math.log2(run.docs.length + 1) < run.docs.length) {
          for (const doc of candidates) {
            const at = positionOf(run.docs, doc);
            if (at >= 0) this.add(doc, word, weight, run.freqs[at]!);
          }
        } else {
          for (let i = 0; i < run.docs.length; i++) this.add(run.docs[i]!, word, weight, run.freqs[i]!);
        }
      }
    }
    return candidates.filter((doc) => this.matched[doc] === word + 1);
  }

  /** Counts a match of the `word`-th word, for a document that matched every word before it. */
  private add(doc: number, word: number, weight: number, freq: number): void {
    const matched = this.matched[doc]!;
    if (matched !== word && matched !== word + 1) return;
    this.matched[doc] = word + 1;
    this.scores[doc]! += weight * this.score(freq, this.lengths[doc]!);
  }
}

/** Where `doc` is in ascending `docs`, or -1. */
function positionOf(docs: ArrayLike<number>, doc: number): number {
  let low = 0;
  let high = docs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (docs[middle]! < doc) low = middle + 1;
    else high = middle;
  }
  return docs[low] === doc ? low : -1;
}

function holds(runs: readonly Postings[], doc: number): boolean {
  return runs.some((run) => positionOf(run.docs, doc) >= 0);
}

/**
 * The `limit` best-scoring documents, best first; equal scores in id order, so the
 * order does not depend on when each document was indexed. A heap of the best so far
 * keeps this linear in the candidates.
 */
function bestOf(candidates: readonly number[], scores: Float64Array, limit: number, idOf: (doc: number) => string): number[] {
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && idOf(a) > idOf(b));
  const heap: number[] = [];
  for (const doc of candidates) {
    if (heap.length < limit) {
      heap.push(doc);
      siftUp(heap, heap.length - 1, worse);
    } else if (worse(heap[0]!, doc)) {
      heap[0] = doc;
      siftDown(heap, 0, worse);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

/** A heap with the worst document on top. */
function siftUp(heap: number[], at: number, worse: (a: number, b: number) => boolean): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!worse(heap[at]!, heap[parent]!)) return;
    [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
    at = parent;
  }
}

function siftDown(heap: number[], at: number, worse: (a: number, b: number) => boolean): void {
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let worst = at;
    if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left;
    if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right;
    if (worst === at) return;
    [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
    at = worst;
  }
}
