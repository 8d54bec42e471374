// A fuzzy match can begin or end inside a word when words were inserted next to the
// quote ("an interview" found as "usive interview" in "an exclusive interview"). A
// match is widened to whole words on each side where the selection itself began or
// ended at a word boundary, as its recorded prefix and suffix tell.

import type { TextPosition, TextQuote } from '../../shared/model';

const WORD_CHAR = /[\p{L}\p{N}]/u;

const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char);

export function snapToWords(text: string, match: TextPosition, quote: TextQuote): TextPosition {
  let { start, end } = match;
  if (!isWordChar(quote.prefix.at(-1))) {
    while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  }
  if (!isWordChar(quote.suffix[0])) {
    while (end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end])) end++;
  }
  return { start, end };
}
