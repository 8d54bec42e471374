// Finding a selector's words in a text, cheapest way first: the recorded position,
// then the exact quote, then the quote with edits. Never places an anchor on words
// that do not score as the quote; such an anchor is orphaned at its old position.

import type { AnchorStatus, Selector, TextPosition } from '../../shared/model';
import { approxSearch, type ApproxMatch } from './approx-search';
import { bestMatch, MIN_SCORE, type ScoredMatch } from './match-quote';

/** Edits tolerated per quote character: a quarter still leaves most words intact. */
const MAX_ERROR_RATE = 1 / 4;
/**
 * Edits tolerated in any quote. Each 32 more costs one more bit-vector block per text
 * character, and a long quote that changed by more than this is better re-anchored by
 * the analyst than guessed.
 */
const MAX_ERRORS = 32;

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
  if (exact !== null && exact.score >= MIN_SCORE) return placed(exact);

  // No exact occurrence, or only ones in foreign context: an edited copy in the right
  // context may be the better place.
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.exact.length * MAX_ERROR_RATE));
  const fuzzy = bestMatch(text, approxSearch(text, quote.exact, maxErrors), quote, position.start);
  if (fuzzy !== null && fuzzy.score >= MIN_SCORE && (exact === null || fuzzy.score > exact.score)) {
    return placed(fuzzy);
  }
  // The same words are the same words: they anchor even where their context changed.
  if (exact !== null) return placed(exact);
  return fuzzy === null ? orphan : { ...orphan, score: fuzzy.score };
}

function placed(match: ScoredMatch): Resolution {
  return {
    position: { start: match.start, end: match.end },
    status: match.errors === 0 ? 'anchored' : 'fuzzy',
    score: match.score,
  };
}

/** Every start of quote in text, overlapping ones included. */
function exactOccurrences(text: string, quote: string): ApproxMatch[] {
  const matches: ApproxMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    matches.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return matches;
}
