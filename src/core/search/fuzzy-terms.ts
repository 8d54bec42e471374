// The terms of a sorted dictionary within a few typos of a word. The edit distance is
// computed one row per character of a term, as if walking a trie: neighbours in the
// sorted array share their prefixes, so the rows of a shared prefix are reused, and a
// prefix already too far from the word skips every term that starts with it. A query
// visits a small part of the dictionary instead of comparing the word with every term.

import { prefixRange } from './sorted-terms';

export interface NearTerm {
  term: string;
  /** Levenshtein distance to the word: insertions, deletions and substitutions. */
  edits: number;
}

/** The terms of `terms` (sorted) at most `maxEdits` edits away from `word`, in dictionary order. */
export function termsWithin(terms: readonly string[], word: string, maxEdits: number): NearTerm[] {
  const width = word.length + 1;
  // rows[k]: the distances between the first k characters of the current term and each prefix of the word.
  const rows: Int32Array[] = [Int32Array.from({ length: width }, (_, i) => i)];
  const near: NearTerm[] = [];
  let previous = '';
  /** How many of `rows` belong to `previous`'s prefixes. */
  let valid = 0;
  let at = 0;
  while (at < terms.length) {
    const term = terms[at]!;
    let depth = Math.min(valid, commonPrefixLength(previous, term));
    let tooFar = false;
    for (; depth < term.length && !tooFar; depth++) {
      tooFar = nextRow(rows, depth, term.charCodeAt(depth), word) > maxEdits;
    }
    previous = term;
    valid = depth;
    if (tooFar) {
      at = prefixRange(terms, term.slice(0, depth), at).end;
      continue;
    }
    const edits = rows[depth]![word.length]!;
    if (edits <= maxEdits) near.push({ term, edits });
    at++;
  }
  return near;
}

/** Fills rows[depth + 1] from rows[depth] and the term's next character; returns the row's least distance. */
function nextRow(rows: Int32Array[], depth: number, char: number, word: string): number {
  const above = rows[depth]!;
  const row = (rows[depth + 1] ??= new Int32Array(above.length));
  row[0] = depth + 1;
  let least = row[0];
  for (let i = 1; i < row.length; i++) {
    const substitution = above[i - 1]! + (word.charCodeAt(i - 1) === char ? 0 : 1);
    const value = Math.min(substitution, above[i]! + 1, row[i - 1]! + 1);
    row[i] = value;
    if (value < least) least = value;
  }
  return least;
}

function commonPrefixLength(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let length = 0;
  while (length < most && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}
