// An appearance as the report quotes it: the words with their surroundings.

import type { Appearance, Article } from '../../shared/model';
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
    article,
    ...(placed ? contextAround(text, position) : recordedContext(quote)),
    status: appearance.status,
    contextFrom: placed ? 'article' : 'selector',
  };
}
