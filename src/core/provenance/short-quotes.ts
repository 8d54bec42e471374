// Carriers of a quote too short for the fingerprints: a run of fewer than
// GUARANTEED_WORDS words may keep no winnowed k-gram ("is orchestrating an attack",
// "about 200 meters"), so its candidates come from a word index instead (the articles
// holding every one of its telling words), and each is searched for the quote's words
// in full.

import type { TextPosition } from '../../shared/model';
import { GUARANTEED_WORDS, words, type Word } from './fingerprint';
import { alignWords, indexOfRun } from './word-diff';

/** Quotes of fewer words may keep no fingerprint: they are looked up by their words. */
export const SHORT_QUOTE_WORDS = GUARANTEED_WORDS;

/**
 * A word the word index holds as it is wherever a carrier has it: letters only, four
 * or more. Shorter words are the common ones ("is", "an", "the"), which narrow nothing,
 * and abbreviations written with stops in one article and without in another ("U.S."
 * and "US"), which the index splits into other terms; a figure is often written with
 * a symbol ("$200") that the index keeps in its term. Those are checked in the text.
 */
const TELLING_WORD = /^\p{L}{4,}$/u;

/** The quote's words to look its candidates up by, as written in it. */
export function tellingWords(quote: string, list: readonly Word[]): string[] {
  return [...new Set(list.map((word) => quote.slice(word.start, word.end)).filter((word) => TELLING_WORD.test(word)))];
}

export interface ShortQuote {
  /** The quote from its first word to its last. */
  text: string;
  norms: readonly string[];
  maxEdits: number;
}

/**
 * Where the article carries the quote: its very characters if anywhere, else its
 * words (case, punctuation or quote marks differing), else the place within maxEdits
 * word edits. The whole article is aligned, which short quotes make cheap.
 */
export function locateShort(quote: ShortQuote, text: string): TextPosition | null {
  if (quote.norms.length === 0) return null;
  const list = words(text);
  const norms = list.map((word) => word.norm);
  const span = (start: number, end: number) => ({ start: list[start]!.start, end: list[end - 1]!.end });
  let first: TextPosition | null = null;
  for (let at = indexOfRun(norms, quote.norms); at >= 0; at = indexOfRun(norms, quote.norms, at + 1)) {
    const position = span(at, at + quote.norms.length);
    if (text.slice(position.start, position.end) === quote.text) return position;
    first ??= position;
  }
  if (first !== null || quote.maxEdits === 0) return first;
  const found = alignWords(quote.norms, norms, quote.maxEdits);
  return found === null || found.end === found.start ? null : span(found.start, found.end);
}
