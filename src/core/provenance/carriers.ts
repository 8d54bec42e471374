// The articles carrying a quote: candidates from the fingerprint index, each aligned
// word by word with the quote to find where it carries it and how its words differ,
// then ordered by publication so the first to publish the words comes first.

import type { ArticleSummary, Id, TextPosition } from '../../shared/model';
import type { Carrier, Carriers } from '../../shared/provenance';
import { selectorFor } from '../../shared/selector';
import { compareSides, side, type Side } from './differences';
import { kgramHashes, K, words } from './fingerprint';
import type { Candidate, FingerprintIndex } from './fingerprint-index';
import { alignWords } from './word-diff';

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
    const place = locate(quote, text, candidate, maxEdits);
    if (place !== null) carriers.push(carrierAt(quote, summary, text, place));
  }
  if (query.source !== undefined) {
    const summary = sources.summaries.get(query.source.articleId);
    const text = summary && (await sources.readText(summary.id));
    if (summary && text != null) carriers.push(carrierAt(quote, summary, text, query.source.position));
  }
  sortByPublication(carriers);
  return { quote: query.quote, firstArticleId: carriers[0]?.articleId ?? null, carriers };
}

/** The quote from its first word to its last: quote marks and stops around it are the selection's, not the words'. */
function core(quote: string): string {
  const list = words(quote);
  return list.length === 0 ? quote.trim() : quote.slice(list[0]!.start, list.at(-1)!.end);
}

/** Characters allowed per inserted word around a hit: a long word with its space and punctuation. */
const CHARS_PER_EDIT = 16;

/**
 * Where in the article the quote is, with the fewest edits: the quote is aligned with
 * the words around each group of fingerprint hits, never the whole article, and a
 * stretch lacking more of the quote's words than edits allow is not aligned at all.
 */
function locate(quote: Side, text: string, candidate: Candidate, maxEdits: number): TextPosition | null {
  const norms = quote.words.map((word) => word.norm);
  const reach = quote.text.length + maxEdits * CHARS_PER_EDIT;
  let best: { edits: number; position: TextPosition } | null = null;
  for (const group of hitGroups(candidate.offsetHits, reach)) {
    const from = wordStartBefore(text, Math.max(0, group.first - reach));
    const to = wordEndAfter(text, Math.min(text.length, group.last + reach));
    const region = words(text.slice(from, to));
    const regionNorms = region.map((word) => word.norm);
    const exactly = indexOfRun(regionNorms, norms);
    if (exactly < 0 && missingWords(norms, regionNorms) > maxEdits) continue;
    const found = exactly >= 0 ? { start: exactly, end: exactly + norms.length, edits: 0 } : alignWords(norms, regionNorms, maxEdits);
    if (found === null || found.end === found.start || (best !== null && found.edits >= best.edits)) continue;
    best = { edits: found.edits, position: { start: from + region[found.start]!.start, end: from + region[found.end - 1]!.end } };
  }
  return best?.position ?? null;
}

/** Hits (in text order) closer together than the quote can stretch belong to one place of the article. */
function hitGroups(hits: readonly number[], reach: number): Array<{ first: number; last: number }> {
  const groups: Array<{ first: number; last: number }> = [];
  for (const hit of hits) {
    const group = groups.at(-1);
    if (group !== undefined && hit - group.last <= reach) group.last = hit;
    else groups.push({ first: hit, last: hit });
  }
  return groups;
}

/** Where the quote's words occur unchanged among the region's, or -1: most carriers are copies, and need no alignment. */
function indexOfRun(region: readonly string[], run: readonly string[]): number {
  outer: for (let i = 0; i + run.length <= region.length; i++) {
    for (let j = 0; j < run.length; j++) if (region[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

/** How many of the quote's words the region lacks (counting repeats): each needs at least one edit. */
function missingWords(quote: readonly string[], region: readonly string[]): number {
  const wanted = new Map<string, number>();
  for (const word of quote) wanted.set(word, (wanted.get(word) ?? 0) + 1);
  for (const word of region) {
    const count = wanted.get(word);
    if (count !== undefined) wanted.set(word, count - 1);
  }
  let missing = 0;
  for (const count of wanted.values()) if (count > 0) missing += count;
  return missing;
}

const SPACE = /\s/u;

function wordStartBefore(text: string, at: number): number {
  while (at > 0 && !SPACE.test(text[at - 1]!)) at--;
  return at;
}

function wordEndAfter(text: string, at: number): number {
  while (at < text.length && !SPACE.test(text[at]!)) at++;
  return at;
}

function carrierAt(quote: Side, summary: ArticleSummary, text: string, position: TextPosition): Carrier {
  const words = text.slice(position.start, position.end);
  const { match, differences, diff } = compareSides(quote, side(words));
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
