// An appearance as the report quotes it: the words with their surroundings.

import type { Appearance, Article, Doc } from '../../shared/model';
import { contextAround, recordedContext } from '../../shared/selector';
import type { ArticleRef, ReportAppearance } from './report-types';

/**
 * Context comes from the article's text where the appearance is placed in it. An
 * orphan's position points at other words, and an unreadable article has no text, so
 * both fall back to the context recorded in the selector.
 */
export function appearanceInContext(appearance: Appearance, article: ArticleRef, body: Article | undefined): ReportAppearance {
  const { position, quote } = appearance.selector;
  const text = body?.doc.text;
  const placed = appearance.status !== 'orphaned' && text !== undefined && position.end <= text.length;
  return {
    id: appearance.id,
    article,
    selector: appearance.selector,
    createdAt: appearance.createdAt,
    ...(placed ? contextAround(text, position) : recordedContext(quote)),
    status: appearance.status,
    page: placed && body ? pageAt(body.doc, position.start) : null,
    contextFrom: placed ? 'article' : 'selector',
  };
}

/** The page of the block an offset falls in; an offset between blocks belongs to the next. */
function pageAt(doc: Doc, offset: number): number | null {
  return doc.blocks.find((block) => offset < block.end)?.page ?? null;
}
