// Where a claim was made first: the one rule the inspector, the report and ClaimReview
// all follow, so they never name different first appearances of one claim.

import type { Appearance, ArticleSummary, Id } from './model';

type Dated = Pick<ArticleSummary, 'id' | 'publishedAt' | 'importedAt'>;

/**
 * The appearance in the article published earliest. An article without a readable
 * date may be older or newer than any other, so it counts only after the dated ones.
 * Ties, and undated articles among themselves, go by import time, then by when the
 * claim was marked. Null when the claim has no appearance in a known article.
 * `articles` by id (see caseIndex) when asked for many claims: a list is indexed per call.
 */
export function firstAppearance<A extends Pick<Appearance, 'articleId' | 'createdAt'>>(
  appearances: readonly A[],
  articles: readonly Dated[] | ReadonlyMap<Id, Dated>,
): A | null {
  const byId = byIdOf(articles);
  let first: { appearance: A; article: Dated } | null = null;
  for (const appearance of appearances) {
    const article = byId.get(appearance.articleId);
    if (article === undefined) continue;
    if (first === null || earlier({ appearance, article }, first)) first = { appearance, article };
  }
  return first?.appearance ?? null;
}

function byIdOf(articles: readonly Dated[] | ReadonlyMap<Id, Dated>): ReadonlyMap<Id, Dated> {
  if (!Array.isArray(articles)) return articles as ReadonlyMap<Id, Dated>;
  return new Map(articles.map((article: Dated) => [article.id, article]));
}

interface Placed {
  appearance: Pick<Appearance, 'createdAt'>;
  article: Dated;
}

function earlier(a: Placed, b: Placed): boolean {
  const [dateA, dateB] = [publishedTime(a.article), publishedTime(b.article)];
  if (dateA !== dateB) {
    if (dateA === null) return false;
    if (dateB === null) return true;
    return dateA < dateB;
  }
  if (a.article.importedAt !== b.article.importedAt) return a.article.importedAt < b.article.importedAt;
  return a.appearance.createdAt < b.appearance.createdAt;
}

/** Compared as instants, not as strings: "2024-01-02" and "2024-01-02T09:00:00+02:00" are both dates. */
function publishedTime(article: Dated): number | null {
  if (article.publishedAt === null) return null;
  const time = Date.parse(article.publishedAt);
  return Number.isNaN(time) ? null : time;
}
