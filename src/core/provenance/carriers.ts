// The articles carrying a quote: candidates from the fingerprint index (or, for a quote
// too short for it, from the articles holding its words), each aligned word by word with
// the quote to find where it carries it and how its words differ, then ordered by
// publication so the first to publish the words comes first.

import type { ArticleSummary, Id, TextPosition } from '../../shared/model';
import type { Carrier, Carriers } from '../../shared/provenance';
import { selectorFor } from '../../shared/selector';
import { compareSides, side, type Comparison, type Side } from './differences';
import { kgramHashes, K, winnow, WINDOW, wordEndAfter, words, wordStartBefore } from './fingerprint';
import type { Candidate, FingerprintIndex } from './fingerprint-index';
import { anchorOf, locateShort, SHORT_QUOTE_WORDS, tellingWords } from './short-quotes';
import { alignWords, indexOfRun } from './word-diff';
import { CHUNK, FILTER_SIZE, missingFrom, wordHashes } from './word-filter';

/**
 * Word edits a near copy may have, as a share of the quote's words: a quarter lets a
 * figure, a name or a hedge change ("some 25" → "at least 25" is two edits in a short
 * sentence) while another sentence built on the same phrase ("… has been cancelled
 * without notice") with a different subject is not taken for a copy of it.
 */
const MAX_EDIT_SHARE = 1 / 4;

export interface CarrierQuery {
  quote: string;
  /** Where the quote was taken from: that article carries it there, whatever else it holds. */
  source?: { articleId: Id; position: TextPosition };
}

export interface CarrierSources {
  index: FingerprintIndex;
  summaries: ReadonlyMap<Id, ArticleSummary>;
  /** An article's text, or null when it cannot be read (it is then left out). */
  readText(articleId: Id): Promise<string | null>;
  /** The articles whose title or text holds every one of these words (never none of them): candidates for a short quote. */
  articlesWithWords(words: readonly string[]): Promise<readonly Id[]>;
}

export async function findCarriers(query: CarrierQuery, sources: CarrierSources): Promise<Carriers> {
  const quote = quoteOf(query.quote);
  const compare = comparer(quote.side);
  const carriers: Carrier[] = [];
  const sourceId = query.source?.articleId;
  for (const candidate of await candidatesOf(quote, sources)) {
    const summary = sources.summaries.get(candidate.articleId);
    if (summary === undefined || candidate.articleId === sourceId) continue;
    const text = await sources.readText(candidate.articleId);
    if (text === null) continue;
    const place = candidate.locate(text);
    if (place !== null) carriers.push(carrierAt(compare, summary, text, place));
  }
  if (query.source !== undefined) {
    const summary = sources.summaries.get(query.source.articleId);
    const text = summary && (await sources.readText(summary.id));
    if (summary && text != null) carriers.push(carrierAt(compare, summary, text, query.source.position));
  }
  sortByPublication(carriers);
  return { quote: query.quote, firstArticleId: carriers[0]?.articleId ?? null, carriers };
}

/** Whether the words around some hit hold enough of the quote's words for a copy, by the article's word filter. */
function mayCarry(quote: Quote, filter: Uint32Array, candidate: Candidate): boolean {
  const reach = quote.norms.length + quote.maxEdits;
  let checkedTo = -1;
  for (const at of candidate.wordHits) {
    if (at < checkedTo) continue;
    if (missingFrom(filter, quote.wordHashes, at - reach, at + reach, quote.maxEdits + 1) <= quote.maxEdits) return true;
    checkedTo = at + reach - CHUNK;
  }
  return false;
}

/** Whether two neighbouring stretches of the article hold enough of a short quote's words for a copy, by its word filter. */
function mayCarryAnywhere(quote: Quote, filter: Uint32Array): boolean {
  const stretches = filter.length / FILTER_SIZE;
  for (let stretch = 0; stretch < Math.max(1, stretches - 1); stretch++) {
    if (missingFrom(filter, quote.wordHashes, stretch * CHUNK, (stretch + 2) * CHUNK, quote.maxEdits + 1) <= quote.maxEdits) return true;
  }
  return false;
}

