// The frozen part of the inverted index: every term with its postings, in flat typed
// arrays. It is what a build, a compaction or the file in the case folder gives, and
// what the file holds, so reading it back is a few array views rather than objects.

import { indexOfTerm } from './sorted-terms';

export interface Segment {
  /** Every term, sorted (see sorted-terms.ts). */
  terms: readonly string[];
  /** The postings of terms[i] are at [starts[i], starts[i + 1]): terms.length + 1 entries. */
  starts: Uint32Array;
  /** Document numbers, ascending within each term. */
  docs: Uint32Array;
  /** How often the term occurs in the document, weighted by field, beside `docs`. */
  freqs: Uint16Array;
}

/** One run of postings: ascending document numbers and their term frequencies. */
export interface Postings {
  docs: ArrayLike<number>;
  freqs: ArrayLike<number>;
}

export const EMPTY_SEGMENT: Segment = Object.freeze({
  terms: [],
  starts: new Uint32Array(1),
  docs: new Uint32Array(0),
  freqs: new Uint16Array(0),
});

/** The postings of the term at `at` in the segment's terms. */
export function postingsAt(segment: Segment, at: number): Postings {
  const start = segment.starts[at]!;
  const end = segment.starts[at + 1]!;
  return { docs: segment.docs.subarray(start, end), freqs: segment.freqs.subarray(start, end) };
}

/** How many documents the term at `at` has postings in (dead ones included until compacted). */
export function countAt(segment: Segment, at: number): number {
  return segment.starts[at + 1]! - segment.starts[at]!;
}

export function segmentIndexOf(segment: Segment, term: string): number {
  return indexOfTerm(segment.terms, term);
}

/**
 * The segment's shape is consistent: starts ascend from 0 to the posting count, and every
 * document number is below `documents`. Checked on what is read from a file, so a damaged
 * one is rebuilt rather than answering with documents that do not exist.
 */
export function isWellFormed(segment: Segment, documents: number): boolean {
  const { terms, starts, docs, freqs } = segment;
  if (starts.length !== terms.length + 1 || starts[0] !== 0 || starts[terms.length] !== docs.length) return false;
  if (freqs.length !== docs.length) return false;
  for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return false;
  for (let i = 0; i < docs.length; i++) if (docs[i]! >= documents) return false;
  for (let i = 1; i < terms.length; i++) if (!(terms[i - 1]! < terms[i]!)) return false;
  return true;
}
