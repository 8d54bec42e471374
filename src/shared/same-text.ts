// Which articles hold the same words as another (the same story in two formats), by
// their text fingerprints: one pass over the case, for the lists that name them.

import type { ArticleSummary, Id } from './model';

/** For each article that shares its text with others, those others, in the case's order. */
export function sameTextAs(articles: readonly ArticleSummary[]): Map<Id, ArticleSummary[]> {
  const byFingerprint = new Map<string, ArticleSummary[]>();
  for (const article of articles) {
    if (!article.textFingerprint) continue;
    const group = byFingerprint.get(article.textFingerprint);
    if (group) group.push(article);
    else byFingerprint.set(article.textFingerprint, [article]);
  }
  const twins = new Map<Id, ArticleSummary[]>();
  for (const group of byFingerprint.values()) {
    if (group.length < 2) continue;
    for (const article of group) twins.set(article.id, group.filter((other) => other.id !== article.id));
  }
  return twins;
}