/**
 * Whether some articles can be told to carry the quote by its words: a short quote of
 * common or short words only ("it is", "in 2019") is in nearly every article, and is not
 * looked for (its own article still carries it).
 */
export function canLookFor(quote: string): boolean {
  const { side: quoteSide, norms } = quoteOf(quote);
  return norms.length >= SHORT_QUOTE_WORDS || tellingWords(quoteSide.text, quoteSide.words).length > 0;
}

/** A quote as it is looked for: its words, the edits a near copy may have, and where each of its k-grams starts. */
interface Quote {
  side: Side;
  norms: string[];
  maxEdits: number;
  hashes: Uint32Array;
  /** Its distinct words, as word filters are asked about them. */
  wordHashes: number[];
  /** Each k-gram hash → the offsets in the quote's text of the words it starts at. */
  offsetsOf: Map<number, number[]>;
}

function quoteOf(text: string): Quote {
  const quoteSide = side(core(text));
  const norms = quoteSide.words.map((word) => word.norm);
  const hashes = kgramHashes(quoteSide.words);
  const offsetsOf = new Map<number, number[]>();
  hashes.forEach((hash, at) => {
    const offsets = offsetsOf.get(hash);
    if (offsets === undefined) offsetsOf.set(hash, [quoteSide.words[at]!.start]);
    else offsets.push(quoteSide.words[at]!.start);
  });
  // A short quote gets no edit for free: one word of three changed ("about 100 meters") is another statement.
  const shareOfEdits = Math.floor(norms.length * MAX_EDIT_SHARE);
  const maxEdits = norms.length < SHORT_QUOTE_WORDS ? shareOfEdits : Math.max(1, shareOfEdits);
  return { side: quoteSide, norms, maxEdits, hashes, wordHashes: wordHashes(quoteSide.words), offsetsOf };
}

/** An article that may carry the quote, and how to find where. */
interface Lead {
  articleId: Id;
  locate(text: string): TextPosition | null;
}

/**
 * Articles sharing a fingerprint with the quote; for a short quote, which the fingerprints
 * may miss, also every article holding its telling words, each searched in full.
 */
async function candidatesOf(quote: Quote, sources: CarrierSources): Promise<Lead[]> {
  const sharing = quote.norms.length >= K ? sharingOf(quote, sources.index) : [];
  if (quote.norms.length >= SHORT_QUOTE_WORDS) {
    return sharing.map((candidate) => ({ articleId: candidate.articleId, locate: (text) => locate(quote, text, candidate) }));
  }
  const telling = tellingWords(quote.side.text, quote.side.words);
  const holding = telling.length === 0 ? [] : await sources.articlesWithWords(telling);
  const ids = [...new Set([...holding, ...sharing.map((candidate) => candidate.articleId)])].filter((articleId) => {
    const prints = sources.index.prints(articleId);
    return prints === undefined || mayCarryAnywhere(quote, prints.wordFilter);
  });
  const short = { text: quote.side.text, norms: quote.norms, maxEdits: quote.maxEdits, anchor: anchorOf(quote.side.text, quote.side.words), slack: slackOf(quote) };
  return ids.map((articleId) => ({ articleId, locate: (text) => locateShort(short, text) }));
}

/** The quote from its first word to its last: quote marks and stops around it are the selection's, not the words'. */
function core(quote: string): string {
  const list = words(quote);
  return list.length === 0 ? quote.trim() : quote.slice(list[0]!.start, list.at(-1)!.end);
}

/** Carriers of a wire-copied or templated quote mostly carry one of a few texts: each is compared with the quote once. */
function comparer(quote: Side): (carried: string) => Comparison {
  const compared = new Map<string, Comparison>();
  return (carried) => {
    let comparison = compared.get(carried);
    if (comparison === undefined) compared.set(carried, (comparison = compareSides(quote, side(carried))));
    return comparison;
  };
}

/** Characters allowed per inserted word around a hit: a long word with its space and punctuation. */
const CHARS_PER_EDIT = 16;
/**
 * Characters a copy may gain or lose without a word edit (quote marks, commas, "US"
 * spelled "U.S."): a share of the quote's length, and a few for any quote.
 */
