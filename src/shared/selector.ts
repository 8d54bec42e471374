// Building selectors from a span of Doc.text, finding a typed quote, and cutting
// readable context around a span. Pure: the renderer, the CLI and core all use it.

import { QUOTE_CONTEXT, type Selector, type TextPosition, type TextQuote } from './model';

/** Characters of context on each side of a quote in a report. */
export const REPORT_CONTEXT = 100;

const ELLIPSIS = '…';

/** The W3C position + quote selector for text[start, end). */
export function selectorFor(text: string, start: number, end: number): Selector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Cannot select [${start}, ${end}) in a text of ${text.length} characters.`);
  }
  return {
    position: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: textBefore(text, start, QUOTE_CONTEXT),
      suffix: textAfter(text, end, QUOTE_CONTEXT),
    },
  };
}

/**
 * A quote as Doc.text would spell it: NFC, whitespace runs as one space, no leading or
 * trailing space. Doc.text is normalized the same way at import, so a quote typed by
 * hand finds its words with a plain search.
 */
export function normalizeQuote(quote: string): string {
  return quote.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Start offsets of every non-overlapping occurrence of normalizeQuote(quote) in text.
 * The occurrence ends normalizeQuote(quote).length characters later. A quote that
 * spans two blocks must spell the block break ("\n\n") to be found.
 */
export function findOccurrences(text: string, quote: string): number[] {
  const needle = normalizeQuote(quote);
  const starts: number[] = [];
  if (needle.length === 0) return starts;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    starts.push(at);
  }
  return starts;
}

export interface QuoteInContext {
  before: string;
  exact: string;
  after: string;
}

/**
 * The span with up to `chars` characters either side, cut at word boundaries. A side
 * that was cut gets an ellipsis; a side that reaches the start or end of the text
 * does not. Positions outside the text are clamped to it.
 */
export function contextAround(text: string, position: TextPosition, chars = REPORT_CONTEXT): QuoteInContext {
  const start = clamp(position.start, 0, text.length);
  const end = clamp(position.end, start, text.length);
  const before = textBefore(text, start, chars);
  const after = textAfter(text, end, chars);
  const from = start - before.length;
  const to = end + after.length;
  return {
    before: from === 0 ? before : ELLIPSIS + (splitsWord(text, from) ? dropFirstWord(before) : before).trimStart(),
    exact: text.slice(start, end),
    after: to === text.length ? after : (splitsWord(text, to) ? dropLastWord(after) : after).trimEnd() + ELLIPSIS,
  };
}

/**
 * The same shape from a quote selector alone, for when the text is not at hand. A
 * prefix or suffix as long as QUOTE_CONTEXT was cut from a longer text: it loses its
 * outer word, which may be partial, and gains an ellipsis.
 */
export function recordedContext(quote: TextQuote): QuoteInContext {
  const { prefix, exact, suffix } = quote;
  return {
    before: prefix.length < QUOTE_CONTEXT ? prefix : ELLIPSIS + dropFirstWord(prefix).trimStart(),
    exact,
    after: suffix.length < QUOTE_CONTEXT ? suffix : dropLastWord(suffix).trimEnd() + ELLIPSIS,
  };
}

/** True when offset falls between two letters of one word. */
function splitsWord(text: string, offset: number): boolean {
  return /\S\S/.test(text.slice(offset - 1, offset + 1));
}

/** Drops the partial word at the start, unless the whole side is one word. */
function dropFirstWord(side: string): string {
  const space = side.search(/\s/);
  return space === -1 ? side : side.slice(space + 1);
}

function dropLastWord(side: string): string {
  const space = /\s\S*$/.exec(side);
  return space === null ? side : side.slice(0, space.index);
}

/** Up to `chars` characters ending at `offset`, without half a surrogate pair. */
function textBefore(text: string, offset: number, chars: number): string {
  let from = Math.max(0, offset - chars);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from += 1;
  return text.slice(from, offset);
}

/** Up to `chars` characters starting at `offset`, without half a surrogate pair. */
function textAfter(text: string, offset: number, chars: number): string {
  let to = Math.min(text.length, offset + chars);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to -= 1;
  return text.slice(offset, to);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
