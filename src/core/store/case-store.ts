// One open case. All edits go through edit(): one at a time, each one durable before its
// promise resolves. An edit is saved by appending its history entries to the journal
// (history.jsonl) in one write, so the edit and its audit trail can never disagree and
// saving costs the size of the change, not of the case. claimdesk.json is a snapshot,
// rewritten after idle time, when the journal has grown, and on close.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { Article, ArticleSummary, CaseData, HistoryEntry, Id, NewArticle } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import type { UndoState } from '../../shared/undo-state';
import { sanitizeDoc } from './case-sanitize';
import { createCaseFolder, openCaseFolder, requireFolder, type NewCase, type OpenedCase } from './case-folder';
import { draftOf, draftDisagreement } from './case-draft';
import { diffCase } from './case-diff';
import { CaseLock } from './case-lock';
import { articleFile, casePaths, originalFile, type CasePaths } from './case-paths';
import { articleShapeProblem, changeShapeProblem, checkArticleBody } from './case-shape';
import { labelOf } from './change-label';
import { removeStaleTemporaryFiles, writeFileDurably } from './durable-file';
import { readJsonFile } from './json-file';
import { EditLog, type JournalMark, type SavedEdit } from './edit-log';
import { exists, hasErrorCode } from './fs-helpers';
import { historyEntries, historyLines, parseHistory, readHistory } from './history';
import { newId } from './ids';
import { textFingerprint } from './text-fingerprint';
import { Journal, type Change } from './journal';
import { readLayout, writeLayout } from './layout-file';
import { MIGRATIONS, type Migration } from './migrations';
import { applyChanges } from './replay';
import { requireUnchanged, writeSnapshot, type Fingerprint } from './snapshot';
import { UndoStack, type Direction } from './undo-stack';
import { WriteQueue } from './write-queue';

export interface OpenOptions {
  /** The upgrade steps to apply to an older file; tests inject their own. */
  migrations?: readonly Migration[];
  /** What holds the case, as its lock file says: "electron", "serve", or "cli" (the default). */
  app?: string;
  /** How long to wait for another command line that holds the case; 0 refuses at once. */
  lockWaitMs?: number;
  /** When the snapshot is rewritten; tests shorten it. */
  compaction?: Partial<CompactionPolicy>;
}

export interface CompactionPolicy {
  /** Past this many bytes of journal since the last snapshot, the next edit rewrites it. */
  maxJournalBytes: number;
  /** After this long without an edit, the snapshot is rewritten. */
  idleMs: number;
}

/**
 * A snapshot of a desk-scale case takes about a second to write: after a pause in the
 * work, or when replaying the journal on open would start to take as long as reading
 * the snapshot itself.
 */
export const DEFAULT_COMPACTION: CompactionPolicy = { maxJournalBytes: 16 * 1024 * 1024, idleMs: 20_000 };

