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

/** The parts of the case whose documents may have changed since `before` was indexed. */
export interface CaseParts {
  articles: readonly ArticleSummary[];
  claims: readonly Claim[];
  appearances: readonly Appearance[];
  sources: readonly Source[];
}

/**
 * The key of every document of the case, by document id. An article's text never
 * changes, so its title alone tells whether it must be indexed again. A collection
 * the store kept as it was (the same array as in `before`) is taken from `previous`.
 */
export function documentKeys(
  data: Readonly<CaseData>,
  before: CaseParts | null,
  previous: ReadonlyMap<string, string>,
): Map<string, string> {
  const keys = new Map<string, string>();
  const kept = (kind: SearchKind) => {
    for (const [id, key] of previous) if (id.startsWith(`${kind}:`)) keys.set(id, key);
  };
  if (before?.articles === data.articles) kept('article');
  else for (const article of data.articles) keys.set(documentId('article', article.id), keyOf(article.title));
  if (before?.claims === data.claims && before.appearances === data.appearances) kept('claim');
  else {
    const index = caseIndex(data);
    for (const claim of data.claims) keys.set(documentId('claim', claim.id), claimKey(claim, index.appearancesOf(claim.id)));
  }
  if (before?.sources === data.sources) kept('source');
  else for (const source of data.sources) keys.set(documentId('source', source.id), sourceKey(source));
  return keys;
}

/**
 * Keys already worked out, by the objects they were worked out from. An edit replaces the
 * objects it changes and keeps the others, so after one edit only what it touched is
 * hashed again rather than the words of every claim.
 */
const claimKeys = new WeakMap<Claim, { appearances: readonly Appearance[]; key: string }>();
const sourceKeys = new WeakMap<Source, string>();

function claimKey(claim: Claim, appearances: readonly Appearance[]): string {
  const known = claimKeys.get(claim);
  if (known !== undefined && sameItems(known.appearances, appearances)) return known.key;
  const key = keyOfDocument(claimDocument(claim, appearances));
  claimKeys.set(claim, { appearances, key });
  return key;
}

function sourceKey(source: Source): string {
  let key = sourceKeys.get(source);
  if (key === undefined) sourceKeys.set(source, (key = keyOfDocument(sourceDocument(source))));
  return key;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
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
