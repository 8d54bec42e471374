// Full-text search over one case: an inverted index of its articles, claims and sources,
// kept in the case folder between runs and brought up to date before each search by
// indexing again only the documents whose words changed.

import type { SearchHit } from '../../shared/api';
import { caseIndex } from '../../shared/case-index';
import type { ArticleSummary, CaseData, Id } from '../../shared/model';
import {
  articleDocument,
  articleKey,
  claimDocument,
  documentId,
  keyChanges,
  parseDocumentId,
  partsOf,
  sourceDocument,
  type CaseParts,
  type SearchDocument,
} from './documents';
import { hitFor } from './hits';
import { readSavedIndex, writeSavedIndex } from './index-file';
import { InvertedIndex, type WeightedText } from './inverted-index';
import { rank } from './ranking';
import { processTerm } from './terms';
import { TextCache } from './text-cache';
import { WriteQueue } from '../store/write-queue';

/** A word in a title says more about what the thing is about than one in its text. */
const TITLE_WEIGHT = 2;
const DEFAULT_SEARCH_LIMIT = 20;
/** Article files read at once while indexing: bounded, so a large case never runs out of file handles or memory. */
const READS_IN_FLIGHT = 64;

export interface SearchStorage {
  /** An article's Doc.text, read from its file. */
  readText(articleId: Id): Promise<string>;
  /** Where the index is kept between runs; without it, the index lives in memory only. */
  file?: string;
  /**
   * Names the state of the case `data` is, the same in every run that opens the same
   * case, or null (see CaseStore.revisionOf). A kept index of the same name is trusted
   * as it is; without a name, every document's key is worked out again to check it.
   */
  revisionOf?(data: Readonly<CaseData>): string | null;
}

export class CaseSearch {
  private index = new InvertedIndex();
  /** The key of each indexed document, by document id. */
  private keys = new Map<string, string>();
  private readonly texts: TextCache;
  /** Articles whose file is missing or damaged: found by title only, and tried again when the case changes. */
  private readonly unreadable = new Set<Id>();
  private synced: Readonly<CaseData> | null = null;
  private syncedParts: CaseParts | null = null;
  private loaded = false;
  /** True when the index differs from the saved one. */
  private unsaved = false;
  /** The state of the case the saved index names (see stampOf). */
  private savedStamp: string | null = null;
  /** Syncs run one after another, so two searches never index a document twice. */
  private readonly queue = new WriteQueue();

  constructor(private readonly storage: SearchStorage) {
    this.texts = new TextCache(storage.readText);
  }

