// Applies a report's claim selection to a case. The claims chosen decide the rest:
// a report on some claims lists the sources they cite and the articles they are marked
// in (and the articles those sources are or quote), so nothing unrelated to its verdicts is
// in it; a report on every claim lists the whole case, used or not.

import { caseIndex } from '../../shared/case-index';
import type { ArticleSummary, CaseData, Claim, Id, Source } from '../../shared/model';
import { isSelected, selectsEverything, type ClaimSelection } from '../../shared/report-options';
import { VERDICT_SCALE } from '../../shared/scales';

export interface ReportScope {
  claims: Claim[];
  sources: Source[];
  articles: ArticleSummary[];
  /** The selection in words, e.g. "tag protest"; empty when every claim is chosen. */
  criteria: string[];
}

export function scopeOf(data: CaseData, selection: ClaimSelection): ReportScope {
  const index = caseIndex(data);
  const articlesOf = (claimId: Id) => index.articlesOf(claimId);
  if (selectsEverything(selection)) {
    return { claims: [...data.claims], sources: [...data.sources], articles: [...data.articles], criteria: [] };
  }
  const claims = data.claims.filter((claim) => isSelected(claim, selection, articlesOf));
  const chosen = new Set(claims.map((claim) => claim.id));
  const evidence = data.evidence.filter((item) => chosen.has(item.claimId));
  const cited = new Set(evidence.map((item) => item.sourceId));
  const sources = data.sources.filter((source) => cited.has(source.id));
  const used = new Set([
    ...claims.flatMap((claim) => articlesOf(claim.id)),
    ...sources.flatMap((source) => (source.articleId === null ? [] : [source.articleId])),
    ...evidence.flatMap((item) => (item.passage === null ? [] : [item.passage.articleId])),
  ]);
  const articles = data.articles.filter((article) => used.has(article.id));
  return { claims, sources, articles, criteria: criteria(data, selection) };
}

/** The claim selection as a reader of the report would say it. */
function criteria(data: CaseData, selection: ClaimSelection): string[] {
  const words: string[] = [];
  if (selection.ratedOnly) words.push('rated claims only');
  if (selection.verdicts?.length) {
    words.push(`verdict ${selection.verdicts.map((verdict) => VERDICT_SCALE[verdict].label).join(' or ')}`);
  }
  if (selection.tags?.length) words.push(`tagged ${selection.tags.join(' or ')}`);
  if (selection.articleIds?.length) {
    const title = (id: Id) => caseIndex(data).articles.get(id)?.title ?? id;
    words.push(`marked in ${selection.articleIds.map((id) => `“${title(id)}”`).join(' or ')}`);
  }
  return words;
}