const PUNCTUATION_SHARE = 1 / 8;
const PUNCTUATION_CHARS = 8;

/**
 * A k-gram kept at more places of the case than this is its boilerplate ("said in a
 * statement on", a template's fixed words); MOSS likewise ignores passages found in too
 * many documents.
 */
const COMMON_PLACES = 16;
/** The quote's own k-grams a near copy found by them alone may lack: those around one or two changed words. */
const KEPT_SPARE = 2;
/**
 * The quote's own k-grams kept at more places than this are not walked (but for the
 * rarest, which every copy holds), so a lookup's work does not grow with the case.
 */
const PROBE_PLACES = 256;

/**
 * The articles worth aligning with the quote: those holding one of its k-grams that are
 * rare in the case, and those holding all but at most two of the k-grams the quote keeps
 * itself. Every exact or trivial copy holds all of these (their windows lie inside the
 * quote, so any text carrying its words keeps the same ones), and a copy with a figure
 * or a name changed all but those around it. The thousands of articles sharing only
 * boilerplate with the quote are never walked, and the word filter sets aside those
 * whose words around the shared k-grams are not the quote's. A quote too short for
 * k-grams of its own is looked up by all of them.
 */
function sharingOf(quote: Quote, index: FingerprintIndex): Candidate[] {
  if (quote.hashes.length < WINDOW) return index.lookupHashes(quote.hashes);
  const places = (hash: number) => index.placeCount(hash);
  const rare = [...new Set(quote.hashes)].filter((hash) => places(hash) > 0 && places(hash) <= COMMON_PLACES);
  const [rarest, ...others] = [...new Set(winnow(quote.hashes).map((kept) => kept.hash))].sort((a, b) => places(a) - places(b));
  // Kept k-grams too common to walk are taken as held: a near copy is then aligned, not missed.
  const counted = [rarest!, ...others.filter((hash) => places(hash) <= PROBE_PLACES)];
  const enough = counted.length - Math.min(KEPT_SPARE, others.length);
  return index.lookupHolding(rare, counted, enough).filter((candidate) => mayCarry(quote, index.prints(candidate.articleId)!.wordFilter, candidate));
}

/**
 * Where in the article the quote is, with the fewest edits. Each fingerprint hit says
 * where the quote would start if the article carried it there: most carriers are
 * copies, found by comparing the characters at that place. Otherwise the quote is
 * aligned with the words around that place, never the whole article, and a stretch
 * lacking more of the quote's words than edits allow is not aligned at all.
 */
function locate(quote: Quote, text: string, candidate: Candidate): TextPosition | null {
  const starts = expectedStarts(quote, candidate);
  const length = quote.side.text.length;
  const verbatim = starts.find((start) => carriesVerbatim(text, quote.side.text, start));
  if (verbatim !== undefined) return { start: verbatim, end: verbatim + length };
  const slack = slackOf(quote);
  let best: { edits: number; position: TextPosition } | null = null;
  for (const group of groupsOf(starts, slack)) {
    const from = wordStartBefore(text, Math.max(0, group.first - slack));
    const to = wordEndAfter(text, Math.min(text.length, group.last + length + slack));
    const region = words(text.slice(from, to));
    const regionNorms = region.map((word) => word.norm);
    // Most carriers are copies: their words need no alignment.
    const exactly = indexOfRun(regionNorms, quote.norms);
    if (exactly < 0 && missingWords(quote.norms, regionNorms, quote.maxEdits) > quote.maxEdits) continue;
    const found =
      exactly >= 0 ? { start: exactly, end: exactly + quote.norms.length, edits: 0 } : alignWords(quote.norms, regionNorms, quote.maxEdits);
    if (found === null || found.end === found.start || (best !== null && found.edits >= best.edits)) continue;
    best = { edits: found.edits, position: { start: from + region[found.start]!.start, end: from + region[found.end - 1]!.end } };
    if (best.edits === 0) break;
  }
  return best?.position ?? null;
}

