// What every service function works with: the open case, its search index and a clock.

import type { ArticleScores } from '../checkworthiness/article-scores';
import type { PrintPdf } from '../chromium';
import type { ImportThread } from '../import-thread';
import type { CaseFingerprints } from '../provenance/case-fingerprints';
import type { CaseSearch } from '../search';
import type { CaseStore } from '../store';
import type { ArticleBodies } from './article-bodies';
import type { CaseClusters } from './clusters';
import type { ImportRuns } from './import-runs';
import type { SyncSession } from './sync';
import type { VersionComparisons } from './version-changes';

export interface ServiceContext {
  store: CaseStore;
  now(): string;
  appVersion: string;
  /** The built re-anchoring worker (see anchor-thread). */
  anchorWorker: URL;
  search: CaseSearch;
  /** Fingerprints of the articles' words: which articles carry a quote. */
  fingerprints: CaseFingerprints;
  /** Copy clusters of the case's articles, kept until the articles change. */
  clusters: CaseClusters;
  /** Converts imported files on the import worker. */
  imports: ImportThread;
  /** The imports running now, to follow or cancel. */
  importRuns: ImportRuns;
  /** The article files, read for reports with the unreadable ones set aside. */
  articleBodies: ArticleBodies;
  /** Check-worthiness scores of each article's sentences, computed on first request. */
  scores: ArticleScores;
  /** How the last sync went, and where the app keeps credentials. */
  sync: SyncSession;
  /** Each version compared with the one it replaces, on first request. */
  versionComparisons: VersionComparisons;
  /** Prints the HTML report to PDF; absent where no printer was given. */
  printPdf?: PrintPdf;
}
