// A labelled set for the carriers of a quote, built from the corpus: quotes taken from
// real articles, and copies of each quote set in other articles' text, some kept (exact,
// re-punctuated, one figure, name, negation or word changed) and some rewritten past
// recognition. Seeded, so every run labels the same set.

import type { MatchKind, DifferenceKind } from '../src/shared/provenance';
import { seededRandom, type Random } from './seeded-random';

export interface SetArticle {
  id: string;
  text: string;
}

export interface LabelledQuote {
  sourceId: string;
  start: number;
  end: number;
  /** The copies that carry the quote, with how they should compare; the source is not among them. */
  carriers: Map<string, { match: MatchKind; kind: DifferenceKind | null }>;
  /** Copies rewritten past recognition: carriers found there are false. */
  rewrites: Set<string>;
  /** A few words of a sentence, fewer than the fingerprints are sure to find. */
  short: boolean;
}

export interface LabelledSet {
  articles: SetArticle[];
  quotes: LabelledQuote[];
}

const QUOTES_PER_ARTICLE = 3;
const MIN_WORDS = 10;
const MAX_WORDS = 40;

type Edit = (sentence: string, random: Random) => { text: string; match: MatchKind; kind: DifferenceKind | null } | null;

const EDITS: Record<string, Edit> = {
  exact: (sentence) => ({ text: sentence, match: 'exact', kind: null }),
  trivial: (sentence) => ({ text: `“${sentence.replace(/,/g, '').replace(/^./, (c) => c.toLowerCase())}”`, match: 'trivial', kind: 'punctuation' }),
  number: (sentence) => {
    const found = /\b\d+\b/.exec(sentence);
    if (!found) return null;
    const changed = String(Number(found[0]) * 2 + 1);
    return { text: sentence.slice(0, found.index) + changed + sentence.slice(found.index + found[0].length), match: 'altered', kind: 'number' };
  },
  name: (sentence) => {
    const found = / ([A-Z][a-z]{3,})\b/.exec(sentence);
    if (!found) return null;
    return { text: sentence.replace(found[1]!, 'Fredonia'), match: 'altered', kind: 'name' };
  },
  negation: (sentence) => {
    const found = / (is|was|are|were|will|has|have|can|would|could) /.exec(sentence);
    if (!found) return null;
    const at = found.index + found[0].length;
    return { text: `${sentence.slice(0, at)}not ${sentence.slice(at)}`, match: 'altered', kind: 'negation' };
  },
  wording: (sentence, random) => {
    const words = sentence.split(' ');
    const at = random.int(1, words.length - 2);
    if (!/^[a-z]{4,}$/.test(words[at]!)) return null;
    words[at] = 'purportedly';
    return { text: words.join(' '), match: 'altered', kind: 'wording' };
  },
};

/** Words of a short quote: 3 to 6, under the 7 the fingerprints guarantee (as fact-checkers mark "about 200 meters"). */
const SHORT_WORDS = { min: 3, max: 6 };

/** Copies of a short quote: exact, re-punctuated, and (four words or more) a word inserted. */
const SHORT_EDITS: Record<string, Edit> = {
  exact: EDITS.exact!,
  trivial: (phrase) => ({
    // The first letter's case flipped, so the copy differs within its words, not only around them.
    text: `“${phrase.replace(/,/g, '').replace(/\p{L}/u, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()))}!”`,
    match: 'trivial',
    kind: 'punctuation',
  }),
  negation: (phrase, random) => (phrase.split(' ').length >= 4 ? EDITS.negation!(phrase, random) : null),
};

/** One word of a short quote changed: another statement, never a carrier (one edit in three is past MAX_EDIT_SHARE). */
function changeOneWord(phrase: string, random: Random): string {
  const words = phrase.split(' ');
  words[random.int(0, words.length - 1)] = 'purportedly';
  return words.join(' ');
}

