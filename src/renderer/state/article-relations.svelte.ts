// What the case's articles say about one another: the versions that changed the story
// silently, and the copies of one text. Both are asked of the service whenever the set
// of articles changes (an import), never per edit of a claim.

import type { Cluster } from '../../shared/clusters';
import type { ArticleSummary, Id } from '../../shared/model';
import { api } from '../lib/api';
import { messageOf, toasts } from './toasts.svelte';

class ArticleRelations {
  silentEdits = $state.raw<ReadonlySet<Id>>(new Set());
  clusters = $state.raw<readonly Cluster[]>([]);
  readonly clusterOf = $derived(new Map(this.clusters.flatMap((cluster) => cluster.articleIds.map((id) => [id, cluster] as const))));
  /** The articles the figures above were asked for, as one key. */
  #askedFor = '';

  /** Asks again when the case's articles differ from those last asked for. */
  async refreshFor(articles: readonly ArticleSummary[]): Promise<void> {
    const key = articles.map((article) => article.id).join(' ');
    if (key === this.#askedFor) return;
    this.#askedFor = key;
    try {
      const [silent, clusters] = await Promise.all([api.getSilentEdits({}), api.getClusters({})]);
      if (key !== this.#askedFor) return;
      this.silentEdits = new Set(silent);
      this.clusters = clusters;
    } catch (error) {
      this.#askedFor = '';
      toasts.error(`Could not compare the articles: ${messageOf(error)}`);
    }
  }
}

export const articleRelations = new ArticleRelations();
