// Copy clusters: articles that share most of their text, found from the fingerprint
// index without comparing every pair. For each article, its fingerprints' posting lists
// name the articles sharing them; counting those gives, per neighbour, how many
// fingerprints the two share. Pairs sharing most of the smaller text are joined, and
// joined pairs chain into clusters (a wire story, its reprint and the reprint's rewrite).
//
// A fingerprint held by very many articles (a copyright line, a boilerplate paragraph,
// or a text copied very widely) would make the count quadratic. Each article counts it
// only with the next article holding it: the copies of a widely copied text hold the
// same fingerprints, so each still shares all of them with the next copy and the chain
// joins them all, while boilerplate stays a small share of any one pair.

import type { Cluster } from '../../shared/clusters';
import type { Id } from '../../shared/model';
import type { FingerprintIndex, SharedPostings } from './fingerprint-index';

/** Share of the smaller article's fingerprints the two must share to be copies of one text. */
export const SHARED_MOST = 0.5;
/**
 * Fewest fingerprints two copies share: about 50 words (a fingerprint is kept for about
 * 2 words in 5), more than a long quote, so articles sharing only a quote are no cluster.
 */
export const MIN_SHARED_PRINTS = 20;
/** A fingerprint held by more articles than this is counted only between neighbours in its posting list. */
const COMMON_HOLDERS = 32;

export interface ClusterOptions {
  /** The articles to group (the latest version of each page); others in the index are ignored. */
  articleIds: readonly Id[];
  /** Sort key for reading order within a cluster: earliest first. */
  order: (articleId: Id) => string;
}

export function findClusters(index: FingerprintIndex, { articleIds, order }: ClusterOptions): Cluster[] {
  const ids = [...new Set(articleIds)].filter((id) => index.has(id));
  const groups = new UnionFind();
  const links: { a: Id; shared: number }[] = [];
  const postings = index.sharedPostings(new Map(ids.map((id, number) => [id, number])));
  forEachSharingPair(postings, ids.length, (a, b, count) => {
    const share = count / Math.min(postings.sizes[a]!, postings.sizes[b]!);
    if (count < MIN_SHARED_PRINTS || share < SHARED_MOST) return;
    groups.join(ids[a]!, ids[b]!);
    links.push({ a: ids[a]!, shared: share });
  });
  return clustersOf(groups, links, order);
}

/**
 * Calls `found` once for each pair of articles (a < b) sharing a fingerprint, with how
 * many they share: all holders of a hash count it as shared, but a common hash only
 * between neighbours in its posting list. Article by article, its neighbours' counts are
 * kept in one array indexed by article and cleared after, so the work is the number of
 * shared fingerprints counted, with no table of pairs growing with the case.
 */
function forEachSharingPair({ holders, starts }: SharedPostings, articleCount: number, found: (a: number, b: number, count: number) => void): void {
  const places = placesByArticle(holders, starts, articleCount);
  const counts = new Int32Array(articleCount);
  const touched: number[] = [];
  const count = (b: number) => {
    if (counts[b] === 0) touched.push(b);
    counts[b] = counts[b]! + 1;
  };
  for (let a = 0; a < articleCount; a++) {
    for (let p = places.starts[a]!; p < places.starts[a + 1]!; p++) {
      const at = places.at[p]!;
      const end = places.ends[p]!;
      if (end < 0) {
        if (at + 1 < -end) count(holders[at + 1]!);
      } else {
        for (let next = at + 1; next < end; next++) count(holders[next]!);
      }
    }
    for (const b of touched) {
      found(a, b, counts[b]!);
      counts[b] = 0;
    }
    touched.length = 0;
  }
}

/**
 * Where each article appears among the posting lists, article by article: `at` is its
 * place, `ends` where that posting list ends, negated when the hash is common.
 */
function placesByArticle(holders: Int32Array, starts: Int32Array, articleCount: number): { at: Int32Array; ends: Int32Array; starts: Int32Array } {
  const byArticle = new Int32Array(articleCount + 1);
  for (const article of holders) byArticle[article + 1]!++;
  for (let a = 0; a < articleCount; a++) byArticle[a + 1]! += byArticle[a]!;
  const next = byArticle.slice(0, articleCount);
  const at = new Int32Array(holders.length);
  const ends = new Int32Array(holders.length);
  for (let run = 0; run + 1 < starts.length; run++) {
    const end = starts[run + 1]!;
    const common = end - starts[run]! > COMMON_HOLDERS;
    for (let place = starts[run]!; place < end; place++) {
      const slot = next[holders[place]!]!++;
      at[slot] = place;
      ends[slot] = common ? -end : end;
    }
  }
  return { at, ends, starts: byArticle };
}

function clustersOf(groups: UnionFind, links: { a: Id; shared: number }[], order: (id: Id) => string): Cluster[] {
  const shares = new Map<Id, number[]>();
  for (const link of links) {
    const root = groups.find(link.a);
    const list = shares.get(root);
    if (list) list.push(link.shared);
    else shares.set(root, [link.shared]);
  }
  const clusters: Cluster[] = [];
  for (const [root, members] of groups.groups()) {
    const linked = shares.get(root) ?? [];
    const shared = linked.reduce((sum, value) => sum + value, 0) / linked.length;
    clusters.push({ articleIds: members.sort((x, y) => compare(order(x), order(y)) || compare(x, y)), shared: Math.round(Math.min(1, shared) * 100) / 100 });
  }
  return clusters.sort((x, y) => y.articleIds.length - x.articleIds.length || y.shared - x.shared || compare(x.articleIds[0]!, y.articleIds[0]!));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Disjoint sets of ids, joined pair by pair (path halving, no ranks: the sets are small). */
class UnionFind {
  readonly #parent = new Map<Id, Id>();

  find(id: Id): Id {
    let node = id;
    for (let parent = this.#parent.get(node); parent !== undefined && parent !== node; parent = this.#parent.get(node)) {
      const grand = this.#parent.get(parent) ?? parent;
      this.#parent.set(node, grand);
      node = grand;
    }
    return node;
  }

  join(a: Id, b: Id): void {
    if (!this.#parent.has(a)) this.#parent.set(a, a);
    if (!this.#parent.has(b)) this.#parent.set(b, b);
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.#parent.set(rootB, rootA);
  }

  /** Each set of two or more, by its root. */
  groups(): Map<Id, Id[]> {
    const groups = new Map<Id, Id[]>();
    for (const id of this.#parent.keys()) {
      const root = this.find(id);
      const members = groups.get(root);
      if (members) members.push(id);
      else groups.set(root, [id]);
    }
    return groups;
  }
}
