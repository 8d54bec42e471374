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
 * between neighbours in its posting list. Each sharing is first filed under the pair's
 * first article, reading the posting lists in order; then each article's file is
 * counted in one array indexed by article and cleared after. Both passes read and write
 * memory in order, so the work is the number of sharings, with no table of pairs and
 * no jumping about a desk-scale case's posting lists.
 */
function forEachSharingPair({ holders, starts }: SharedPostings, articleCount: number, found: (a: number, b: number, count: number) => void): void {
  const { later, from } = laterHolders(holders, starts, articleCount);
  const counts = new Int32Array(articleCount);
  const touched: number[] = [];
  for (let a = 0; a < articleCount; a++) {
    for (let k = from[a]!; k < from[a + 1]!; k++) {
      const b = later[k]!;
      if (counts[b] === 0) touched.push(b);
      counts[b] = counts[b]! + 1;
    }
    for (const b of touched) {
      found(a, b, counts[b]!);
      counts[b] = 0;
    }
    touched.length = 0;
  }
}

/**
 * For each article, the later holders of each hash it holds, one entry per hash shared:
 * `later[from[a]]` to `later[from[a + 1]]`. For a common hash, only the next holder.
 */
function laterHolders(holders: Int32Array, starts: Int32Array, articleCount: number): { later: Int32Array; from: Int32Array } {
  const from = new Int32Array(articleCount + 1);
  forEachRun(starts, (start, end, common) => {
    for (let at = start; at + 1 < end; at++) from[holders[at]! + 1]! += common ? 1 : end - at - 1;
  });
  for (let a = 0; a < articleCount; a++) from[a + 1]! += from[a]!;
  const next = from.slice(0, articleCount);
  const later = new Int32Array(from[articleCount]!);
  forEachRun(starts, (start, end, common) => {
    for (let at = start; at + 1 < end; at++) {
      const a = holders[at]!;
      const last = common ? at + 2 : end;
      for (let b = at + 1; b < last; b++) later[next[a]!++] = holders[b]!;
    }
  });
  return { later, from };
}

function forEachRun(starts: Int32Array, visit: (start: number, end: number, common: boolean) => void): void {
  for (let run = 0; run + 1 < starts.length; run++) {
    const start = starts[run]!;
    const end = starts[run + 1]!;
    visit(start, end, end - start > COMMON_HOLDERS);
  }
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
