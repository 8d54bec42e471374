// How much of their wording two short texts share, as bags of words: enough to tell the
// same paragraph or sentence, edited, from another one.

export type WordBag = Map<string, number>;

export function wordBag(text: string): WordBag {
  const bag = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** Dice coefficient of two word multisets: 1 for the same words, 0 for none in common. */
export function overlap(a: WordBag, b: WordBag): number {
  let shared = 0;
  let total = 0;
  for (const [word, count] of a) {
    shared += Math.min(count, b.get(word) ?? 0);
    total += count;
  }
  for (const count of b.values()) total += count;
  return total === 0 ? 1 : (2 * shared) / total;
}
