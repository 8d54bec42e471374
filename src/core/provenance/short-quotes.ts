// Carriers of a quote too short for the fingerprints: a run of fewer than
// GUARANTEED_WORDS words may keep no winnowed k-gram ("is orchestrating an attack",
// "about 200 meters"), so its candidates come from a word index instead (the articles
// holding every one of its telling words), and each is searched for all the quote's
// words around the places its longest telling word occurs.

import type { TextPosition } from '../../shared/model';
import { GUARANTEED_WORDS, wordEndAfter, words, wordStartBefore, type Word } from './fingerprint';
import { alignWords, indexOfRun } from './word-diff';

/** Quotes of fewer words may keep no fingerprint: they are looked up by their words. */
export const SHORT_QUOTE_WORDS = GUARANTEED_WORDS;

/**
 * A word the word index holds as it is wherever a carrier has it: letters only, four
 * or more. Shorter words are the common ones ("is", "an", "the"), which narrow nothing,
 * and abbreviations written with stops in one article and without in another ("U.S."
 * and "US"), which the index splits into other terms; a figure is often written with
 * a symbol ("$200") that the index keeps in its term. Those are checked in the text.
 * A carrier writing a telling word with a hyphen or stop inside it ("e-mail" for
 * "email") is missed: rare among a quote's few words.
 */
const TELLING_WORD = /^\p{L}{4,}$/u;

/** The quote's words to look its candidates up by, as written in it. */
export function tellingWords(quote: string, list: readonly Word[]): string[] {
  return [...new Set(list.map((word) => quote.slice(word.start, word.end)).filter((word) => TELLING_WORD.test(word)))];
}

/** The quote's longest telling word (the likeliest rare) and where it starts in the quote: the places to look at in an article. */
export function anchorOf(quote: string, list: readonly Word[]): Anchor | null {
  let anchor: Anchor | null = null;
  for (const word of list) {
    const written = quote.slice(word.start, word.end);
    if (TELLING_WORD.test(written) && written.length > (anchor?.word.length ?? 0)) anchor = { word: written, offset: word.start };
  }
  return anchor;
}

export interface Anchor {
  /** Letters only, so it needs no escaping in a pattern. */
  word: string;
  offset: number;
}

export interface ShortQuote {
  /** The quote from its first word to its last. */
  text: string;
  norms: readonly string[];
  maxEdits: number;
  /** Without one (a quote of short words found by its fingerprints) the whole article is searched. */
  anchor: Anchor | null;
  /** How far from where the anchor says the quote starts its words may be. */
  slack: number;
}

/**
 * Where the article carries the quote: its very characters if anywhere, else its
 * words (case, punctuation or quote marks differing), else the place within maxEdits
 * word edits. Only the words around the anchor's occurrences are split and compared,
 * not the whole article.
 */
export function locateShort(quote: ShortQuote, text: string): TextPosition | null {
  if (quote.norms.length === 0) return null;
  let trivial: TextPosition | null = null;
  let near: { edits: number; position: TextPosition } | null = null;
  for (const { from, to } of regionsOf(quote, text)) {
    const list = words(text.slice(from, to));
    const norms = list.map((word) => word.norm);
    const span = (start: number, end: number) => ({ start: from + list[start]!.start, end: from + list[end - 1]!.end });
    for (let at = indexOfRun(norms, quote.norms); at >= 0; at = indexOfRun(norms, quote.norms, at + 1)) {
      const position = span(at, at + quote.norms.length);
      if (text.slice(position.start, position.end) === quote.text) return position;
      trivial ??= position;
    }
    if (trivial !== null || quote.maxEdits === 0) continue;
    const found = alignWords(quote.norms, norms, quote.maxEdits);
    if (found !== null && found.end > found.start && (near === null || found.edits < near.edits)) {
      near = { edits: found.edits, position: span(found.start, found.end) };
    }
  }
  return trivial ?? near?.position ?? null;
}

/** The stretches of the article around each occurrence of the anchor (in any case), overlapping ones as one. */
function regionsOf(quote: ShortQuote, text: string): Array<{ from: number; to: number }> {
  if (quote.anchor === null) return [{ from: 0, to: text.length }];
  const regions: Array<{ from: number; to: number }> = [];
  for (const match of text.matchAll(new RegExp(quote.anchor.word, 'giu'))) {
    const start = match.index - quote.anchor.offset;
    const from = wordStartBefore(text, Math.max(0, start - quote.slack));
    const to = wordEndAfter(text, Math.min(text.length, start + quote.text.length + quote.slack));
    const last = regions.at(-1);
    if (last !== undefined && from <= last.to) last.to = Math.max(last.to, to);
    else regions.push({ from, to });
  }
  return regions;
}
