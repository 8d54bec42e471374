// Copy clusters: articles that share most of their text, found from the fingerprint
// index without comparing every pair. For each article, its fingerprints' posting lists
// name the articles sharing them; counting those gives, per neighbour, how many
// fingerprints the two share. Pairs sharing most of the smaller text are joined, and
// joined pairs chain into clusters (a wire story, its reprint and the reprint's rewrite).
//
// A fingerprint held by very many articles (a byline, a copyright line, a boilerplate
// paragraph) says nothing about copying and would make the count quadratic: it is skipped.

import type { Cluster } from '../../shared/clusters';
import type { Id } from '../../shared/model';
import type { FingerprintIndex } from './fingerprint-index';

/** Share of the smaller article's fingerprints the two must share to be copies of one text. */
export const SHARED_MOST = 0.5;
/**
 * Fewest fingerprints two copies share: about 50 words (a fingerprint is kept for about
 * 2 words in 5), more than a long quote, so articles sharing only a quote are no cluster.
 */
export const MIN_SHARED_PRINTS = 20;
/** A fingerprint held by more articles than this (or 1% of the case, if more) is boilerplate. */
const COMMON_HOLDERS = 50;
const COMMON_SHARE = 0.01;

export interface ClusterOptions {
  /** The articles to group (the latest version of each page); others in the index are ignored. */
  articleIds: readonly Id[];
  /** Sort key for reading order within a cluster: earliest first. */
  order: (articleId: Id) => string;
}

export function findClusters(index: FingerprintIndex, { articleIds, order }: ClusterOptions): Cluster[] {
  const wanted = new Set(articleIds.filter((id) => index.has(id)));
  const common = Math.max(COMMON_HOLDERS, Math.ceil(wanted.size * COMMON_SHARE));
  const sizes = new Map<Id, number>();
  for (const id of wanted) sizes.set(id, new Set(index.prints(id)!.hashes).size);
  const groups = new UnionFind();
  const links: { a: Id; b: Id; shared: number }[] = [];
  for (const a of wanted) {
    const counts = new Map<Id, number>();
    for (const hash of new Set(index.prints(a)!.hashes)) {
      const holders = index.holders(hash);
      if (holders.length < 2 || holders.length > common) continue;
      for (const b of holders) if (b > a && wanted.has(b)) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
    for (const [b, count] of counts) {
      const shared = count / Math.min(sizes.get(a)!, sizes.get(b)!);
      if (count < MIN_SHARED_PRINTS || shared < SHARED_MOST) continue;
      groups.join(a, b);
      links.push({ a, b, shared });
    }
  }
  return clustersOf(groups, links, order);
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
