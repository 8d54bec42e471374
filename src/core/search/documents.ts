// What the index holds for each article, claim and source. Each document has a key:
// when the case changes, only documents whose key changed are indexed again.

import type { SearchKind } from '../../shared/api';
import { caseIndex } from '../../shared/case-index';
import type { CaseData, Id } from '../../shared/model';

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

export const SEARCH_FIELDS = ['title', 'body', 'extra'] as const;

export interface KeyedDocument {
  document: SearchDocument;
  /** Changes whenever the document's text does. */
  key: string;
}

/** Every searchable thing in the case; `texts` holds each article's Doc.text. */
export function searchDocuments(data: Readonly<CaseData>, texts: ReadonlyMap<Id, string>): KeyedDocument[] {
  const documents: SearchDocument[] = [];
  for (const article of data.articles) {
    documents.push(document('article', article.id, article.title, texts.get(article.id) ?? '', ''));
  }
  const index = caseIndex(data);
  for (const claim of data.claims) {
    const quotes = index.appearancesOf(claim.id).map((appearance) => appearance.selector.quote.exact);
    documents.push(document('claim', claim.id, claim.statement, quotes.join('\n\n'), claim.rationale));
  }
  for (const source of data.sources) {
    documents.push(document('source', source.id, source.title, source.notes, source.publisher ?? ''));
  }
  // An article's text never changes, so its title alone tells whether it must be indexed again.
  return documents.map((doc) => ({
    document: doc,
    key: doc.kind === 'article' ? doc.title : [doc.title, doc.body, doc.extra].join('\u0000'),
  }));
}

function document(kind: SearchKind, entityId: Id, title: string, body: string, extra: string): SearchDocument {
  return { id: `${kind}:${entityId}`, kind, entityId, title, body, extra };
}
