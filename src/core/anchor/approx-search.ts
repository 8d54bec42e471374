// Approximate search: every place where a pattern occurs in a text with at most k
// edits (insertions, deletions, substitutions), as spans with their edit counts.

import type { TextPosition } from '../../shared/model';
import { compilePattern, findMatchEnds, type MatchEnd } from './myers';

export interface ApproxMatch {
  start: number;
  end: number;
  /** Levenshtein distance between the pattern and text[start, end). */
  errors: number;
}

/** A match whose start is found when asked: finding it costs more than finding its end. */
export interface LazyMatch {
  end: number;
  errors: number;
  locate(): ApproxMatch;
}

/**
 * One match per local minimum of the edit count along the text: around a true
 * occurrence the count falls to its best at the true end and rises again either side,
 * and those neighbours are the same occurrence, not new ones.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  return approxSearcher(text, pattern, maxErrors)({ start: 0, end: text.length }).map((match) => match.locate());
}

/**
 * approxSearch of any window of the text, the pattern prepared once: a match found in
 * a window lies wholly inside it, at its offsets in the whole text.
 */
export function approxSearcher(text: string, pattern: string, maxErrors: number): (range: TextPosition) => LazyMatch[] {
  const compiled = compilePattern(pattern);
  return (range) =>
    localMinima(findMatchEnds(text, compiled, maxErrors, range)).map(({ end, errors }) => ({
      end,
      errors,
      locate: () => ({ start: bestStart(text, pattern, end, errors, range.start), end, errors }),
    }));
}

/** The first end of each run of consecutive ends whose count is lower than both neighbours. */
function localMinima(ends: MatchEnd[]): MatchEnd[] {
  const minima: MatchEnd[] = [];
  for (let i = 0; i < ends.length; i++) {
    const here = ends[i]!;
    const before = ends[i - 1];
    if (before !== undefined && before.end === here.end - 1 && before.errors <= here.errors) continue;
    let next = i + 1;
    while (ends[next]?.end === here.end + (next - i) && ends[next]!.errors === here.errors) next += 1;
    const after = ends[next];
    if (after === undefined || after.end !== here.end + (next - i) || after.errors > here.errors) minima.push(here);
  }
  return minima;
}

/**
 * Where the match ending at `end` with `errors` edits starts: the edit distance between
 * the pattern and each text span ending there, computed backwards over the band of
 * spans that can be within `errors` edits (their length is pattern.length ± errors).
 * Among equally good starts, the one giving the pattern's own length wins. No start is
 * before `earliest`, where the search began.
 */
function bestStart(text: string, pattern: string, end: number, errors: number, earliest: number): number {
  const length = pattern.length;
  const width = Math.min(end - earliest, length + errors);
  const unreachable = length + width + 1;
  // distance[w] = edit distance between the last i pattern characters and the last w text characters.
  let previous = new Int32Array(width + 2).fill(unreachable);
  let current = new Int32Array(width + 2).fill(unreachable);
  for (let w = 0; w <= Math.min(width, errors); w++) previous[w] = w;
  for (let i = 1; i <= length; i++) {
    const from = Math.max(0, i - errors);
    const to = Math.min(width, i + errors);
    const patternCode = pattern.charCodeAt(length - i);
    if (from > 0) current[from - 1] = unreachable;
    for (let w = from; w <= to; w++) {
      const substitute = w === 0 ? unreachable : previous[w - 1]! + (text.charCodeAt(end - w) === patternCode ? 0 : 1);
      const skipText = w === 0 ? unreachable : current[w - 1]! + 1;
      current[w] = Math.min(substitute, previous[w]! + 1, skipText);
    }
    current[to + 1] = unreachable;
    [previous, current] = [current, previous];
  }
  let best = Math.min(length, width);
  let bestDistance = unreachable;
  for (let w = Math.max(0, length - errors); w <= Math.min(width, length + errors); w++) {
    const distance = previous[w]!;
    if (distance < bestDistance || (distance === bestDistance && Math.abs(w - length) < Math.abs(best - length))) {
      best = w;
      bestDistance = distance;
    }
  }
  return end - best;
}
