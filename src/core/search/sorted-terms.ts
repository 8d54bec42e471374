// A term dictionary as a sorted array of strings: a term is found by binary search, and
// the terms that start with a prefix sit next to each other, so finding them costs a
// binary search too, whatever the size of the dictionary.
//
// Sorted by UTF-16 code unit, as JavaScript's `<` and Array.prototype.sort() compare.

/** The first place in `terms` at `from` or after that holds a term not below `term`. */
export function lowerBound(terms: readonly string[], term: string, from = 0): number {
  let low = from;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where `term` is in `terms`, or -1. */
export function indexOfTerm(terms: readonly string[], term: string): number {
  const at = lowerBound(terms, term);
  return terms[at] === term ? at : -1;
}

/** The range [start, end) of the terms that begin with `prefix` (the prefix itself included). */
export function prefixRange(terms: readonly string[], prefix: string, from = 0): { start: number; end: number } {
  const start = lowerBound(terms, prefix, from);
  // Within the sorted tail, the terms with the prefix come first: a binary search on "starts with".
  let low = start;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]!.startsWith(prefix)) low = middle + 1;
    else high = middle;
  }
  return { start, end: low };
}
