// One open case. All edits to claimdesk.json go through edit(): one at a time, each one
// on disk before its promise resolves, each one recorded in history.jsonl.

import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Low } from 'lowdb';
import type { Article, ArticleSummary, CaseData, HistoryEntry, Id, NewArticle } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { createCaseFolder, openCaseFolder, type NewCase } from './case-folder';
import { articleFile, casePaths, originalFile, type CasePaths } from './case-paths';
import { articleShapeProblem, caseShapeProblem, checkArticleBody } from './case-shape';
import { removeStaleTemporaryFiles, writeFileDurably } from './durable-file';
import { DurableJsonFile } from './durable-json-file';
import { exists, hasErrorCode } from './fs-helpers';
import { appendHistory, historyEntries, readHistory } from './history';
import { newId } from './ids';
import { labelOf } from './change-label';
import { diffCase } from './case-diff';
import { Journal, type Change } from './journal';
import { MIGRATIONS, type Migration } from './migrations';
import { UndoStack, type Direction } from './undo-stack';
import { WriteQueue } from './write-queue';
import type { UndoState } from '../../shared/undo-state';

export interface OpenOptions {
  /** The upgrade steps to apply to an older file; tests inject their own. */
  migrations?: readonly Migration[];
}

/**
 * Changes the draft, a private copy of the case, and records each change in the journal.
 * Runs synchronously; what it returns, copied, is what edit() resolves with. Throwing
 * cancels the edit: nothing is saved. Once saved the draft becomes the frozen data, and
 * objects the action put into it are frozen with it.
 */
export type EditAction<T> = (draft: CaseData, journal: Journal) => T;

export interface EditOptions {
  /** What Undo calls this edit; by default named from what it changed. */
  label?: string;
  /** False for view state (the layout), which Undo passes over. Such an edit must change nothing else. */
  undoable?: boolean;
}

