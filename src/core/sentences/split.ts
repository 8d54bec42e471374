// Splitting an article's canonical text into sentences, with offsets into that text.
// A sentence ends at . ! ? or an ellipsis followed by space and a capital (or an opening
// quote, bracket or digit); what looks like an end but is an abbreviation, an initial, a
// dotted acronym before a name or a question quoted mid-sentence is passed over.
// Line breaks always end a sentence: Doc.text separates blocks with them.

import type { TextPosition } from '../../shared/model';

/** Titles and short forms that are never the last word of a sentence. */
const TITLES = new Set(
  `mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr rev hon pres supt
   insp det fr messrs mmes vs etc e.g i.e cf al inc corp co ltd no nos mt ft approx dept
   univ est fig vol pp ed eds`
    .split(/\s+/)
    .filter(Boolean),
);

/** Short months end a sentence only when no day or year follows ("Dec. 31", "Jan. 2021"). */
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** Words that open a new sentence after a dotted acronym ("… to the U.S. The talks …"). */
const OPENERS = new Set(
  `the a an he she it they we i you this that these those there his her its their our my
   but and so yet or if in on at for after before when while as since although though
   however meanwhile still then now what who why how`.split(/\s+/),
);

const TERMINATOR = /[.!?…]+["”’')\]]*(?=\s)|\n+/g;
const NEXT_STARTS_SENTENCE = /^\s*["“‘'([]?[\p{Lu}\p{N}]/u;

export function splitSentences(text: string): TextPosition[] {
  const sentences: TextPosition[] = [];
  let start = 0;
  for (const match of text.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    if (match[0][0] !== '\n' && !endsSentence(text, match.index, end)) continue;
    pushTrimmed(text, start, end, sentences);
    start = end;
  }
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

/** Whether the terminator at [at, end) closes the sentence, judged by the words around it. */
function endsSentence(text: string, at: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (!NEXT_STARTS_SENTENCE.test(after)) return false;
  if (text[at] !== '.' || text.startsWith('..', at)) return true;
  const word = lastWord(text, at);
  const lower = word.toLowerCase();
  const nextWord = /^\s*["“‘'([]?([\p{L}\p{N}]+)/u.exec(after)?.[1] ?? '';
  if (TITLES.has(lower)) return false;
  if (MONTHS.has(lower)) return !/^\d/.test(nextWord);
  // An initial: "John F. Kennedy".
  if (/^\p{Lu}$/u.test(word)) return false;
  // A dotted acronym: "U.S.", "a.m."; it ends a sentence only before a usual opener.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return OPENERS.has(nextWord.toLowerCase());
  return true;
}

/** The word just before the dot at `at`, with its inner dots ("U.S" for "U.S."). */
function lastWord(text: string, at: number): string {
  let from = at;
  while (from > 0 && /[\p{L}\p{N}.]/u.test(text[from - 1]!)) from--;
  return text.slice(from, at);
}

function pushTrimmed(text: string, start: number, end: number, into: TextPosition[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) into.push({ start, end });
}
