// Where an edited quote may be now, told by the words of it that survived. An edit
// changes a few letters of a quote and leaves most of its longer words intact; each
// exact occurrence of such a word, found with the engine's native indexOf, says where
// the quote starts if the word still sits where it did in it. A fuzzy search of the
// few small windows that these starts point to then replaces a search of the whole
// text, wherever the quote moved.

import type { TextPosition } from '../../shared/model';

/** Shorter words (the, and, of) occur all over a page and point nowhere in particular. */
const MIN_FRAGMENT_CHARS = 4;
/** The longest words first: the longer a word, the rarer, and the fewer false starts. */
const MAX_FRAGMENTS = 10;
/** A word found more often than this on the page is not distinctive: it is skipped. */
const MAX_OCCURRENCES = 4;
/** The windows most words agree on; past these, the whole text is cheaper to search. */
const MAX_WINDOWS = 3;

interface Window extends TextPosition {
  /** One bit per fragment found in the window: how many of the quote's words agree on it. */
  fragments: number;
}

/**
 * Up to MAX_WINDOWS ranges of text, each large enough to hold the whole quote with
 * `maxErrors` edits around a start that a surviving word found in `region` points to:
 * the ones most words agree on first, then the nearest to `hint`. Not overlapping;
 * none when no distinctive word of the quote is in the region.
 */
export function fragmentWindows(
  text: string,
  words: readonly DistinctiveWord[],
  quoteLength: number,
  maxErrors: number,
  region: TextPosition,
  hint: number,
): TextPosition[] {
  // A slice shares the text's characters: indexOf then stops at the region's end.
  const searched = text.slice(region.start, region.end);
  const windows: Window[] = [];
  words.forEach(({ word, offsets }, index) => {
    const found = occurrences(searched, word);
    if (found.length > MAX_OCCURRENCES) return;
    for (const at of found) {
      for (const offset of offsets) {
        // The quote's edits before the word move its start by at most maxErrors either
        // way, and its edits after the word move its end as much again.
        const start = region.start + at - offset;
        windows.push({
          start: Math.max(0, start - 2 * maxErrors),
          end: Math.min(text.length, start + quoteLength + 2 * maxErrors),
          fragments: 1 << index,
        });
      }
    }
  });
  const distance = (window: Window) => Math.abs(window.start + 2 * maxErrors - hint);
  return merged(windows)
    .sort((a, b) => bitCount(b.fragments) - bitCount(a.fragments) || distance(a) - distance(b))
    .slice(0, MAX_WINDOWS)
    .map(({ start, end }) => ({ start, end }));
}

export interface DistinctiveWord {
  word: string;
  /** Every offset where the quote has it. */
  offsets: number[];
}

/**
 * The quote's longest distinct words, with any punctuation attached (a word is only a
 * piece of the quote to look for): found once, looked for near the old position and
 * then anywhere. Doc.text separates words by a space or a paragraph break.
 */
export function distinctiveWords(quote: string): DistinctiveWord[] {
  const offsetsOf = new Map<string, number[]>();
  for (let start = 0; start < quote.length; ) {
    const space = quote.slice(start).search(/[ \n]/);
    const end = space === -1 ? quote.length : start + space;
    if (end - start >= MIN_FRAGMENT_CHARS) {
      const word = quote.slice(start, end);
      offsetsOf.set(word, [...(offsetsOf.get(word) ?? []), start]);
    }
    start = end + 1;
  }
  return [...offsetsOf]
    .map(([word, offsets]) => ({ word, offsets }))
    .sort((a, b) => b.word.length - a.word.length)
    .slice(0, MAX_FRAGMENTS);
}

/** Where word occurs in text, stopping once it is known to be too common. */
function occurrences(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at !== -1 && found.length <= MAX_OCCURRENCES; at = text.indexOf(word, at + 1)) {
    found.push(at);
  }
  return found;
}

/** Overlapping windows as one, agreeing with every fragment that pointed into it. */
function merged(windows: Window[]): Window[] {
  const result: Window[] = [];
  for (const window of [...windows].sort((a, b) => a.start - b.start)) {
    const last = result.at(-1);
    if (last !== undefined && window.start <= last.end) {
      last.end = Math.max(last.end, window.end);
      last.fragments |= window.fragments;
    } else {
      result.push({ ...window });
    }
  }
  return result;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}
