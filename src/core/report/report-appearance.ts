// Quoted words as the report shows them, with their surroundings: a claim's appearance,
// or a passage cited as evidence.

import type { Appearance, Article, Doc, Passage, Selector } from '../../shared/model';
import { contextAround, recordedContext } from '../../shared/selector';
import type { ArticleRef, ReportAppearance, ReportQuote } from './report-types';

export function appearanceInContext(
  appearance: Appearance,
  article: ArticleRef,
  body: Article | undefined,
  first: boolean,
): ReportAppearance {
  return {
    id: appearance.id,
    createdAt: appearance.createdAt,
    ...quoteInContext(appearance.selector, appearance.status !== 'orphaned', article, body),
    status: appearance.status,
    first,
  };
}

/** A passage is never re-anchored: article text does not change, so it stays where it was selected. */
export function passageInContext(passage: Passage, article: ArticleRef, body: Article | undefined): ReportQuote {
  return quoteInContext(passage.selector, true, article, body);
}

/**
 * Context comes from the article's text where the quote is placed in it. An orphan's
 * position points at other words, and an unreadable article has no text, so both fall
 * back to the context recorded in the selector.
 */
function quoteInContext(selector: Selector, placedInArticle: boolean, article: ArticleRef, body: Article | undefined): ReportQuote {
  const { position, quote } = selector;
  const text = body?.doc.text;
  const placed = placedInArticle && text !== undefined && position.end <= text.length;
  return {
    article,
    selector,
    ...(placed ? contextAround(text, position) : recordedContext(quote)),
    page: placed && body ? pageAt(body.doc, position.start) : null,
    contextFrom: placed ? 'article' : 'selector',
  };
}

/** The page of the block an offset falls in; an offset between blocks belongs to the next. */
function pageAt(doc: Doc, offset: number): number | null {
  return doc.blocks.find((block) => offset < block.end)?.page ?? null;
}