export class CaseStore {
  private readonly queue = new WriteQueue();
  private readonly steps = new UndoStack();
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly paths: CasePaths,
    private readonly db: Low<CaseData>,
  ) {}

  static async open(dir: string, options: OpenOptions = {}): Promise<CaseStore> {
    const paths = casePaths(resolve(dir));
    const data = await openCaseFolder(paths, options.migrations ?? MIGRATIONS);
    for (const folder of [paths.dir, paths.articles, paths.originals]) await removeStaleTemporaryFiles(folder);
    return CaseStore.over(paths, data);
  }

  /** Refuses a folder that already holds a case. */
  static async create(dir: string, options: NewCase): Promise<CaseStore> {
    const paths = casePaths(resolve(dir));
    const data = await createCaseFolder(paths, options);
    return CaseStore.over(paths, data);
  }

  private static over(paths: CasePaths, data: CaseData): CaseStore {
    return new CaseStore(paths.dir, paths, new Low(new DurableJsonFile<CaseData>(paths.caseFile), deepFreeze(data)));
  }

  /**
   * The case as last saved. Frozen: readers share it without copying, and a stray write
   * outside edit() throws instead of making memory disagree with the disk.
   */
  get data(): Readonly<CaseData> {
    return this.db.data;
  }

  /**
   * Runs one edit as a transaction: after every edit queued before it, on a copy of the
   * case; then saves the whole case durably and only then makes it the data, so readers
   * never see an unsaved edit and a failed save leaves the data as it is on disk. The
   * history lines are appended after the save: claimdesk.json is the source of truth, and
   * a crash in between loses a record, never invents one.
   */
  edit<T>(action: EditAction<T>, options: EditOptions = {}): Promise<T> {
    if (this.closed) return Promise.reject(closedError(this.dir));
    return this.queue.run(async () => {
      const saved = this.db.data;
      const draft = structuredClone(saved);
      const journal = new Journal();
      // Copied before saving, so a result that cannot be copied cancels the edit.
      const result = structuredClone(action(draft, journal));
      await this.save(draft);
      if (options.undoable !== false && journal.changes.length > 0) {
        this.steps.record({ label: options.label ?? labelOf(journal.changes), before: saved, after: this.db.data });
      }
      await this.record(journal.changes, saved);
      return result;
    });
  }

  /** What Undo and Redo would do now. */
  get undoState(): UndoState {
    return this.steps.state;
  }

  /** Puts the case back exactly as it was before the last edit (the layout stays); resolves with the edit's name. */
  undo(): Promise<string> {
    return this.travel('undo');
  }

  /** Makes the last undone edit again; resolves with its name. */
  redo(): Promise<string> {
    return this.travel('redo');
  }

  /** Undo and redo are edits too: saved durably, and written to the history with their cause. */
  private travel(direction: Direction): Promise<string> {
    if (this.closed) return Promise.reject(closedError(this.dir));
    return this.queue.run(async () => {
      const step = this.steps.next(direction);
      if (!step) throw new ClaimdeskError('not-found', `There is nothing to ${direction}.`);
      const current = this.db.data;
      const target = direction === 'undo' ? step.before : step.after;
      await this.save({ ...structuredClone(target), layout: structuredClone(current.layout) });
      this.steps.moved(direction);
      const changes = diffCase(current, this.db.data).map((change) => ({ ...change, cause: direction }));
      await this.record(changes, current);
      return step.label;
    });
  }

  /** Writes the case durably, and only then makes it the data. */
  private async save(draft: CaseData): Promise<void> {
    refuseUnreadable(draft);
    await this.db.adapter.write(draft);
    this.db.data = deepFreeze(draft);
  }

  private async record(changes: readonly Change[], saved: Readonly<CaseData>): Promise<void> {
    try {
      await appendHistory(this.paths.history, historyEntries(changes, saved.workspace, new Date()));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ClaimdeskError(
        'internal',
        `The change was saved, but it could not be added to the history in ${this.paths.history}: ${reason}.`,
      );
    }
  }

  /** Imports a first version: writes the article, then adds it to the case in one edit. */
  async addArticle(input: NewArticle): Promise<Article> {
    const article = await this.writeArticle(input, FIRST_VERSION);
    await this.edit((draft, journal) => includeArticle(draft, journal, article));
    return article;
  }

  /**
   * Gives an imported article its id, import time and lineage and writes its body to
   * articles/<id>.json. It joins the case when an edit calls includeArticle(): the body
   * is written first, so the case never names an article whose file is missing.
   */
  async writeArticle(input: NewArticle, lineage: Lineage): Promise<Article> {
    const article: Article = { ...input, ...lineage, id: newId('art'), importedAt: new Date().toISOString() };
    const problem = articleShapeProblem(article);
    if (problem) {
      throw new ClaimdeskError('import-failed', `The imported article is incomplete (${problem}). Nothing was saved.`);
    }
    // Folders can go missing: git, for one, does not keep empty ones.
    await mkdir(this.paths.articles, { recursive: true });
    await writeFileDurably(articleFile(this.paths, article.id), JSON.stringify(article));
    return article;
  }

  /** The article's text from its file, with its metadata as the case now holds it. */
  async readArticle(id: Id): Promise<Article> {
    const file = articleFile(this.paths, id);
    const summary = this.data.articles.find((candidate) => candidate.id === id);
    const data = summary ? await new DurableJsonFile<unknown>(file).read() : null;
    if (!summary || data === null) {
      throw new ClaimdeskError('not-found', `There is no article ${id} in this case (no ${file}).`);
    }
    return { ...summary, doc: checkArticleBody(data, file).doc };
  }

  /** Keeps the imported bytes under their hash; a second copy of the same bytes is skipped. */
  async saveOriginal(sha256: string, bytes: Uint8Array): Promise<void> {
    const file = originalFile(this.paths, sha256);
    if (await exists(file)) return;
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha256) {
      const message = `The original's bytes do not match the hash ${sha256}. Nothing was saved.`;
      throw new ClaimdeskError('import-failed', message);
    }
    await mkdir(this.paths.originals, { recursive: true });
    await writeFileDurably(file, bytes);
  }

  async hasOriginal(sha256: string): Promise<boolean> {
    return exists(originalFile(this.paths, sha256));
  }

  async readOriginal(sha256: string): Promise<Uint8Array> {
    const file = originalFile(this.paths, sha256);
    try {
      return await readFile(file);
    } catch (error) {
      if (!hasErrorCode(error, 'ENOENT')) throw error;
      throw new ClaimdeskError('not-found', `The original ${sha256} is not in this case (no ${file}).`);
    }
  }

  readHistory(): Promise<HistoryEntry[]> {
    return readHistory(this.paths.history);
  }

  /** Waits for the edits already queued; later edits are refused. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue.drained();
  }
}

/** Where an article stands among the versions of one page. */
export type Lineage = Pick<ArticleSummary, 'version' | 'previousVersionId'>;

export const FIRST_VERSION: Lineage = { version: 1, previousVersionId: null };

/** Inside an edit: adds a written article's summary to the case. */
export function includeArticle(draft: CaseData, journal: Journal, article: Article): void {
  const { doc: _body, ...summary } = article;
  draft.articles.push(summary);
  journal.created('article', summary.id, summary);
}

function refuseUnreadable(draft: CaseData): void {
  const problem = caseShapeProblem(draft);
  if (problem === null) return;
  throw new ClaimdeskError(
    'internal',
    `This change was not saved: it would leave the case in a shape Claimdesk cannot read (${problem}). ` +
      'Nothing was changed.',
  );
}

function closedError(dir: string): ClaimdeskError {
  return new ClaimdeskError('internal', `The case ${dir} has been closed; the change was not saved.`);
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
