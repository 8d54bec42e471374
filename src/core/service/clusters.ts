// Copy clusters over the open case: the latest version of each page, grouped by the
// text they share. An older version is no copy of its page, so it is left out.
// The sidebar, the report and the completeness check all ask for them; they are worked
// out once per state of the case's articles and kept until an article is imported,
// removed, re-dated or replaced by a new version.

import type { Cluster } from '../../shared/clusters';
import type { ArticleSummary, CaseData, Id } from '../../shared/model';
import type { CaseFingerprints } from '../provenance/case-fingerprints';
import { findClusters } from '../provenance/clusters';
import type { FingerprintIndex } from '../provenance/fingerprint-index';
import type { ServiceContext } from './context';

export async function getClusters(ctx: ServiceContext): Promise<Cluster[]> {
  return ctx.clusters.of(ctx.store.data);
}

export class CaseClusters {
  /** The articles last clustered (by identity: an edit elsewhere in the case keeps the array), and what mattered of them. */
  #last: { articles: readonly ArticleSummary[]; key: string; clusters: Promise<Cluster[]> } | null = null;

  constructor(private readonly fingerprints: CaseFingerprints) {}

  of(data: Readonly<CaseData>): Promise<Cluster[]> {
    if (this.#last?.articles === data.articles) return this.#last.clusters;
    const key = clusteringKey(data.articles);
    if (this.#last?.key === key) {
      this.#last.articles = data.articles;
      return this.#last.clusters;
    }
    const clusters = this.fingerprints.indexOf(data).then((index) => {
      // Without an article whose file could not be read yet (still being written, a disk
      // that failed once), the copies are not kept: the next request reads it again.
      if (this.fingerprints.lacksSome) forget();
      return clustersOf(data, index);
    });
    const last = (this.#last = { articles: data.articles, key, clusters });
    const forget = () => {
      if (this.#last === last) this.#last = null;
    };
    // A failure (an unreadable saved index) is not kept either.
    clusters.catch(forget);
    return clusters;
  }
}

/** What clustering reads of the articles: which texts (by hash), which replace which, and their order. */
function clusteringKey(articles: readonly ArticleSummary[]): string {
  return articles.map((a) => `${a.id} ${a.sha256} ${a.previousVersionId} ${a.publishedAt} ${a.importedAt}`).join('\n');
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
