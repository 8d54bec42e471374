// What the index holds for each article, claim and source, and a key per document that
// changes whenever its words do. Keys are computed from the case alone, without reading
// any article's text, so a case of 10,000 articles can be checked against its index
// cheaply; only documents whose key changed are built and indexed again.

import type { SearchKind } from '../../shared/api';
import { caseIndex } from '../../shared/case-index';
import type { Appearance, ArticleSummary, CaseData, Claim, Id, Source } from '../../shared/model';

export interface SearchDocument {
  /** `${kind}:${entity id}`: ids are unique per kind only. */
  id: string;
  kind: SearchKind;
  entityId: Id;
  /** Article title, claim statement, source title. */
  title: string;
  /** Article text, the quotes of a claim's appearances, a source's notes. */
  body: string;
  /** A claim's rationale, a source's publisher. */
  extra: string;
}

/** The search document id of an entity. */
export function documentId(kind: SearchKind, entityId: Id): string {
  return `${kind}:${entityId}`;
}

export function parseDocumentId(id: string): { kind: SearchKind; entityId: Id } {
  const colon = id.indexOf(':');
  return { kind: id.slice(0, colon) as SearchKind, entityId: id.slice(colon + 1) };
}

export function articleDocument(article: ArticleSummary, text: string): SearchDocument {
  return document('article', article.id, article.title, text, '');
}

export function claimDocument(claim: Claim, appearances: readonly Appearance[]): SearchDocument {
  const quotes = appearances.map((appearance) => appearance.selector.quote.exact).join('\n\n');
  return document('claim', claim.id, claim.statement, quotes, claim.rationale);
}

export function sourceDocument(source: Source): SearchDocument {
  return document('source', source.id, source.title, source.notes, source.publisher ?? '');
}

/** The parts of the case its documents are made from, as they were when last indexed. */
export interface CaseParts {
  articles: readonly ArticleSummary[];
  claims: readonly Claim[];
  appearances: readonly Appearance[];
  sources: readonly Source[];
}

export function partsOf(data: Readonly<CaseData>): CaseParts {
  return { articles: data.articles, claims: data.claims, appearances: data.appearances, sources: data.sources };
}

/** The key of every document of the case, by document id: every claim's words hashed. */
export function documentKeys(data: Readonly<CaseData>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const article of data.articles) keys.set(documentId('article', article.id), articleKey(article));
  const index = caseIndex(data);
  for (const claim of data.claims) keys.set(documentId('claim', claim.id), claimKey(claim, index.appearancesOf(claim.id)));
  for (const source of data.sources) keys.set(documentId('source', source.id), sourceKey(source));
  return keys;
}

/** What differs between the case and the documents last indexed from `before`. */
export interface KeyChanges {
  /** The key now of every document that may have changed: compare it with the one indexed. */
  keys: Map<string, string>;
  /** The documents no longer in the case. */
  gone: string[];
}

/**
 * The documents an edit may have changed since `before` was indexed. The store replaces
 * the items an edit changes and keeps the others, so only the items that are not the
 * same objects as before are keyed: after one edit of a desk-scale case, one claim is
 * hashed rather than the words of 50,000. Without `before`, every document is.
 */
export function keyChanges(data: Readonly<CaseData>, before: CaseParts | null, indexed: ReadonlyMap<string, string>): KeyChanges {
  if (before === null) {
    const keys = documentKeys(data);
    return { keys, gone: [...indexed.keys()].filter((id) => !keys.has(id)) };
  }
  const keys = new Map<string, string>();
  const gone: string[] = [];
  const articles = difference(before.articles, data.articles);
  for (const article of articles.added) keys.set(documentId('article', article.id), articleKey(article));
  gone.push(...goneIds('article', articles));
  const sources = difference(before.sources, data.sources);
  for (const source of sources.added) keys.set(documentId('source', source.id), sourceKey(source));
  gone.push(...goneIds('source', sources));
  const claims = difference(before.claims, data.claims);
  const appearances = difference(before.appearances, data.appearances);
  gone.push(...goneIds('claim', claims));
  // A claim's document holds its quotes: a quote added, changed or removed changes it.
  const touched = new Set([...claims.added, ...appearances.added, ...appearances.removed].map((item) => ('claimId' in item ? item.claimId : item.id)));
  if (touched.size > 0) {
    const index = caseIndex(data);
    for (const id of touched) {
      const claim = index.claims.get(id);
      if (claim) keys.set(documentId('claim', id), claimKey(claim, index.appearancesOf(id)));
    }
  }
  return { keys, gone };
}

export function articleKey(article: ArticleSummary): string {
  // An article's text never changes: its title alone tells whether it must be indexed again.
  return keyOf(article.title);
}

function claimKey(claim: Claim, appearances: readonly Appearance[]): string {
  return keyOfDocument(claimDocument(claim, appearances));
}

function sourceKey(source: Source): string {
  return keyOfDocument(sourceDocument(source));
}

interface Difference<T> {
  /** Items of the new list that are not the same object at the same place in the old one. */
  added: T[];
  /** Items of the old list that are not the same object at the same place in the new one. */
  removed: T[];
}

/** Past this many items not in their place, the lists are compared as sets. */
const ALIGNED_LIMIT = 64;

/**
 * Which items differ, by identity. Edits mostly replace items in place or add them at the
 * end, which a walk side by side finds without a set of either list; an item that moved
 * counts as added (and its old place as removed), which costs a key, never a miss.
 */
function difference<T>(before: readonly T[], after: readonly T[]): Difference<T> {
  if (before === after) return { added: [], removed: [] };
  const added: T[] = [];
  const removed: T[] = [];
  const shared = Math.min(before.length, after.length);
  for (let at = 0; at < shared; at++) {
    if (before[at] === after[at]) continue;
    if (added.length === ALIGNED_LIMIT) return differenceOfSets(before, after);
    removed.push(before[at]!);
    added.push(after[at]!);
  }
  removed.push(...before.slice(shared));
  added.push(...after.slice(shared));
  return { added, removed };
}

function differenceOfSets<T>(before: readonly T[], after: readonly T[]): Difference<T> {
  const old = new Set(before);
  const now = new Set(after);
  return { added: after.filter((item) => !old.has(item)), removed: before.filter((item) => !now.has(item)) };
}

/** The documents of items removed and not added back under the same id. */
function goneIds(kind: SearchKind, { added, removed }: Difference<{ id: Id }>): string[] {
  const kept = new Set(added.map((item) => item.id));
  return removed.filter((item) => !kept.has(item.id)).map((item) => documentId(kind, item.id));
}

/** Every searchable thing in the case; `texts` holds each article's Doc.text. */
export function searchDocuments(data: Readonly<CaseData>, texts: ReadonlyMap<Id, string>): SearchDocument[] {
  const index = caseIndex(data);
  return [
    ...data.articles.map((article) => articleDocument(article, texts.get(article.id) ?? '')),
    ...data.claims.map((claim) => claimDocument(claim, index.appearancesOf(claim.id))),
    ...data.sources.map(sourceDocument),
  ];
}

function keyOfDocument(doc: SearchDocument): string {
  return keyOf(`${doc.title}\u0000${doc.body}\u0000${doc.extra}`);
}

/**
 * A short fingerprint of a document's words (cyrb53, 53 bits): the persisted index keeps
 * one per document rather than a second copy of every quote and rationale.
 */
function keyOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function document(kind: SearchKind, entityId: Id, title: string, body: string, extra: string): SearchDocument {
  return { id: documentId(kind, entityId), kind, entityId, title, body, extra };
}