/**
 * Changes the draft, a private copy of the case, and records each change in the journal.
 * Runs synchronously; what it returns, copied, is what edit() resolves with. Throwing
 * cancels the edit: nothing is saved. Items of the draft are frozen until revise()d:
 * see case-draft.ts. What is saved is what the journal records, nothing else.
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
  private idleTimer: NodeJS.Timeout | null = null;
  private articleIndex: { list: readonly ArticleSummary[]; byId: Map<Id, ArticleSummary> } | null = null;
  private readonly editListeners = new Set<() => void>();
  /** Each state of the case this store has held, named by the journal's place when it became the data. */
  private readonly revisions = new WeakMap<Readonly<CaseData>, string>();

  private constructor(
    readonly dir: string,
    private readonly paths: CasePaths,
    private readonly db: Low<CaseData>,
    private log: EditLog,
    private readonly lock: CaseLock,
    private readonly snapshot: SnapshotState,
    private readonly compaction: CompactionPolicy,
  ) {
    this.revisions.set(db.data, revisionName(log.mark));
  }

  /** Opens the case for writing: takes its lock, reads the snapshot and replays the journal. */
  static async open(dir: string, options: OpenOptions = {}): Promise<CaseStore> {
    const paths = casePaths(resolve(dir));
    await requireFolder(paths.dir);
    const lock = await lockCase(paths, options);
    try {
      const opened = await openCaseFolder(paths, options.migrations ?? MIGRATIONS);
      const store = await CaseStore.over(paths, lock, opened, options);
      for (const folder of [paths.dir, paths.articles, paths.originals]) await removeStaleTemporaryFiles(folder);
      await store.quarantineUnnamedArticles();
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** Refuses a folder that already holds a case. */
  static async create(dir: string, options: NewCase & Pick<OpenOptions, 'app' | 'compaction'>): Promise<CaseStore> {
    const paths = casePaths(resolve(dir));
    await mkdir(paths.dir, { recursive: true });
    const lock = await lockCase(paths, options);
    try {
      return await CaseStore.over(paths, lock, await createCaseFolder(paths, options), options);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  private static async over(paths: CasePaths, lock: CaseLock, opened: OpenedCase, options: OpenOptions): Promise<CaseStore> {
    const mark = opened.mark ?? { seq: 0, offset: await historySize(paths) };
    const { log, edits } = await EditLog.open(paths.history, mark, true);
    const data = await withJournalAndLayout(paths, opened.data, edits);
    const snapshot: SnapshotState = { fingerprint: opened.fingerprint, mark };
    const db = new Low<CaseData>(new SnapshotAdapter(paths.caseFile, snapshot, log), freezeOpened(data));
    const store = new CaseStore(paths.dir, paths, db, log, lock, snapshot, { ...DEFAULT_COMPACTION, ...options.compaction });
    // A case saved before the journal gets its mark now, before any edit is appended.
    if (opened.mark === null) await db.write();
    return store;
  }

  /**
   * The case as last saved. Frozen: readers share it without copying, and a stray write
   * outside edit() throws instead of making memory disagree with the disk.
   */
  get data(): Readonly<CaseData> {
    return this.db.data;
  }

  /** The stale lock this store took over when it opened, if any, to tell the user. */
  get tookOverFrom() {
    return this.lock.tookOverFrom;
  }

  /** How many edits this case has saved: a number that changes with every edit, for others to notice. */
  get seq(): number {
    return this.log.mark.seq;
  }

  /**
   * Names the state of the case `data` is, if this store held it: where the journal ended
   * when it became the data. A case opened again with the same name is the same case, so
   * a cache kept in the case folder (the search index) tells whether it is up to date
   * without reading the case. Null for data this store did not hold.
   */
  revisionOf(data: Readonly<CaseData>): string | null {
    return this.revisions.get(data) ?? null;
  }

  /**
   * Calls `listener` after each saved change of the case (an edit, an undo, a merge),
   * once it is the data; returns what stops it. The listener runs before the edit's
   * promise resolves, so it should only note that there is work to do later.
   */
  onEdit(listener: () => void): () => void {
    this.editListeners.add(listener);
    return () => void this.editListeners.delete(listener);
  }

  private notifyEdit(): void {
    for (const listener of this.editListeners) {
      try {
        listener();
      } catch {
        // The change is saved whatever a listener does; its own work is its own to report.
      }
    }
  }

  /** Makes `data` the case, named by where the journal ends now. */
  private become(data: CaseData): void {
    this.db.data = data;
    this.revisions.set(data, revisionName(this.log.mark));
  }

  /** Tells other processes where the app answers API calls, through the lock file. */
  publishEndpoint(endpoint: { url: string; token: string }): Promise<void> {
    return this.lock.publish(endpoint);
  }

  /**
   * Runs one edit as a transaction, after every edit queued before it: the action works
   * on a draft, the changes it records are appended to the journal, and only once they
   * are on disk do they become the data. A failed append leaves the data as it was, and
   * the error says the change was not saved.
   */
  edit<T>(action: EditAction<T>, options: EditOptions = {}): Promise<T> {
    if (this.closed) return Promise.reject(closedError(this.dir));
    return this.queue.run(async () => {
      const saved = this.db.data;
      const draft = draftOf(saved);
      const journal = new Journal();
      // Copied before saving, so a result that cannot be copied cancels the edit.
      const result = structuredClone(action(draft, journal));
      if (options.undoable === false) {
        await this.saveLayout(draft, journal.changes);
        return result;
      }
      refuseUnjournaled(draft, saved, journal.changes);
      if (journal.changes.length === 0) return result;
      await this.commit(journal.changes, saved);
      this.steps.record({ label: options.label ?? labelOf(journal.changes), before: saved, after: this.db.data });
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
      const changes = diffCase(current, target).map((change) => ({ ...change, cause: direction }));
      if (changes.length > 0) await this.commit(changes, current);
      this.steps.moved(direction);
      return step.label;
    });
  }

  /**
   * Appends the edit to the journal, and only then makes it the data. The case the edit
   * makes is worked out while the journal's write is on its way to the disk: the edit
   * waits for the slower of the two, not for both.
   */
  private async commit(changes: readonly Change[], saved: Readonly<CaseData>): Promise<void> {
    refuseUnreadable(changes);
    const appended = this.log.append(historyEntries(changes, saved.workspace, new Date(), this.log.nextSeq));
    let next: CaseData;
    try {
      next = freezeCommitted(applyChanges(saved, changes), changes);
    } catch (error) {
      // Changes of a readable shape always apply (replay depends on it too); should one
      // not, the journal holds what memory lacks, and only opening the case again agrees.
      await appended;
      throw new ClaimdeskError(
        'internal',
        `This change was saved but could not be shown (${String(error)}). Close the case and open it again to see it.`,
      );
    }
    await appended;
    this.become(next);
    this.afterEdit();
    this.notifyEdit();
  }

  /** The layout is view state: kept in its own small file, outside the journal and the history. */
  private async saveLayout(draft: CaseData, changes: readonly Change[]): Promise<void> {
    if (changes.length > 0) throw new Error('An edit that is not undoable may change the layout only.');
    if (draft.layout === this.db.data.layout) return;
    await writeLayout(this.paths.layout, draft.layout);
    this.become(deepFreeze({ ...this.db.data, layout: draft.layout }));
  }

  /** Rewrites the snapshot now if the journal has grown past its bound, else once the work pauses. */
  private afterEdit(): void {
    if (this.log.mark.offset - this.snapshot.mark.offset > this.compaction.maxJournalBytes) {
      void this.queue.run(() => this.compact()).catch(() => undefined);
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.closed) void this.queue.run(() => this.compact()).catch(() => undefined);
    }, this.compaction.idleMs);
    this.idleTimer.unref();
  }

  /**
   * Writes the snapshot of the data as it is, naming the journal's end. Until it has been
   * renamed into place the old snapshot and the journal still give the same case.
   */
  private async compact(): Promise<void> {
    if (this.log.mark.seq === this.snapshot.mark.seq) return;
    await this.db.write();
  }

  /**
   * Writes the snapshot now and hands `read` the case as saved, after every queued edit
   * and before any later one: what a sync commits is a compacted snapshot and the
   * journal it names, whole.
   */
  settled<T>(read: (data: Readonly<CaseData>) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(closedError(this.dir));
    return this.queue.run(async () => {
      await this.compact();
      return read(this.db.data);
    });
  }

  /**
   * Replaces the case and its history at once, after every queued edit: how a merge
   * brought from another copy of the case lands. `build` gets the case and its history
   * as saved and returns what replaces them, or null to leave them. The layout stays, and
   * Undo starts afresh: no step leads back across the merge.
   */
  replace(build: (data: Readonly<CaseData>, history: HistoryEntry[]) => Replacement | null): Promise<boolean> {
    if (this.closed) return Promise.reject(closedError(this.dir));
    return this.queue.run(async () => {
      const next = build(this.db.data, await readHistory(this.paths.history));
      if (next === null) return false;
      const data: CaseData = { ...structuredClone(next.data), layout: this.db.data.layout };
      const text = historyLines(next.history);
      if (parseHistory(text).some((line) => !line.saved)) {
        throw new Error('A replacing history must number its edits once each, with all their entries.');
      }
      // Numbered past every edit before it, so whoever watches the count sees the change.
      const seq = Math.max(this.log.mark.seq + 1, ...next.history.map((entry) => entry.seq ?? 0));
      const mark = { seq, offset: Buffer.byteLength(text) };
      // The snapshot first: should the journal not follow, its mark no longer starts a
      // line there, and opening takes the snapshot as it is.
      await requireUnchanged(this.paths.caseFile, this.snapshot.fingerprint);
      this.snapshot.fingerprint = await writeSnapshot(this.paths.caseFile, data, mark);
      this.snapshot.mark = mark;
      await this.log.close();
      await writeFileDurably(this.paths.history, text);
      this.log = (await EditLog.open(this.paths.history, mark, true)).log;
      (this.db.adapter as SnapshotAdapter).follow(this.log);
      this.become(deepFreeze(data));
      this.steps.clear();
      this.notifyEdit();
      return true;
    });
  }

  /** Imports a first version: writes the article, then adds it to the case in one edit. */
  async addArticle(input: NewArticle): Promise<Article> {
    const article = await this.writeArticle(input, FIRST_VERSION);
    await this.includeWritten(article, (draft, journal) => includeArticle(draft, journal, article));
    return article;
  }

  /**
   * Adds an article written by writeArticle() to the case with the given edit. If the
   * edit fails, the article's file goes too: no file is left that the case does not name.
   */
  async includeWritten<T>(article: Article, action: EditAction<T>): Promise<T> {
    try {
      return await this.edit(action);
    } catch (error) {
      await rm(articleFile(this.paths, article.id), { force: true });
      throw error;
    }
  }

  /**
   * Gives an imported article its id, import time and lineage and writes its body to
   * articles/<id>.json. It joins the case with includeWritten(): the body is written
   * first, so the case never names an article whose file is missing.
   */
  async writeArticle(input: NewArticle, lineage: Lineage): Promise<Article> {
    const imported: Article = { ...input, ...lineage, id: newId('art'), importedAt: new Date().toISOString() };
    const problem = articleShapeProblem(imported);
    if (problem) {
      throw new ClaimdeskError('import-failed', `The imported article is incomplete (${problem}). Nothing was saved.`);
    }
    const article: Article = { ...imported, textFingerprint: textFingerprint(imported.doc.text) };
    // Folders can go missing: git, for one, does not keep empty ones.
    await mkdir(this.paths.articles, { recursive: true });
    await writeFileDurably(articleFile(this.paths, article.id), JSON.stringify(article));
    return article;
  }

  /** The article's text from its file, with its metadata as the case now holds it. */
  async readArticle(id: Id): Promise<Article> {
    const file = articleFile(this.paths, id);
    const summary = this.articleSummary(id);
    const data = summary ? await readJsonFile(file) : null;
    if (!summary || data === null) {
      throw new ClaimdeskError('not-found', `There is no article ${id} in this case (no ${file}).`);
    }
    // A case folder may come from anyone: its links obey the same rules as an import's.
    return { ...summary, doc: sanitizeDoc(checkArticleBody(data, file).doc) };
  }

  private articleSummary(id: Id): ArticleSummary | undefined {
    const list = this.data.articles;
    if (this.articleIndex?.list !== list) this.articleIndex = { list, byId: new Map(list.map((article) => [article.id, article])) };
    return this.articleIndex.byId.get(id);
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

  /**
   * An article file that no article of the case names was left by an import that
   * failed, or was cut short by a crash. It is moved to quarantine/, never deleted: the
   * user may still want it.
   */
  private async quarantineUnnamedArticles(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.paths.articles);
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return;
      throw error;
    }
    const named = new Set(this.data.articles.map((article) => `${article.id}.json`));
    const unnamed = names.filter((name) => name.endsWith('.json') && !name.startsWith('.') && !named.has(name));
    if (unnamed.length === 0) return;
    const quarantine = join(this.paths.dir, 'quarantine', 'articles');
    await mkdir(quarantine, { recursive: true });
    for (const name of unnamed) await rename(join(this.paths.articles, name), join(quarantine, name));
  }

  /** Waits for the edits already queued, writes the snapshot and lets go of the case; later edits are refused. */
  async close(): Promise<void> {
    if (this.closed) return this.queue.drained();
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    await this.queue.drained();
    try {
      await this.queue.run(() => this.compact());
    } finally {
      await this.log.close();
      await this.lock.release();
    }
  }
}

