// Words as the search index sees them, and finding the place in a text where the
// matched words are, so a hit can open its article at the spot.

import type { TextPosition } from '../../shared/model';

/** A word: a run of anything but line breaks, spaces and punctuation. */
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/**
 * How close together matched words must be to count as one passage: about two lines
 * of text, so "embassy attack" prefers the sentence that has both.
 */
const PASSAGE_CHARS = 160;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Case does not matter to a reader; the text is NFC already, as Doc.text is. */
export function processTerm(term: string): string {
  return term.toLowerCase();
}

export interface Spot extends TextPosition {
  /** How many distinct terms the passage starting here holds. */
  termCount: number;
}

/**
 * The word of `text` that starts the passage with the most distinct `terms` (as the
 * index spells them), the earliest of equals; null when no term occurs.
 */
export function findSpot(text: string, terms: readonly string[]): Spot | null {
  const wanted = new Set(terms);
  const found: Array<{ start: number; end: number; term: string }> = [];
  for (const match of text.matchAll(WORD)) {
    const term = processTerm(match[0]);
    if (wanted.has(term)) found.push({ start: match.index, end: match.index + match[0].length, term });
  }
  let best: Spot | null = null;
  for (let i = 0; i < found.length; i++) {
    const first = found[i]!;
    const inPassage = new Set<string>();
    // The spot runs to the last word that brought a new term, so "approximately 1,200"
    // selects both words and a repeated word does not stretch it over a sentence.
    let end = first.end;
    for (let j = i; j < found.length && found[j]!.start < first.start + PASSAGE_CHARS; j++) {
      if (inPassage.has(found[j]!.term)) continue;
      inPassage.add(found[j]!.term);
      end = found[j]!.end;
    }
    if (inPassage.size > (best?.termCount ?? 0)) best = { start: first.start, end, termCount: inPassage.size };
  }
  return best;
}
