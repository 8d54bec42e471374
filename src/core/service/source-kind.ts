// What kind of source a loaded article is, read from its title and its publisher: a
// police or ministry statement cited as evidence is an official statement, not a news
// article. Only clear signs count; anything else stays an article.

import type { ArticleSummary, SourceKind } from '../../shared/model';

/** Words a title uses for what an institution itself said. */
const STATEMENT_TITLE = /\b(statement|press release|communiqu[eé]|announcement|briefing|declaration)\b/i;
/** Words of an issuer that speaks for a state or a public body. */
const OFFICIAL_ISSUER = /\b(police|ministry|minister|government|department|embassy|agency|authority|council|parliament|office of|prosecutor|court)\b/i;
const REPORT_TITLE = /\b(annual report|white paper|inquiry|audit|findings of)\b/i;
const INTERVIEW_TITLE = /\b(interview|in conversation with|q\s*&\s*a)\b/i;

export function sourceKindOf(article: Pick<ArticleSummary, 'title' | 'outlet' | 'byline'>): SourceKind {
  const issuer = `${article.outlet ?? ''} ${article.byline ?? ''}`;
  if (STATEMENT_TITLE.test(article.title) && (OFFICIAL_ISSUER.test(article.title) || OFFICIAL_ISSUER.test(issuer))) return 'official-statement';
  if (STATEMENT_TITLE.test(article.title) && !article.outlet) return 'official-statement';
  if (REPORT_TITLE.test(article.title)) return 'report';
  if (INTERVIEW_TITLE.test(article.title)) return 'interview';
  return 'article';
}
