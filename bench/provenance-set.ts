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
    const quote: LabelledQuote = { sourceId: article.id, start, end, carriers: new Map(), rewrites: new Set() };
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
  return { articles: [...articles, ...copies], quotes };
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
