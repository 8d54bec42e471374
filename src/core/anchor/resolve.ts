// Finding a selector's words in a text, cheapest way first: the recorded position,
// then the exact quote, then the quote with edits near the old position, then the
// quote with edits anywhere. Never places an anchor on words that do not score as the
// quote; such an anchor is orphaned at its old position.

import type { AnchorStatus, Selector, TextPosition, TextQuote } from '../../shared/model';
import { approxSearch, type ApproxMatch } from './approx-search';
import { bestMatch, MIN_SCORE, type ScoredMatch } from './match-quote';
import { snapToWords } from './word-snap';

/** Edits tolerated per quote character: a quarter still leaves most words intact. */
const MAX_ERROR_RATE = 1 / 4;
/**
 * Edits tolerated in any quote. Each 32 more costs one more bit-vector block per text
 * character, and a long quote that changed by more than this is better re-anchored by
 * the analyst than guessed.
 */
const MAX_ERRORS = 32;
/**
 * How far either side of the old position the first fuzzy search looks. A new version
 * of a page mostly moves a passage by what was added or cut above it, so most anchors
 * are found here without searching the whole text, which is the costly part.
 */
const NEARBY_CHARS = 10_000;
/**
 * A nearby candidate is taken without looking further only when quote and context
 * agree this well: an edited quote whose context survived scores above it even at the
 * edit limit (0.86), while words that merely resemble the quote stay below 0.7.
 */
const NEARBY_ACCEPT_SCORE = 0.85;

export interface Resolution {
  position: TextPosition;
  status: AnchorStatus;
  /**
   * 0 to 1, when candidates had to be scored: the chosen one's score, or for an orphan
   * the best rejected one's.
   */
  score?: number;
}

export function resolveSelector(text: string, selector: Selector): Resolution {
  const { position, quote } = selector;
  if (text.slice(position.start, position.end) === quote.exact) {
    return { position: { start: position.start, end: position.end }, status: 'anchored' };
  }
  const orphan: Resolution = { position: { start: position.start, end: position.end }, status: 'orphaned' };
  if (quote.exact.length === 0) return orphan;

  const exact = bestMatch(text, exactOccurrences(text, quote.exact), quote, position.start);
  if (exact !== null && exact.score >= MIN_SCORE) return placed(text, quote, exact);

  // No exact occurrence, or only ones in foreign context: an edited copy in the right
  // context may be the better place.
  const better = (match: ScoredMatch, threshold: number) =>
    match.score >= threshold && (exact === null || match.score > exact.score);
  const near = {
    start: Math.max(0, position.start - NEARBY_CHARS),
    end: Math.min(text.length, position.end + NEARBY_CHARS),
  };
  const nearby = fuzzyMatch(text, quote, position.start, near);
  if (nearby !== null && better(nearby, NEARBY_ACCEPT_SCORE)) return placed(text, quote, nearby);
  const wholeText = near.start === 0 && near.end === text.length;
  const anywhere = wholeText ? nearby : fuzzyMatch(text, quote, position.start, { start: 0, end: text.length });
  if (anywhere !== null && better(anywhere, MIN_SCORE)) return placed(text, quote, anywhere);

  // The same words are the same words: they anchor even where their context changed.
  if (exact !== null) return placed(text, quote, exact);
  return anywhere === null ? orphan : { ...orphan, score: anywhere.score };
}

/** The best place within `range` where the quote occurs with a tolerable number of edits. */
function fuzzyMatch(text: string, quote: TextQuote, hint: number, range: TextPosition): ScoredMatch | null {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.exact.length * MAX_ERROR_RATE));
  const matches = approxSearch(text.slice(range.start, range.end), quote.exact, maxErrors).map((match) => ({
    ...match,
    start: match.start + range.start,
    end: match.end + range.start,
  }));
  return bestMatch(text, matches, quote, hint);
}

function placed(text: string, quote: TextQuote, match: ScoredMatch): Resolution {
  if (match.errors === 0) return { position: { start: match.start, end: match.end }, status: 'anchored', score: match.score };
  return { position: snapToWords(text, match, quote), status: 'fuzzy', score: match.score };
}

/** Every start of quote in text, overlapping ones included. */
function exactOccurrences(text: string, quote: string): ApproxMatch[] {
  const matches: ApproxMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    matches.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return matches;
}