/** Half the words replaced: the same topic at best, not the same quote. */
function rewrite(sentence: string, random: Random): string {
  return sentence
    .split(' ')
    .map((word, i) => (i % 2 === 1 || random.chance(0.2) ? `w${random.int(0, 99_999)}` : word))
    .join(' ');
}

export function labelledSet(articles: readonly SetArticle[], seed = 7): LabelledSet {
  const random = seededRandom(seed);
  const copies: SetArticle[] = [];
  const quotes: LabelledQuote[] = [];
  const chosen = articles.flatMap((article) =>
    sentences(article.text)
      .slice(0, QUOTES_PER_ARTICLE)
      .map(({ start, end }) => ({ article, start, end, sentence: article.text.slice(start, end) })),
  );
  // Copies are set in paragraphs of the corpus that hold none of the quotes, so a copy carries only what was put in it.
  const paragraphs = articles
    .flatMap((article) => article.text.split('\n\n'))
    .filter((paragraph) => paragraph.length > 200 && !chosen.some(({ sentence }) => paragraph.includes(sentence)));
  const filler = () => random.pick(paragraphs);
  for (const { article, start, end, sentence } of chosen) {
    const quote: LabelledQuote = { sourceId: article.id, start, end, carriers: new Map(), rewrites: new Set(), short: false };
    for (const [name, edit] of Object.entries(EDITS)) {
      const edited = edit(sentence, random);
      if (edited === null) continue;
      const id = `copy-${quotes.length}-${name}`;
      copies.push({ id, text: `${filler()}\n\nIt was reported that ${edited.text} ${filler()}` });
      quote.carriers.set(id, { match: edited.match, kind: edited.kind });
    }
    const rewritten = `copy-${quotes.length}-rewrite`;
    copies.push({ id: rewritten, text: `${filler()}\n\n${rewrite(sentence, random)}\n\n${filler()}` });
    quote.rewrites.add(rewritten);
    quotes.push(quote);
  }
  // Drawn after the long quotes, so adding them left the long quotes' draws as they were.
  for (const { article, start, sentence } of chosen) {
    const phrase = phraseOf(sentence, random);
    if (phrase === null) continue;
    const quote: LabelledQuote = { sourceId: article.id, start: start + phrase.at, end: start + phrase.at + phrase.text.length, carriers: new Map(), rewrites: new Set(), short: true };
    for (const [name, edit] of Object.entries(SHORT_EDITS)) {
      const edited = edit(phrase.text, random);
      if (edited === null) continue;
      const id = `copy-${quotes.length}-short-${name}`;
      copies.push({ id, text: `${filler()}\n\nIt was reported that ${edited.text} ${filler()}` });
      quote.carriers.set(id, { match: edited.match, kind: edited.kind });
    }
    if (phrase.text.split(' ').length === SHORT_WORDS.min) {
      const changed = `copy-${quotes.length}-short-changed`;
      copies.push({ id: changed, text: `${filler()}\n\nIt was reported that ${changeOneWord(phrase.text, random)} ${filler()}` });
      quote.rewrites.add(changed);
    }
    quotes.push(quote);
  }
  return { articles: [...articles, ...copies], quotes };
}

/** A few consecutive words of the sentence, where they start in it; null for a sentence too short. */
export function phraseOf(sentence: string, random: Random): { text: string; at: number } | null {
  const words = sentence.split(' ');
  const count = random.int(SHORT_WORDS.min, SHORT_WORDS.max);
  if (words.length < count) return null;
  const first = random.int(0, words.length - count);
  const at = words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
  return { text: words.slice(first, first + count).join(' '), at };
}

/** Sentences of a quotable length, as an analyst would select them. */
export function sentences(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/[A-Z][^.!?\n]{40,400}[.!?]/g)]
    .map((match) => ({ start: match.index, end: match.index + match[0].length }))
    .filter(({ start, end }) => {
      const words = text.slice(start, end).split(/\s+/).length;
      return words >= MIN_WORDS && words <= MAX_WORDS;
    });
}
