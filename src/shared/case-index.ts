// The case looked up by id and by relation, built once per version of the case and
// shared by everyone who reads it: the CLI, the reports, the search and the renderer.
// Each lookup is built on first use, in one pass over its collection, so no reader ever
// scans a whole collection per item and a case of 50,000 claims stays linear.

import type { Appearance, ArticleSummary, CaseData, Claim, Evidence, Id, Source, Tag } from './model';

const NONE: readonly never[] = Object.freeze([]);

export class CaseIndex {
  #articles?: ReadonlyMap<Id, ArticleSummary>;
  #claims?: ReadonlyMap<Id, Claim>;
  #appearances?: ReadonlyMap<Id, Appearance>;
  #sources?: ReadonlyMap<Id, Source>;
  #evidence?: ReadonlyMap<Id, Evidence>;
  #tags?: ReadonlyMap<string, Tag>;
  #appearancesByClaim?: ReadonlyMap<Id, readonly Appearance[]>;
  #appearancesByArticle?: ReadonlyMap<Id, readonly Appearance[]>;
  #articlesByClaim?: ReadonlyMap<Id, readonly Id[]>;
  #evidenceByClaim?: ReadonlyMap<Id, readonly Evidence[]>;
  #evidenceBySource?: ReadonlyMap<Id, readonly Evidence[]>;
  #passagesByArticle?: ReadonlyMap<Id, readonly Evidence[]>;
  #claimsByTag?: ReadonlyMap<string, readonly Claim[]>;
  #sourcesByArticle?: ReadonlyMap<Id, readonly Source[]>;

  constructor(private readonly data: Readonly<CaseData>) {}

  get articles(): ReadonlyMap<Id, ArticleSummary> {
    return (this.#articles ??= byId(this.data.articles));
  }

  get claims(): ReadonlyMap<Id, Claim> {
    return (this.#claims ??= byId(this.data.claims));
  }

  get appearances(): ReadonlyMap<Id, Appearance> {
    return (this.#appearances ??= byId(this.data.appearances));
  }

  get sources(): ReadonlyMap<Id, Source> {
    return (this.#sources ??= byId(this.data.sources));
  }

  get evidence(): ReadonlyMap<Id, Evidence> {
    return (this.#evidence ??= byId(this.data.evidence));
  }

  /** Tags by their exact name. */
  get tags(): ReadonlyMap<string, Tag> {
    return (this.#tags ??= new Map(this.data.tags.map((tag) => [tag.name, tag])));
  }

  /** Where a claim is marked, in the order the marks were made. */
  appearancesOf(claimId: Id): readonly Appearance[] {
    this.#appearancesByClaim ??= groupBy(this.data.appearances, (item) => [item.claimId]);
    return this.#appearancesByClaim.get(claimId) ?? NONE;
  }

  /** The claims marked in an article, as their appearances there. */
  appearancesIn(articleId: Id): readonly Appearance[] {
    this.#appearancesByArticle ??= groupBy(this.data.appearances, (item) => [item.articleId]);
    return this.#appearancesByArticle.get(articleId) ?? NONE;
  }

  /** The articles a claim is marked in, each once, in the order of its first mark there. */
  articlesOf(claimId: Id): readonly Id[] {
    this.#articlesByClaim ??= articlesByClaim(this.data.appearances);
    return this.#articlesByClaim.get(claimId) ?? NONE;
  }

  evidenceOf(claimId: Id): readonly Evidence[] {
    this.#evidenceByClaim ??= groupBy(this.data.evidence, (item) => [item.claimId]);
    return this.#evidenceByClaim.get(claimId) ?? NONE;
  }

  /** The evidence that cites a source. */
  evidenceFrom(sourceId: Id): readonly Evidence[] {
    this.#evidenceBySource ??= groupBy(this.data.evidence, (item) => [item.sourceId]);
    return this.#evidenceBySource.get(sourceId) ?? NONE;
  }

  /** The evidence that cites a passage of an article. */
  passagesIn(articleId: Id): readonly Evidence[] {
    this.#passagesByArticle ??= groupBy(this.data.evidence, (item) => (item.passage ? [item.passage.articleId] : []));
    return this.#passagesByArticle.get(articleId) ?? NONE;
  }

  /** The claims that carry a tag, by its exact name. */
  claimsTagged(tagName: string): readonly Claim[] {
    this.#claimsByTag ??= groupBy(this.data.claims, (claim) => new Set(claim.tags));
    return this.#claimsByTag.get(tagName) ?? NONE;
  }

  /** The sources that are an article of the case (usually one). */
  sourcesOfArticle(articleId: Id): readonly Source[] {
    this.#sourcesByArticle ??= groupBy(this.data.sources, (source) => (source.articleId === null ? [] : [source.articleId]));
    return this.#sourcesByArticle.get(articleId) ?? NONE;
  }
}

const indexes = new WeakMap<object, CaseIndex>();

/**
 * The lookups of one version of the case. Every edit replaces the case's data with a new
 * frozen object, so an index per object is never stale. Index only data that no longer
 * changes: a draft being edited must be looked up directly.
 */
export function caseIndex(data: Readonly<CaseData>): CaseIndex {
  let index = indexes.get(data);
  if (!index) {
    index = new CaseIndex(data);
    indexes.set(data, index);
  }
  return index;
}

function byId<T extends { id: Id }>(items: readonly T[]): ReadonlyMap<Id, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T, K>(items: readonly T[], keysOf: (item: T) => Iterable<K>): ReadonlyMap<K, readonly T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function articlesByClaim(appearances: readonly Appearance[]): ReadonlyMap<Id, readonly Id[]> {
  const seen = new Map<Id, Set<Id>>();
  for (const { claimId, articleId } of appearances) {
    const articles = seen.get(claimId);
    if (articles) articles.add(articleId);
    else seen.set(claimId, new Set([articleId]));
  }
  return new Map([...seen].map(([claimId, articles]) => [claimId, [...articles]]));
}
