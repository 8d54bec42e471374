// What every service function works with: the open case, its search index and a clock.

import type { ArticleScores } from '../checkworthiness/article-scores';
import type { PrintPdf } from '../chromium';
import type { CaseSearch } from '../search';
import type { CaseStore } from '../store';

export interface ServiceContext {
  store: CaseStore;
  now(): string;
  appVersion: string;
  /** The built re-anchoring worker (see anchor-thread). */
  anchorWorker: URL;
  search: CaseSearch;
  /** Check-worthiness scores of each article's sentences, computed on first request. */
  scores: ArticleScores;
  /** Prints the HTML report to PDF; absent where no printer was given. */
  printPdf?: PrintPdf;
}