/** Where the snapshot on disk stands: what it was when last read or written, and how far into the journal it is. */
interface SnapshotState {
  fingerprint: Fingerprint;
  mark: JournalMark;
}

/**
 * lowdb's adapter for the case: writing rewrites the snapshot, naming the journal's end;
 * never over a snapshot another program has changed. Reading goes through CaseStore.open.
 */
class SnapshotAdapter implements Adapter<CaseData> {
  constructor(
    private readonly file: string,
    private readonly state: SnapshotState,
    private log: EditLog,
  ) {}

  /** The journal was replaced: later snapshots name the new one's end. */
  follow(log: EditLog): void {
    this.log = log;
  }

  read(): Promise<CaseData | null> {
    throw new Error('A case is read by CaseStore.open, which replays its journal.');
  }

  async write(data: CaseData): Promise<void> {
    await requireUnchanged(this.file, this.state.fingerprint);
    const mark = this.log.mark;
    this.state.fingerprint = await writeSnapshot(this.file, data, mark);
    this.state.mark = mark;
  }
}

/**
 * The case as opening it would find it, read without opening it: no lock is taken and
 * nothing is written, so it may be called while another process has the case open.
 */
export async function readCase(dir: string, migrations: readonly Migration[] = MIGRATIONS): Promise<CaseData> {
  const paths = casePaths(resolve(dir));
  const opened = await openCaseFolder(paths, migrations, { write: false });
  const mark = opened.mark ?? { seq: 0, offset: await historySize(paths) };
  const { edits } = await EditLog.open(paths.history, mark, false);
  return withJournalAndLayout(paths, opened.data, edits);
}

