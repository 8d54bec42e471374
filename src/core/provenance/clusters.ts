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

/** Articles a key can tell apart: a key is hash × SLOTS + article, exact in a double. */
const SLOTS = 2 ** 20;

export function findClusters(index: FingerprintIndex, { articleIds, order }: ClusterOptions): Cluster[] {
  const ids = [...new Set(articleIds)].filter((id) => index.has(id));
  if (ids.length > SLOTS) throw new RangeError(`Cannot cluster more than ${SLOTS} articles at once.`);
  const { shared, sizes } = sharedFingerprints(ids.map((id) => index.prints(id)!.hashes));
  const groups = new UnionFind();
  const links: { a: Id; shared: number }[] = [];
  for (const [pair, count] of shared) {
    const a = Math.floor(pair / ids.length);
    const b = pair % ids.length;
    const share = count / Math.min(sizes[a]!, sizes[b]!);
    if (count < MIN_SHARED_PRINTS || share < SHARED_MOST) continue;
    groups.join(ids[a]!, ids[b]!);
    links.push({ a: ids[a]!, shared: share });
  }
  return clustersOf(groups, links, order);
}

/**
 * How many distinct fingerprints each pair of articles shares (by a × count + b, a < b),
 * and how many each holds. Every (hash, article) is one number in one typed array,
 * sorted once: runs of one hash are its posting list, in article order.
 */
function sharedFingerprints(prints: readonly Uint32Array[]): { shared: Map<number, number>; sizes: Uint32Array } {
  const keys = new Float64Array(prints.reduce((sum, list) => sum + list.length, 0));
  let at = 0;
  prints.forEach((list, article) => {
    for (const hash of list) keys[at++] = hash * SLOTS + article;
  });
  keys.sort();
  const sizes = new Uint32Array(prints.length);
  const shared = new Map<number, number>();
  const add = (a: number, b: number) => {
    const pair = a * prints.length + b;
    shared.set(pair, (shared.get(pair) ?? 0) + 1);
  };
  const run: number[] = [];
  for (let k = 0; k <= keys.length; k++) {
    const hash = k < keys.length ? Math.floor(keys[k]! / SLOTS) : -1;
    if (run.length > 0 && hash !== Math.floor(keys[k - 1]! / SLOTS)) {
      countRun(run, add);
      run.length = 0;
    }
    if (k === keys.length || (k > 0 && keys[k] === keys[k - 1])) continue;
    const article = keys[k]! % SLOTS;
    sizes[article] = sizes[article]! + 1;
    run.push(article);
  }
  return { shared, sizes };
}

/** The pairs one hash's holders share it as: all of them, or only neighbours when it is common. */
function countRun(run: readonly number[], add: (a: number, b: number) => void): void {
  if (run.length > COMMON_HOLDERS) {
    for (let x = 1; x < run.length; x++) add(run[x - 1]!, run[x]!);
    return;
  }
  for (let x = 0; x < run.length; x++) for (let y = x + 1; y < run.length; y++) add(run[x]!, run[y]!);
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
