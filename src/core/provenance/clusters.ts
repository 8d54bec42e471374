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
import type { FingerprintIndex } from './fingerprint-index';

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
  const hashes = ids.map((id) => Uint32Array.from(new Set(index.prints(id)!.hashes)));
  const postings = postingsOf(hashes);
  const groups = new UnionFind();
  const links: { a: Id; shared: number }[] = [];
  // Per article, the fingerprints it shares with each later article: counted in a typed
  // array and cleared through the list of those touched, so no map is built per article.
  const counts = new Int32Array(ids.length);
  const touched: number[] = [];
  const count = (b: number) => {
    if (counts[b] === 0) touched.push(b);
    counts[b] = counts[b]! + 1;
  };
  for (let a = 0; a < ids.length; a++) {
    for (const hash of hashes[a]!) {
      const posting = postings.get(hash);
      if (posting === undefined) continue;
      // Postings are in article order: the later articles are at the end.
      if (posting.length <= COMMON_HOLDERS) {
        for (let k = posting.length - 1; posting[k]! > a; k--) count(posting[k]!);
      } else {
        const next = posting[positionIn(posting, a) + 1];
        if (next !== undefined) count(next);
      }
    }
    for (const b of touched) {
      const common = counts[b]!;
      counts[b] = 0;
      const shared = common / Math.min(hashes[a]!.length, hashes[b]!.length);
      if (common < MIN_SHARED_PRINTS || shared < SHARED_MOST) continue;
      groups.join(ids[a]!, ids[b]!);
      links.push({ a: ids[a]!, shared });
    }
    touched.length = 0;
  }
  return clustersOf(groups, links, order);
}

/** Hash → the articles (by position, in order) holding it, for hashes held by two or more. */
function postingsOf(hashes: readonly Uint32Array[]): Map<number, number[]> {
  const all = new Map<number, number[]>();
  hashes.forEach((list, article) => {
    for (const hash of list) {
      const posting = all.get(hash);
      if (posting) posting.push(article);
      else all.set(hash, [article]);
    }
  });
  for (const [hash, posting] of all) if (posting.length < 2) all.delete(hash);
  return all;
}

/** Where `article` is in a posting list (it is there): binary search. */
function positionIn(posting: readonly number[], article: number): number {
  let low = 0;
  let high = posting.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (posting[mid]! < article) low = mid + 1;
    else high = mid;
  }
  return low;
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
