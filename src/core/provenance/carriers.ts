// The articles carrying a quote: candidates from the fingerprint index, each aligned
// word by word with the quote to find where it carries it and how its words differ,
// then ordered by publication so the first to publish the words comes first.

import type { ArticleSummary, Id, TextPosition } from '../../shared/model';
import type { Carrier, Carriers } from '../../shared/provenance';
import { selectorFor } from '../../shared/selector';
import { compareSides, side, type Side } from './differences';
import { kgramHashes, K, words, type Word } from './fingerprint';
import type { Candidate, FingerprintIndex } from './fingerprint-index';
import { alignWords, type Alignment } from './word-diff';

/**
 * Word edits a near copy may have, as a share of the quote's words: a third lets one
 * word in three change ("about 200 meters" → "about 100 meters") while a sentence that
 * merely shares a phrase with the quote is not taken for a copy of it.
 */
const MAX_EDIT_SHARE = 1 / 3;

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
}

export async function findCarriers(query: CarrierQuery, sources: CarrierSources): Promise<Carriers> {
  const quote = side(core(query.quote));
  const norms = quote.words.map((word) => word.norm);
  const maxEdits = Math.max(1, Math.floor(norms.length * MAX_EDIT_SHARE));
  const candidates = norms.length >= K ? sources.index.lookupHashes(kgramHashes(quote.words)) : [];
  const carriers: Carrier[] = [];
  const sourceId = query.source?.articleId;
  for (const candidate of candidates) {
    const summary = sources.summaries.get(candidate.articleId);
    if (summary === undefined || candidate.articleId === sourceId) continue;
    const text = await sources.readText(candidate.articleId);
    if (text === null) continue;
    const place = locate(norms, words(text), candidate, maxEdits);
    if (place !== null) carriers.push(carrierAt(quote, summary, text, place));
  }
  if (query.source !== undefined) {
    const summary = sources.summaries.get(query.source.articleId);
    const text = summary && (await sources.readText(summary.id));
    if (summary && text != null) carriers.push(carrierAt(quote, summary, text, query.source.position));
  }
  carriers.sort(byPublication);
  return { quote: query.quote, firstArticleId: carriers[0]?.articleId ?? null, carriers };
}

/** The quote from its first word to its last: quote marks and stops around it are the selection's, not the words'. */
function core(quote: string): string {
  const list = words(quote);
  return list.length === 0 ? quote.trim() : quote.slice(list[0]!.start, list.at(-1)!.end);
}

/**
 * Where in the article the quote is, with the fewest edits: the quote is aligned with
 * the stretch of words around each group of fingerprint hits, never the whole article.
 */
function locate(quote: readonly string[], articleWords: readonly Word[], candidate: Candidate, maxEdits: number): TextPosition | null {
  const norms = articleWords.map((word) => word.norm);
  let best: Alignment | null = null;
  for (const group of hitGroups(candidate.wordHits, quote.length)) {
    const from = Math.max(0, group.first - quote.length - maxEdits);
    const to = Math.min(norms.length, group.last + K + quote.length + maxEdits);
    const found = alignWords(quote, norms.slice(from, to), maxEdits);
    if (found !== null && (best === null || found.edits < best.edits)) best = { ...found, start: found.start + from, end: found.end + from };
  }
  if (best === null || best.end === best.start) return null;
  return { start: articleWords[best.start]!.start, end: articleWords[best.end - 1]!.end };
}

/** Hits no further apart than the quote is long belong to one place of the article. */
function hitGroups(hits: readonly number[], span: number): Array<{ first: number; last: number }> {
  const groups: Array<{ first: number; last: number }> = [];
  for (const hit of [...hits].sort((a, b) => a - b)) {
    const group = groups.at(-1);
    if (group !== undefined && hit - group.last <= span) group.last = hit;
    else groups.push({ first: hit, last: hit });
  }
  return groups;
}

function carrierAt(quote: Side, summary: ArticleSummary, text: string, position: TextPosition): Carrier {
  const words = text.slice(position.start, position.end);
  const { match, differences, diff } = compareSides(quote, side(words));
  const { id: articleId, title, outlet, publishedAt, importedAt } = summary;
  const selector = selectorFor(text, position.start, position.end);
  return { articleId, title, outlet, publishedAt, importedAt, match, text: words, selector, differences, diff, appearanceId: null };
}

/** Earliest published first; articles without a readable date after them, by import. */
function byPublication(a: Carrier, b: Carrier): number {
  const [aDated, aTime] = dateKey(a);
  const [bDated, bTime] = dateKey(b);
  if (aDated !== bDated) return aDated ? -1 : 1;
  return aTime - bTime || a.articleId.localeCompare(b.articleId);
}

function dateKey(carrier: Carrier): [dated: boolean, time: number] {
  const published = carrier.publishedAt === null ? Number.NaN : Date.parse(carrier.publishedAt);
  if (!Number.isNaN(published)) return [true, published];
  const imported = Date.parse(carrier.importedAt);
  return [false, Number.isNaN(imported) ? Number.MAX_SAFE_INTEGER : imported];
}