/** The snapshot's data with the journal's later edits replayed and the saved layout. */
async function withJournalAndLayout(paths: CasePaths, snapshot: CaseData, edits: readonly SavedEdit[]): Promise<CaseData> {
  const replayed = edits.reduce<CaseData>((data, edit) => applyChanges(data, edit.entries), snapshot);
  const layout = await readLayout(paths.layout);
  return layout === undefined ? replayed : { ...replayed, layout };
}

function revisionName(mark: JournalMark): string {
  return `${mark.seq}:${mark.offset}`;
}

/** What replaces a case and its history when a merge lands. */
export interface Replacement {
  data: CaseData;
  history: HistoryEntry[];
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

async function lockCase(paths: CasePaths, options: Pick<OpenOptions, 'app' | 'lockWaitMs'>): Promise<CaseLock> {
  const app = options.app ?? 'cli';
  return CaseLock.acquire(paths.dir, { app, waitMs: options.lockWaitMs ?? (app === 'cli' ? CLI_LOCK_WAIT_MS : 0) });
}

/** Another command line on the same case usually finishes within this; the app is waited for never. */
const CLI_LOCK_WAIT_MS = 30_000;

async function historySize(paths: CasePaths): Promise<number> {
  try {
    return (await stat(paths.history)).size;
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return 0;
    throw error;
  }
}

function refuseUnreadable(changes: readonly Change[]): void {
  const problem = changes.map(changeShapeProblem).find((found) => found !== null) ?? null;
  if (problem === null) return;
  throw new ClaimdeskError(
    'internal',
    `This change was not saved: it would leave the case in a shape Claimdesk cannot read (${problem}). ` +
      'Nothing was changed.',
  );
}

/** Read once: process.env is looked up through Node's C++ on every access, which costs an edit more than the check. */
const UNDER_TEST = Boolean(process.env.VITEST);

/**
 * Under test, every edit's draft must equal what its journal records: a change made to
 * the draft but not recorded would be lost when the case is next opened.
 */
function refuseUnjournaled(draft: CaseData, saved: Readonly<CaseData>, changes: readonly Change[]): void {
  if (!UNDER_TEST) return;
  const disagreement = draftDisagreement(draft, applyChanges(saved, changes));
  if (disagreement) throw new Error(`The edit changed ${disagreement} without recording it in the journal.`);
}

function closedError(dir: string): ClaimdeskError {
  return new ClaimdeskError('internal', `The case ${dir} has been closed; the change was not saved.`);
}

/**
 * Freezes what an edit made new: the items its changes saved, and the arrays and object
 * holding them. Every other item came from the saved case and is frozen already, so the
 * cost is the size of the change, not of the case.
 */
function freezeCommitted(next: CaseData, changes: readonly Change[]): CaseData {
  for (const change of changes) deepFreeze(change.after);
  for (const value of Object.values(next)) {
    if (Array.isArray(value)) Object.freeze(value);
    else deepFreeze(value);
  }
  return Object.freeze(next);
}

/**
 * The case as opened, frozen as far as edits rely on it: each collection and each of its
 * items, which revise() copies before an edit changes it (see case-draft.ts). What an
 * item holds (a quote, its position, a claim's tags) is frozen too under test, where
 * a stray write must be caught; in use, freezing those as well would add a fifth to the
 * time a desk-scale case takes to open, to catch a mistake the tests already catch.
 */
function freezeOpened(data: CaseData): CaseData {
  if (UNDER_TEST) return deepFreeze(data);
  for (const value of Object.values(data)) {
    if (!Array.isArray(value)) deepFreeze(value);
    else {
      for (let i = 0; i < value.length; i++) Object.freeze(value[i]);
      Object.freeze(value);
    }
  }
  return Object.freeze(data);
}

/**
 * Opening a desk-scale case under test freezes about a million objects: walked without making an
 * array of each object's values, which would cost as much again in garbage.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) deepFreeze(record[key]);
  }
  return value;
}
