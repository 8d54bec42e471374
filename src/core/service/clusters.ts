// Copy clusters over the open case: the latest version of each page, grouped by the
// text they share. An older version is no copy of its page, so it is left out.

import type { Cluster } from '../../shared/clusters';
import type { ArticleSummary, CaseData, Id } from '../../shared/model';
import { findClusters } from '../provenance/clusters';
import type { FingerprintIndex } from '../provenance/fingerprint-index';
import type { ServiceContext } from './context';

export async function getClusters(ctx: ServiceContext): Promise<Cluster[]> {
  const data = ctx.store.data;
  return clustersOf(data, await ctx.fingerprints.indexOf(data));
}

export function clustersOf(data: Readonly<CaseData>, index: FingerprintIndex): Cluster[] {
  const replaced = new Set(data.articles.map((article) => article.previousVersionId).filter((id): id is Id => id !== null));
  const latest = data.articles.filter((article) => !replaced.has(article.id));
  const byId = new Map(latest.map((article) => [article.id, article]));
  return findClusters(index, { articleIds: latest.map((article) => article.id), order: (id) => readingOrder(byId.get(id)!) });
}

/** Earliest published first; undated articles after every dated one, by import. */
function readingOrder(article: ArticleSummary): string {
  return article.publishedAt ? `0${article.publishedAt}` : `1${article.importedAt}`;
}
