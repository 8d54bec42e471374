// The API's implementation over one open case: each method of the shared table is one
// service function. Electron, the browser host and the CLI all call these.

import type { ApiHandlers } from '../../shared/api';
import type { Workspace } from '../../shared/model';
import { CaseStore, type NewCase } from '../store';
import type { PrintPdf } from '../chromium';
import { ImportThread } from '../import-thread';
import { CaseSearch, DEFAULT_KEEP_POLICY, IndexKeeper, searchIndexFile, type KeepPolicy } from '../search';
import { scoreSentences, shippedModel } from '../checkworthiness';
import { ArticleScores, type Scorer } from '../checkworthiness/article-scores';
import { ScoringThread } from '../checkworthiness/score-thread';
import { importAnnotations } from './annotations';
import { getHistory } from './history';
import { addAppearance, confirmAppearance, deleteAppearance } from './appearances';
import { caseSummary, getArticleAppearances } from './case-summary';
import { getArticle, importFile, importHtml, importText, updateArticle } from './articles';
import { ArticleBodies } from './article-bodies';
import { ImportRuns } from './import-runs';
import { createClaim, deleteClaim, updateClaim } from './claims';
import type { ServiceContext } from './context';
import { linkEvidence, unlinkEvidence, updateEvidence } from './evidence';
import { saveLayout } from './layout';
import { checkReport, exportReport } from './report';
import { search } from './search';
import { findCarriers } from './provenance';
import { CaseFingerprints } from '../provenance/case-fingerprints';
import { fingerprintsFile } from '../provenance/fingerprint-file';
import { exportSources, importSources } from './source-csl';
import { articlesToScoreFirst, dismissSuggestion, getSuggestions, listSuggestions } from './suggestions';
import { getConflicts, getSyncStatus, share, sync, SyncSession, takeSide, type CredentialStore } from './sync';
import { createSource, deleteSource, updateSource } from './sources';
import { createTag, deleteTag, mergeTags, updateTag } from './tags';
import { getUndoState, redo, undo } from './undo';
import { updateWorkspace } from './workspace';
import { CaseClusters, getClusters } from './clusters';
import { getSilentEdits, getVersionChanges, moveOrphan, VersionComparisons } from './version-changes';
import { singleCaseDesk } from '../desk/single-case';

export interface CaseService {
  handlers: ApiHandlers;
  store: CaseStore;
  close(): Promise<void>;
}

export interface ServiceOptions {
  appVersion: string;
  /** What holds the case while it is open ("electron", "serve"); a command line by default. */
  app?: string;
  /** Where the built re-anchoring worker is: anchorWorkerBeside(import.meta.url) in an entry point. */
  anchorWorker: URL;
  /** Where the built import worker is: importWorkerBeside(import.meta.url) in an entry point. */
  importWorker: URL;
  /**
   * Where the built scoring worker is: scoreWorkerBeside(import.meta.url) in an entry
   * point. Without it, sentences are scored in process (the CLI, tests).
   */
  scoreWorker?: URL;
  /** Tests fix the clock. */
  now?: () => string;
  /**
   * Prints the HTML report to PDF: Electron's printToPDF in the app, a system Chromium
   * in the CLI and the browser host. Without it, PDF export says it is unavailable.
   */
  printPdf?: PrintPdf;
  /** Where the app keeps the user name and token of a git remote; the CLI passes them with each call. */
  credentials?: CredentialStore;
  /** When the search index is written while the case is edited; tests shorten it. */
  searchKeeping?: Partial<KeepPolicy>;
}

export async function openCaseService(dir: string, options: ServiceOptions): Promise<CaseService> {
  const store = await CaseStore.open(dir, options.app === undefined ? {} : { app: options.app });
  return serviceFor(store, options);
}

export { cloneShared, memoryCredentialStore, type CredentialStore } from './sync';

/** Creates the case folder; refuses a folder that already holds a case. */
export async function createCase(dir: string, options: NewCase & { app?: string }): Promise<Workspace> {
  const store = await CaseStore.create(dir, options);
  await store.close();
  return store.data.workspace;
}

