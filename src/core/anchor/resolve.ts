// Finding a selector's words in a text, cheapest way first: the recorded position,
// then the exact quote checked against its context, then the quote with edits near the
// old position (first where its surviving words are, then the whole neighbourhood),
// then where its surviving words are anywhere, then the quote with edits anywhere.
// Never places an anchor on words that do not score as the quote; such an anchor is
// orphaned at its old position.

import type { AnchorStatus, Selector, TextPosition, TextQuote } from '../../shared/model';
import { approxSearcher, type ApproxMatch } from './approx-search';
import { distinctiveWords, fragmentWindows } from './fragments';
import { bestLazyMatch, bestMatch, MIN_SCORE, type ScoredMatch } from './match-quote';
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
 * How far either side of the old position, beyond the quote's own edits, the
 * neighbourhood reaches: the shift to expect. A page revised throughout moves a
 * passage by the net of what was added and cut above it, which grows with its offset
 * (on the corpus, at a tenth of the letters edited, under 4% of it for 99 quotes in
 * 100); the floor covers the top of the page. Text added or cut in one place (a new
 * paragraph) moves it further: the surviving words find it then, anywhere.
 */
const WINDOW_SHIFT_SHARE = 0.05;
const WINDOW_SHIFT_FLOOR = 100;
/**
 * A candidate found before the whole text was searched is taken without looking
 * further only when quote and context agree this well. Far from the old position:
 * an edited quote whose context survived scores above it even at the edit limit
 * (0.86), while words that merely resemble the quote stay below 0.7. Near it, being
 * where the passage should be is evidence too, and a quote and context both edited
 * (a tenth of their letters scores about 0.8) are taken there; a closer look-alike in
 * the same few hundred characters is still compared, since the window holds it.
 */
const NEAR_ACCEPT_SCORE = 0.8;
const FAR_ACCEPT_SCORE = 0.85;

/**
 * The step of the chain that placed the quote, or orphaned it: the recorded position;
 * an exact occurrence; a fuzzy search of the small windows its surviving words point
 * to near the old position, of the whole neighbourhood of the old position, of the
 * windows its surviving words point to anywhere; or of the whole text.
 */
export type Stage = 'position' | 'exact' | 'near-words' | 'window' | 'far-words' | 'whole-text';

export interface Resolution {
  position: TextPosition;
  status: AnchorStatus;
  stage: Stage;
  /**
   * 0 to 1, when candidates had to be scored: the chosen one's score, or for an orphan
   * the best rejected one's.
   */
  score?: number;
}

/**
 * Cheapest first: each step either places the quote with confidence or hands over to a
 * costlier one. A window costs a few hundred characters of fuzzy search and finding the
 * words a scan by indexOf, where the whole text costs a fuzzy search of all of it (at
 * a tenth of the letters edited, nine quotes in ten are placed from the windows). The
 * price is that a quote found in a window is taken without looking at the rest of the
 * page, which is why only a candidate whose quote and context both agree
 * (NEAR_ACCEPT_SCORE, FAR_ACCEPT_SCORE) is taken there.
 */
export function resolveSelector(text: string, selector: Selector): Resolution {
  const { position, quote } = selector;
  if (text.slice(position.start, position.end) === quote.exact) {
    return { position: { start: position.start, end: position.end }, status: 'anchored', stage: 'position' };
  }
  const orphan: Resolution = { position: { start: position.start, end: position.end }, status: 'orphaned', stage: 'whole-text' };
  if (quote.exact.length === 0) return orphan;

  const exact = bestMatch(text, exactOccurrences(text, quote.exact), quote, position.start);
  if (exact !== null && exact.score >= MIN_SCORE) return placed(text, quote, exact, 'exact');

  // No exact occurrence, or only ones in foreign context: an edited copy in the right
  // context may be the better place.
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.exact.length * MAX_ERROR_RATE));
  const search = approxSearcher(text, quote.exact, maxErrors);
  const best = (ranges: readonly TextPosition[]) => bestLazyMatch(text, ranges.flatMap(search), quote, position.start);
  const better = (match: ScoredMatch, threshold: number) =>
    match.score >= threshold && (exact === null || match.score > exact.score);

  const near = aroundOldPosition(text, position, maxErrors);
  const words = distinctiveWords(quote.exact);
  // The window most surviving words agree on is nearly always the quote's: each next
  // one is searched only when it was not.
  for (const window of fragmentWindows(text, words, quote.exact.length, maxErrors, near, position.start)) {
    const nearWords = best([window]);
    if (nearWords !== null && better(nearWords, NEAR_ACCEPT_SCORE)) return placed(text, quote, nearWords, 'near-words');
  }
  const nearby = best([near]);
  if (nearby !== null && better(nearby, NEAR_ACCEPT_SCORE)) return placed(text, quote, nearby, 'window');
  const whole = { start: 0, end: text.length };
  const searchedAll = near.start === whole.start && near.end === whole.end;
  const farWords = searchedAll ? null : best(fragmentWindows(text, words, quote.exact.length, maxErrors, whole, position.start));
  if (farWords !== null && better(farWords, FAR_ACCEPT_SCORE)) return placed(text, quote, farWords, 'far-words');
  const anywhere = searchedAll ? nearby : best([whole]);
  if (anywhere !== null && better(anywhere, MIN_SCORE)) return placed(text, quote, anywhere, 'whole-text');

  // The same words are the same words: they anchor even where their context changed.
  if (exact !== null) return placed(text, quote, exact, 'exact');
  return anywhere === null ? orphan : { ...orphan, score: anywhere.score };
}

function aroundOldPosition(text: string, position: TextPosition, maxErrors: number): TextPosition {
  const reach = maxErrors + WINDOW_SHIFT_FLOOR + Math.ceil(WINDOW_SHIFT_SHARE * position.start);
  const end = Math.min(text.length, position.end + reach);
  return { start: Math.min(end, Math.max(0, position.start - reach)), end };
}

function placed(text: string, quote: TextQuote, match: ScoredMatch, stage: Stage): Resolution {
  if (match.errors === 0) return { position: { start: match.start, end: match.end }, status: 'anchored', stage, score: match.score };
  return { position: snapToWords(text, match, quote), status: 'fuzzy', stage, score: match.score };
}

/** Every start of quote in text, overlapping ones included. */
function exactOccurrences(text: string, quote: string): ApproxMatch[] {
  const matches: ApproxMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    matches.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return matches;
}