/** How far from where a hit says the quote starts its words may be: the edits allowed and some punctuation. */
function slackOf(quote: Quote): number {
  return quote.maxEdits * CHARS_PER_EDIT + PUNCTUATION_CHARS + Math.ceil(quote.side.text.length * PUNCTUATION_SHARE);
}

/** Where the quote would start in the article by each hit (the hit's offset less its k-gram's offset in the quote), in text order. */
function expectedStarts(quote: Quote, candidate: Candidate): number[] {
  const starts: number[] = [];
  candidate.offsetHits.forEach((offset, at) => {
    for (const inQuote of quote.offsetsOf.get(candidate.hashHits[at]!) ?? []) starts.push(offset - inQuote);
  });
  return starts.sort((a, b) => a - b);
}

/** Expected starts closer together than the slack are one place of the article. */
function groupsOf(starts: readonly number[], slack: number): Array<{ first: number; last: number }> {
  const groups: Array<{ first: number; last: number }> = [];
  for (const start of starts) {
    const group = groups.at(-1);
    if (group !== undefined && start - group.last <= slack) group.last = start;
    else groups.push({ first: start, last: start });
  }
  return groups;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** The characters fingerprint.ts lets join two words into one ("U.S", "1,200", "don’t"). */
const JOINER = /['’‘.,\-‐‑]/u;

/**
 * Whether the text has the quote's very characters at `start`, as whole words: then its
 * words are the quote's, none cut or joined to a neighbour, and no alignment is needed.
 */
function carriesVerbatim(text: string, quote: string, start: number): boolean {
  if (start < 0 || !text.startsWith(quote, start)) return false;
  const end = start + quote.length;
  return !continues(text[start - 1], text[start - 2]) && !continues(text[end], text[end + 1]);
}

/** Whether the characters beside a word, nearest first, continue it: a letter or digit, or a joiner and then one. */
function continues(next: string | undefined, afterNext: string | undefined): boolean {
  if (next === undefined) return false;
  return wordy(next) || (JOINER.test(next) && afterNext !== undefined && wordy(afterNext));
}

/** Half a surrogate pair counts as a letter: a character outside the basic plane is left to the alignment to judge. */
function wordy(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(char);
}

/**
 * How many of the quote's words the region lacks (counting repeats), up to one more than
 * `allowed`: each needs at least one edit. Quotes and regions are a few dozen words, so
 * each word is looked for in turn rather than counted in a map.
 */
function missingWords(quote: readonly string[], region: readonly string[], allowed: number): number {
  const used = new Uint8Array(region.length);
  let missing = 0;
  for (const word of quote) {
    let at = 0;
    while (at < region.length && (used[at] === 1 || region[at] !== word)) at++;
    if (at < region.length) used[at] = 1;
    else if (++missing > allowed) break;
  }
  return missing;
}

function carrierAt(compare: (carried: string) => Comparison, summary: ArticleSummary, text: string, position: TextPosition): Carrier {
  const words = text.slice(position.start, position.end);
  const { match, differences, diff } = compare(words);
  const { id: articleId, title, outlet, publishedAt, importedAt } = summary;
  const selector = selectorFor(text, position.start, position.end);
  return { articleId, title, outlet, publishedAt, importedAt, match, text: words, selector, differences, diff, appearanceId: null };
}

/** Earliest published first; articles without a readable date after them, by import. */
function sortByPublication(carriers: Carrier[]): void {
  const keys = new Map(carriers.map((carrier) => [carrier, dateKey(carrier)]));
  carriers.sort((a, b) => {
    const [aDated, aTime] = keys.get(a)!;
    const [bDated, bTime] = keys.get(b)!;
    if (aDated !== bDated) return aDated ? -1 : 1;
    return aTime - bTime || a.articleId.localeCompare(b.articleId);
  });
}

function dateKey(carrier: Carrier): [dated: boolean, time: number] {
  const published = carrier.publishedAt === null ? Number.NaN : Date.parse(carrier.publishedAt);
  if (!Number.isNaN(published)) return [true, published];
  const imported = Date.parse(carrier.importedAt);
  return [false, Number.isNaN(imported) ? Number.MAX_SAFE_INTEGER : imported];
}
