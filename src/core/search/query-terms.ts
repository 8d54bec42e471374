// What each word of a query matches in the index: the word itself, the longer words it
// begins (the analyst may still be typing it), and words a typo away. Each match has a
// weight: the word as typed counts fully, a completion or a near spelling less.

import type { InvertedIndex } from './inverted-index';
import { processTerm, tokenize } from './terms';

/** Shorter words would match as prefixes of too many others ("in" → "international"). */
const MIN_PREFIX_LENGTH = 3;
/** Below this a single typo is a different word ("bank" / "band"). */
const MIN_FUZZY_LENGTH = 5;
/** Edits tolerated, as a share of the word's length: one typo in a five-letter word. */
const FUZZINESS = 0.2;
/** A completion weighs this much times the share of it already typed: "infl" is more likely "inflow" than "inflationary". */
const PREFIX_WEIGHT = 0.5;
/** A word a typo away weighs this much times the share of it spelled right. */
const FUZZY_WEIGHT = 0.45;
/**
 * Completions kept per word, the most frequent first. "sta" begins hundreds of words, and
 * scoring them all would pass over most of the index on every key typed; the frequent
 * ones are the likely intents, and the next letter typed narrows the rest.
 */
const MAX_COMPLETIONS = 24;
/** Near spellings kept per word, the closest first, then the most frequent. */
const MAX_NEAR_TERMS = 8;

export interface TermMatch {
  /** An index term. */
  term: string;
  weight: number;
}

/** The distinct words of a query, as the index spells them. */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query).map(processTerm))];
}

/** The index terms `word` matches, each once, with its best weight; none when nothing matches. */
export function termMatches(index: InvertedIndex, word: string): TermMatch[] {
  const weights = new Map<string, number>();
  const keep = (term: string, weight: number) => {
    if (weight > (weights.get(term) ?? 0)) weights.set(term, weight);
  };
  if (index.documentFrequency(word) > 0) keep(word, 1);
  if (word.length >= MIN_PREFIX_LENGTH) {
    const completions = index.termsWithPrefix(word).filter((term) => term !== word);
    for (const term of mostFrequent(index, completions, MAX_COMPLETIONS)) keep(term, (PREFIX_WEIGHT * word.length) / term.length);
  }
  if (word.length >= MIN_FUZZY_LENGTH) {
    const near = index
      .termsNear(word, Math.round(word.length * FUZZINESS))
      .filter(({ edits }) => edits > 0)
      .map((found) => ({ ...found, frequency: index.documentFrequency(found.term) }))
      .sort((a, b) => a.edits - b.edits || b.frequency - a.frequency || compare(a.term, b.term))
      .slice(0, MAX_NEAR_TERMS);
    for (const { term, edits } of near) keep(term, (FUZZY_WEIGHT * word.length) / (word.length + edits));
  }
  return [...weights].map(([term, weight]) => ({ term, weight }));
}

function mostFrequent(index: InvertedIndex, terms: readonly string[], count: number): string[] {
  if (terms.length <= count) return [...terms];
  return terms
    .map((term) => ({ term, frequency: index.documentFrequency(term) }))
    .sort((a, b) => b.frequency - a.frequency || compare(a.term, b.term))
    .slice(0, count)
    .map(({ term }) => term);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
