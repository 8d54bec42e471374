// BM25, the usual relevance score of full-text search: a document matches a term better
// the more often the term occurs in it (with diminishing returns), the shorter the
// document is against the average, and the rarer the term is in the whole index.

/** How fast repeats stop adding: with 1.2, the fifth occurrence adds a sixth of the first. */
const K1 = 1.2;
/** How much a document's length matters: 0 not at all, 1 fully; 0.75 is the usual compromise. */
const B = 0.75;

/** How telling a term is: `holding` of the index's `documents` hold it. Never negative. */
export function inverseDocumentFrequency(documents: number, holding: number): number {
  const held = Math.min(holding, documents);
  return Math.log(1 + (documents - held + 0.5) / (held + 0.5));
}

/**
 * How well a term occurring `freq` times matches a document of `length` words, before its
 * rarity is weighed; the part that depends on the index is worked out once per query.
 */
export function frequencyScorer(averageLength: number): (freq: number, length: number) => number {
  const constant = K1 * (1 - B);
  const perWord = (K1 * B) / (averageLength || 1);
  return (freq, length) => (freq * (K1 + 1)) / (freq + constant + perWord * length);
}