export function serviceFor(store: CaseStore, options: ServiceOptions): CaseService {
  const thread = options.scoreWorker ? new ScoringThread(options.scoreWorker) : null;
  const scorer: Scorer = thread
    ? (articleId, doc) => thread.score(articleId, doc)
    : async (articleId, doc) => scoreSentences(shippedModel(), articleId, doc);
  const readText = async (id: string) => (await store.readArticle(id)).doc.text;
  const caseSearch = new CaseSearch({ readText, file: searchIndexFile(store.dir), revisionOf: (data) => store.revisionOf(data) });
  const fingerprints = new CaseFingerprints({ readText, file: fingerprintsFile(store.dir) }, caseSearch);
  const ctx: ServiceContext = {
    store,
    appVersion: options.appVersion,
    now: options.now ?? (() => new Date().toISOString()),
    anchorWorker: options.anchorWorker,
    imports: new ImportThread(options.importWorker),
    importRuns: new ImportRuns(),
    articleBodies: new ArticleBodies(store),
    search: caseSearch,
    fingerprints,
    clusters: new CaseClusters(fingerprints),
    // With a worker, articles are scored ahead of the analyst's request; in process, on request only.
    scores: new ArticleScores(scorer, async (id) => (await store.readArticle(id)).doc, thread !== null),
    sync: new SyncSession(options.credentials ?? null),
    versionComparisons: new VersionComparisons(async (id) => (await store.readArticle(id)).doc),
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
  };
  const handlers: ApiHandlers = {
    ...singleCaseDesk(store),
    getCase: async () => store.data,
    getCaseSummary: async () => caseSummary(store.data),
    getArticleAppearances: async (params) => getArticleAppearances(ctx, params),
    getArticle: (params) => getArticle(ctx, params),
    importFile: (params) => importFile(ctx, params),
    cancelImport: async ({ importId }) => ctx.importRuns.cancel(importId),
    getImportProgress: async ({ importId }) => ctx.importRuns.progress(importId),
    importText: (params) => importText(ctx, params),
    importHtml: (params) => importHtml(ctx, params),
    updateArticle: (params) => updateArticle(ctx, params),
    saveLayout: (params) => saveLayout(ctx, params),
    search: (params) => search(ctx, params),
    findCarriers: (params) => findCarriers(ctx, params),
    updateWorkspace: (params) => updateWorkspace(ctx, params),
    createClaim: (params) => createClaim(ctx, params),
    updateClaim: (params) => updateClaim(ctx, params),
    deleteClaim: (params) => deleteClaim(ctx, params),
    createTag: (params) => createTag(ctx, params),
    updateTag: (params) => updateTag(ctx, params),
    mergeTags: (params) => mergeTags(ctx, params),
    deleteTag: (params) => deleteTag(ctx, params),
    addAppearance: (params) => addAppearance(ctx, params),
    deleteAppearance: (params) => deleteAppearance(ctx, params),
    confirmAppearance: (params) => confirmAppearance(ctx, params),
    createSource: (params) => createSource(ctx, params),
    updateSource: (params) => updateSource(ctx, params),
    deleteSource: (params) => deleteSource(ctx, params),
    linkEvidence: (params) => linkEvidence(ctx, params),
    updateEvidence: (params) => updateEvidence(ctx, params),
    unlinkEvidence: (params) => unlinkEvidence(ctx, params),
    exportReport: (params) => exportReport(ctx, params),
    checkReport: (params) => checkReport(ctx, params),
    importAnnotations: (params) => importAnnotations(ctx, params),
    undo: () => undo(ctx),
    redo: () => redo(ctx),
    getUndoState: () => getUndoState(ctx),
    getRevision: async () => ({ revision: store.seq }),
    getHistory: (params) => getHistory(ctx, params),
    importSources: (params) => importSources(ctx, params),
    exportSources: () => exportSources(ctx),
    getSuggestions: (params) => getSuggestions(ctx, params),
    listSuggestions: (params) => listSuggestions(ctx, params),
    dismissSuggestion: (params) => dismissSuggestion(ctx, params),
    shareCase: (params) => share(ctx, params),
    syncCase: (params) => sync(ctx, params),
    getSyncStatus: () => getSyncStatus(ctx),
    listConflicts: () => getConflicts(ctx),
    resolveConflict: (params) => takeSide(ctx, params),
    getVersionChanges: (params) => getVersionChanges(ctx, params),
    moveOrphan: (params) => moveOrphan(ctx, params),
    getSilentEdits: () => getSilentEdits(ctx),
    getClusters: () => getClusters(ctx),
  };
  const opened = store.data;
  const keeper = new IndexKeeper(() => ctx.search.keep(opened, store.data), { ...DEFAULT_KEEP_POLICY, ...options.searchKeeping });
  const stopKeeping = store.onEdit(() => keeper.edited());
  void ctx.scores.warm(articlesToScoreFirst(store.data));
  // The search index is kept before the case is let go, while this process still owns it.
  const close = async () => {
    ctx.scores.stop();
    stopKeeping();
    await keeper.stop();
    await ctx.imports.close();
    await ctx.search.save();
    await ctx.fingerprints.save();
    await thread?.close();
    await store.close();
  };
  return { handlers, store, close };
}