  async search(data: Readonly<CaseData>, query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchHit[]> {
    await this.sync(data);
    const results = rank(this.index, query, limit);
    const documents = await Promise.all(results.map((result) => this.documentOf(data, result.id)));
    const texts = new Map(documents.flatMap((doc) => (doc.kind === 'article' ? [[doc.entityId, doc.body] as const] : [])));
    return results.map((result, i) => hitFor(documents[i]!, result.terms, data, texts));
  }

  /**
   * The articles whose title or text holds every one of the words (spelled as the index
   * spells terms), brought up to date with the case first: which articles may carry a
   * short quote.
   */
  async articlesWithWords(data: Readonly<CaseData>, words: readonly string[]): Promise<Id[]> {
    await this.sync(data);
    const found: Id[] = [];
    for (const doc of this.index.documentsWithAll(words.map(processTerm))) {
      const { kind, entityId } = parseDocumentId(this.index.idOf(doc));
      if (kind === 'article') found.push(entityId);
    }
    return found;
  }

  /** The articles whose text the last search could not read, so could not search. */
  unreadableArticles(data: Readonly<CaseData>): ArticleSummary[] {
    return data.articles.filter((article) => this.unreadable.has(article.id));
  }

  /** Keeps the index in the case folder if it changed since it was read or last kept. */
  async save(): Promise<void> {
    await this.queue.drained();
    if (!this.storage.file || !this.synced) return;
    const stamp = this.stampOf(this.synced);
    if (!this.unsaved && stamp === this.savedStamp) return;
    await writeSavedIndex(this.storage.file, { caseId: this.synced.workspace.id, stamp, keys: this.keys, index: this.index.compacted() });
    this.unsaved = false;
    this.savedStamp = stamp;
  }

  /**
   * Brings the index up to date with the case and keeps it in the case folder. `opened`
   * is the case as it was opened: an index no search has used yet is taken from the file
   * if it was kept for that very state, and brought up to date from there with only what
   * the edits since replaced. One kept for another state is left for the first search:
   * checking it document by document is that search's work, not a background task's.
   */
  async keep(opened: Readonly<CaseData>, data: Readonly<CaseData>): Promise<void> {
    const inUse = await this.queue.run(async () => {
      if (!this.loaded) await this.load(opened);
      return this.synced !== null;
    });
    if (!inUse) return;
    await this.sync(data);
    await this.save();
  }

  private sync(data: Readonly<CaseData>): Promise<void> {
    return this.queue.run(() => this.syncNow(data));
  }

  /**
   * The case's data is replaced, never changed, by every edit, so an unchanged object
   * means an unchanged index. Otherwise only the documents whose key changed are
   * indexed again; an article's text is read only when it is indexed.
   */
  private async syncNow(data: Readonly<CaseData>): Promise<void> {
    if (data === this.synced) return;
    if (!this.loaded) await this.load(data);
    const { keys, gone } = data === this.synced ? { keys: new Map<string, string>(), gone: [] } : keyChanges(data, this.syncedParts, this.keys);
    // Articles that could not be read are indexed by title for now, and their files tried again on each change.
    if (this.unreadable.size > 0) {
      const articles = caseIndex(data).articles;
      for (const id of this.unreadable) {
        const article = articles.get(id);
        if (article) keys.set(documentId('article', id), articleKey(article));
      }
      this.unreadable.clear();
    }
    const changed = [...keys].filter(([id, key]) => this.keys.get(id) !== key).map(([id]) => id);
    try {
      for (const id of gone) this.index.remove(id);
      for (let at = 0; at < changed.length; at += READS_IN_FLIGHT) {
        const batch = changed.slice(at, at + READS_IN_FLIGHT);
        for (const doc of await Promise.all(batch.map((id) => this.documentOf(data, id)))) this.index.add(doc.id, fieldsOf(doc));
      }
    } catch (error) {
      // Half updated, the index no longer matches its keys: the next search starts afresh.
      this.reset();
      throw error;
    }
    for (const id of gone) this.keys.delete(id);
    for (const id of changed) this.keys.set(id, keys.get(id)!);
    for (const id of this.unreadable) this.keys.delete(documentId('article', id));
    this.unsaved ||= gone.length > 0 || changed.length > 0;
    this.synced = data;
    this.syncedParts = partsOf(data);
  }

  private reset(): void {
    this.index = new InvertedIndex();
    this.keys = new Map();
    this.synced = null;
    this.syncedParts = null;
  }

  /**
   * Starts from the index kept in the case folder, when there is one for this case. Kept
   * for this very state of the case, it is taken as it is, with no document looked at;
   * otherwise every document's key is checked against it.
   */
  private async load(data: Readonly<CaseData>): Promise<void> {
    this.loaded = true;
    const saved = this.storage.file ? await readSavedIndex(this.storage.file, data.workspace.id) : null;
    if (saved === null) return;
    this.index = new InvertedIndex(saved.index);
    this.keys = saved.keys;
    this.savedStamp = saved.stamp;
    if (saved.stamp === null || saved.stamp !== this.stampOf(data)) return;
    this.synced = data;
    this.syncedParts = partsOf(data);
    // Kept without a key: articles that could not be read then, to be tried again now.
    for (const id of saved.index.ids) {
      const { kind, entityId } = parseDocumentId(id);
      if (kind === 'article' && !this.keys.has(id)) this.unreadable.add(entityId);
    }
  }

  /**
   * The state of the case the index covers, as the file records it: the store's name for
   * it, and the size of each collection, which a case other than the one named would be
   * unlikely to share as well.
   */
  private stampOf(data: Readonly<CaseData>): string | null {
    const revision = this.storage.revisionOf?.(data) ?? null;
    if (revision === null) return null;
    return [revision, data.articles.length, data.claims.length, data.appearances.length, data.sources.length].join(' ');
  }

  /** One damaged file must not take search away from the rest of the case. */
  private async textOf(articleId: Id): Promise<string> {
    try {
      return await this.texts.read(articleId);
    } catch {
      this.unreadable.add(articleId);
      return '';
    }
  }

  private async documentOf(data: Readonly<CaseData>, id: string): Promise<SearchDocument> {
    const { kind, entityId } = parseDocumentId(id);
    const index = caseIndex(data);
    switch (kind) {
      case 'article':
        return articleDocument(index.articles.get(entityId)!, await this.textOf(entityId));
      case 'claim':
        return claimDocument(index.claims.get(entityId)!, index.appearancesOf(entityId));
      case 'source':
        return sourceDocument(index.sources.get(entityId)!);
    }
  }
}

function fieldsOf(doc: SearchDocument): WeightedText[] {
  return [
    { text: doc.title, weight: TITLE_WEIGHT },
    { text: doc.body, weight: 1 },
    { text: doc.extra, weight: 1 },
  ];
}
