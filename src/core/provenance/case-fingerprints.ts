// One case's fingerprint index, kept up to date: an imported article is fingerprinted
// at once from the text in hand; before each lookup the index is checked against the
// case (cheaply: by id and sha256, without reading any article) and only articles it
// lacks are read, so articles added by another process or a restored file are caught
// up. The index is kept in the case folder between runs.

import { caseIndex } from '../../shared/case-index';
import type { Article, CaseData, Id } from '../../shared/model';
import type { Carriers } from '../../shared/provenance';
import { TextCache } from '../search/text-cache';
import { findCarriers, type CarrierQuery } from './carriers';
import { FingerprintIndex } from './fingerprint-index';
import { readSavedPrints, writeSavedPrints } from './fingerprint-file';
import { WriteQueue } from '../store/write-queue';

/** Article files read at once while catching up: bounded, for file handles and memory. */
const READS_IN_FLIGHT = 64;

export interface FingerprintStorage {
  readText(articleId: Id): Promise<string>;
  /** Where the index is kept between runs; without it, it lives in memory only. */
  file?: string;
}

/** Which articles hold some words (the case's search index): the candidates for a quote too short to fingerprint. */
export interface WordIndex {
  articlesWithWords(data: Readonly<CaseData>, words: readonly string[]): Promise<Id[]>;
}

export class CaseFingerprints {
  private readonly index = new FingerprintIndex();
  /** The sha256 each indexed article had when fingerprinted. */
  private readonly indexed = new Map<Id, string>();
  private readonly texts: TextCache;
  /** Articles whose file could not be read: left out, and tried again when the case changes. */
  private readonly unreadable = new Set<Id>();
  private synced: Readonly<CaseData> | null = null;
  private loaded: Promise<void> | null = null;
  private unsaved = false;
  /** Brings the index up to date one change at a time: two requests never read and add the same articles at once. */
  private readonly queue = new WriteQueue();

  constructor(
    private readonly storage: FingerprintStorage,
    private readonly wordIndex: WordIndex,
  ) {
    this.texts = new TextCache(storage.readText);
  }

  /** An article just imported, its text in hand: indexed without reading its file. */
  noteImported(article: Article): void {
    this.index.add(article.id, article.doc.text);
    this.indexed.set(article.id, article.sha256);
    this.unsaved = true;
  }

  /** `bodies`: articles already read (a report's), so their files are not read again. */
  async carriers(data: Readonly<CaseData>, query: CarrierQuery, bodies?: ReadonlyMap<Id, Article>): Promise<Carriers> {
    await this.sync(data);
    const summaries = caseIndex(data).articles;
    const readText = async (id: Id) => bodies?.get(id)?.doc.text ?? (await this.textOf(id));
    const articlesWithWords = (words: readonly string[]) => this.wordIndex.articlesWithWords(data, words);
    return findCarriers(query, { index: this.index, summaries, readText, articlesWithWords });
  }

  /** The index, brought up to date with the case: the foundation of every provenance question. */
  async indexOf(data: Readonly<CaseData>): Promise<FingerprintIndex> {
    await this.sync(data);
    return this.index;
  }

  /** Whether the index, as last brought up to date, lacks an article whose file could not be read. */
  get lacksSome(): boolean {
    return this.unreadable.size > 0;
  }

  async save(): Promise<void> {
    await this.queue.drained();
    if (!this.unsaved || !this.storage.file || !this.synced) return;
    const saved = [...this.indexed].map(([articleId, sha256]) => ({ articleId, sha256, prints: this.index.prints(articleId)! }));
    await writeSavedPrints(this.storage.file, this.synced.workspace.id, saved);
    this.unsaved = false;
  }

  private sync(data: Readonly<CaseData>): Promise<void> {
    return this.queue.run(() => this.syncNow(data));
  }

  private async syncNow(data: Readonly<CaseData>): Promise<void> {
    if (data === this.synced) return;
    this.loaded ??= this.load(data);
    await this.loaded;
    this.unreadable.clear();
    const present = new Map(data.articles.map((article) => [article.id, article.sha256]));
    for (const id of [...this.indexed.keys()]) {
      if (present.get(id) === this.indexed.get(id)) continue;
      this.index.remove(id);
      this.indexed.delete(id);
      this.unsaved = true;
    }
    const missing = data.articles.filter((article) => !this.indexed.has(article.id));
    for (let at = 0; at < missing.length; at += READS_IN_FLIGHT) {
      const batch = missing.slice(at, at + READS_IN_FLIGHT);
      const texts = await Promise.all(batch.map((article) => this.textOf(article.id)));
      batch.forEach((article, i) => {
        const text = texts[i];
        if (text == null) return;
        this.index.add(article.id, text);
        this.indexed.set(article.id, article.sha256);
        this.unsaved = true;
      });
    }
    this.synced = data;
  }

  /** Starts from the saved index, keeping only what matches the case's articles. */
  private async load(data: Readonly<CaseData>): Promise<void> {
    if (!this.storage.file) return;
    const present = new Map(data.articles.map((article) => [article.id, article.sha256]));
    for (const { articleId, sha256, prints } of await readSavedPrints(this.storage.file, data.workspace.id)) {
      if (present.get(articleId) !== sha256 || this.indexed.has(articleId)) continue;
      this.index.addPrints(articleId, prints);
      this.indexed.set(articleId, sha256);
    }
  }

  /** One damaged file costs its own article only. */
  private async textOf(articleId: Id): Promise<string | null> {
    if (this.unreadable.has(articleId)) return null;
    try {
      return await this.texts.read(articleId);
    } catch {
      this.unreadable.add(articleId);
      return null;
    }
  }
}
