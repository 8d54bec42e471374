// What the app needs of the case to list it, and the words of an article's claims when
// the article is shown: a desk-scale case's 50,000 quotes with their context stay here
// until someone reads the article they are in.

import type { CaseSummary, Params } from '../../shared/api';
import { caseIndex } from '../../shared/case-index';
import type { Appearance, CaseData } from '../../shared/model';
import { findOrFail } from './collections';
import type { ServiceContext } from './context';

const summaries = new WeakMap<CaseData, CaseSummary>();

/** The case without the appearances' selectors; one per version of the case, like its index. */
export function caseSummary(data: CaseData): CaseSummary {
  let summary = summaries.get(data);
  if (!summary) {
    summary = { ...data, appearances: data.appearances.map(({ selector: _words, ...appearance }) => appearance) };
    summaries.set(data, summary);
  }
  return summary;
}

export function getArticleAppearances(ctx: ServiceContext, { articleId }: Params<'getArticleAppearances'>): Appearance[] {
  const { data } = ctx.store;
  findOrFail(data, 'articles', articleId);
  return [...caseIndex(data).appearancesIn(articleId)];
}
