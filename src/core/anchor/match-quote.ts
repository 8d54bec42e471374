// Choosing among the places where a quote might now be: each candidate is scored by
// how well its words, the words before it, the words after it and its offset agree
// with what the selector recorded.

import type { TextQuote } from '../../shared/model';
import type { ApproxMatch, LazyMatch } from './approx-search';
import { similarity } from './edit-distance';

// The weights are the Hypothesis client's, which it arrived at on real pages. The quote
// weighs most: it is the words the analyst selected. Prefix and suffix together weigh
// almost as much, because they are what tells a repeated or boilerplate phrase from the
// passage that was meant, and what keeps an edited quote on its own sentence rather
// than on a look-alike elsewhere. Position only breaks ties: a page that gains or
// loses text above the quote moves every offset, so nearness is weak evidence. The
// price of weighting context this much is that a quote whose surroundings were
// rewritten scores low even when its own words survived, and may be orphaned.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * The lowest score at which a candidate is taken for the quote. An edited quote in its
 * own context scores above 0.85 even at the edit limit; words that merely resemble
 * the quote, in unrelated context, score near 0.6. Between the two the cost of a
 * wrong placement (a claim pinned to words that do not make it) outweighs the cost of
 * an orphan, which the analyst sees and re-anchors.
 */
export const MIN_SCORE = 0.75;

export interface ScoredMatch extends ApproxMatch {
  /** 0 to 1: the weighted agreement of quote, prefix, suffix and position. */
  score: number;
}

/** How well a candidate agrees with the recorded quote; `hint` is the old start offset. */
export function scoreMatch(text: string, match: ApproxMatch, quote: TextQuote, hint: number): number {
  const quoteScore = 1 - match.errors / quote.exact.length;
  const before = text.slice(Math.max(0, match.start - quote.prefix.length), match.start);
  const after = text.slice(match.end, match.end + quote.suffix.length);
  const positionScore = Math.max(0, 1 - Math.abs(match.start - hint) / Math.max(1, text.length));
  const total =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * similarity(quote.prefix, before) +
    SUFFIX_WEIGHT * similarity(quote.suffix, after) +
    POSITION_WEIGHT * positionScore;
  return total / TOTAL_WEIGHT;
}

/** The best-scoring candidate, or null when there is none. */
export function bestMatch(
  text: string,
  candidates: readonly ApproxMatch[],
  quote: TextQuote,
  hint: number,
): ScoredMatch | null {
  let best: ScoredMatch | null = null;
  for (const candidate of candidates) {
    const score = scoreMatch(text, candidate, quote, hint);
    if (best === null || score > best.score) best = { ...candidate, score };
  }
  return best;
}

/** The highest score a candidate with `errors` edits can reach: context and position agreeing fully. */
export function scoreCeiling(errors: number, quote: TextQuote): number {
  return (QUOTE_WEIGHT * (1 - errors / quote.exact.length) + TOTAL_WEIGHT - QUOTE_WEIGHT) / TOTAL_WEIGHT;
}

/**
 * bestMatch of candidates located only when they may win: the fewest edits first, and
 * none once the best found scores at least what the rest could at most.
 */
export function bestLazyMatch(
  text: string,
  candidates: readonly LazyMatch[],
  quote: TextQuote,
  hint: number,
): ScoredMatch | null {
  let best: ScoredMatch | null = null;
  for (const candidate of [...candidates].sort((a, b) => a.errors - b.errors)) {
    if (best !== null && scoreCeiling(candidate.errors, quote) <= best.score) break;
    const match = candidate.locate();
    const score = scoreMatch(text, match, quote, hint);
    if (best === null || score > best.score) best = { ...match, score };
  }
  return best;
}
