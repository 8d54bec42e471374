// Full-text search over one case: a MiniSearch index of its articles, claims and
// sources, brought up to date before each search by indexing again only what changed.

import MiniSearch from 'minisearch';
import type { SearchHit } from '../../shared/api';
import type { ArticleSummary, CaseData, Id } from '../../shared/model';
import { SEARCH_FIELDS, searchDocuments, type SearchDocument } from './documents';
import { hitFor } from './hits';
import { processTerm, tokenize } from './terms';

/** Shorter words would match as prefixes of too many others ("in" → "international"). */
const MIN_PREFIX_LENGTH = 3;
/** Below this a single typo is a different word ("bank" / "band"). */
const MIN_FUZZY_LENGTH = 5;
/** Edits tolerated, as a share of the word's length: one typo in a five-letter word. */
const FUZZINESS = 0.2;
/** A match in a title says more about what the thing is about than one in its text. */
const TITLE_BOOST = 2;

const DEFAULT_SEARCH_LIMIT = 20;

export class CaseSearch {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: {
      combineWith: 'AND',
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? FUZZINESS : false),
      boost: { title: TITLE_BOOST },
    },
  });
  /** Each indexed document with the key it was indexed under, by document id. */
  private readonly indexed = new Map<string, { document: SearchDocument; key: string }>();
  /** Article bodies never change: each is read once. */
  private readonly texts = new Map<Id, string>();
  /** Articles whose file is missing or damaged: found by title only, and tried again when the case changes. */
  private readonly unreadable = new Set<Id>();
  private synced: Readonly<CaseData> | null = null;

  constructor(private readonly readText: (articleId: Id) => Promise<string>) {}

  async search(data: Readonly<CaseData>, query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchHit[]> {
    await this.sync(data);
    return this.index.search(query).slice(0, limit).map((result) => {
      const { document } = this.indexed.get(result.id as string)!;
      return hitFor(document, result.terms, data, this.texts);
    });
  }

  /** The articles whose text the last search could not read, so could not search. */
  unreadableArticles(data: Readonly<CaseData>): ArticleSummary[] {
    return data.articles.filter((article) => this.unreadable.has(article.id));
  }

  /**
   * The case's data is replaced, never changed, by every edit, so an unchanged object
   * means an unchanged index. The update after the reads is synchronous, so two
   * searches racing through here cannot index a document twice.
   */
  private async sync(data: Readonly<CaseData>): Promise<void> {
    if (data === this.synced) return;
    this.unreadable.clear();
    for (const { id } of data.articles) {
      if (this.texts.has(id)) continue;
      try {
        this.texts.set(id, await this.readText(id));
      } catch {
        // One damaged file must not take search away from the rest of the case.
        this.unreadable.add(id);
      }
    }
    const current = new Map(searchDocuments(data, this.texts).map((keyed) => [keyed.document.id, keyed]));
    for (const [id, old] of this.indexed) {
      if (current.get(id)?.key === old.key) continue;
      this.index.discard(id);
      this.indexed.delete(id);
    }
    for (const [id, keyed] of current) {
      if (this.indexed.has(id)) continue;
      this.index.add(keyed.document);
      this.indexed.set(id, keyed);
    }
    this.synced = data;
  }
}
