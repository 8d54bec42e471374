// Importing files one by one, with progress, a way to stop, and what happened to each.
// One file reports in a toast; several in a summary the analyst can read through.

import { attemptImport, summarizeImports, type ImportOutcome, type ImportSummary } from '../../shared/import-summary';
import { api } from '../lib/api';
import type { FoundFile } from '../lib/dropped-files';
import { fileToBase64 } from '../lib/files';
import { caseState } from './case.svelte';
import { toasts } from './toasts.svelte';

export interface ImportProgress {
  done: number;
  total: number;
  /** The file being imported now. */
  current: string;
  /** How far into that file the import is, when it counts its parts (a PDF, its pages). */
  within: { done: number; total: number } | null;
}

/** How often a long file's import is asked how far it is: often enough to see it move. */
const PROGRESS_POLL_MS = 400;

export interface FinishedImport extends ImportSummary {
  /** How many files were to be imported: more than the outcomes when stopped early. */
  total: number;
}

class ImportsState {
  progress = $state.raw<ImportProgress | null>(null);
  /** The last many-file import's summary, shown until dismissed. */
  summary = $state.raw<FinishedImport | null>(null);
  #stopRequested = false;
  /** The id the file in hand is imported under, so Stop can cancel it. */
  #importId: string | null = null;

  get busy(): boolean {
    return this.progress !== null;
  }

  /** Cancels the file in hand and imports no more; what was imported stays imported. */
  stop(): void {
    this.#stopRequested = true;
    if (this.#importId) void api.cancelImport({ importId: this.#importId });
  }

  async importFiles(found: readonly FoundFile[]): Promise<void> {
    if (found.every((entry) => entry.skipped)) {
      toasts.push('info', 'There was nothing to import: no .html, .md, .txt, .pdf or .docx files.');
      return;
    }
    if (this.busy) {
      toasts.push('info', 'An import is already running. Wait for it to finish, or stop it.');
      return;
    }
    this.#stopRequested = false;
    const outcomes: ImportOutcome[] = [];
    try {
      for (const [done, { path, file, skipped }] of found.entries()) {
        if (this.#stopRequested) break;
        if (skipped) {
          outcomes.push({ file: path, status: 'skipped', reason: skipped });
          continue;
        }
        this.progress = { done, total: found.length, current: path, within: null };
        outcomes.push(await attemptImport(path, () => this.#importOne(file)));
      }
    } finally {
      this.progress = null;
    }
    this.#report(outcomes, found.length);
  }

  async #importOne(file: File) {
    const importId = crypto.randomUUID();
    this.#importId = importId;
    const polling = setInterval(() => void this.#followFile(importId), PROGRESS_POLL_MS);
    let result;
    try {
      result = await api.importFile({ name: file.name, dataBase64: await fileToBase64(file), importId });
    } finally {
      clearInterval(polling);
      this.#importId = null;
    }
    caseState.addArticle(result.article);
    // A new version brings the re-anchored appearances of its claims with it.
    if (result.reanchored) await caseState.reload();
    return result;
  }

  /** Shows how far the file in hand is, as its import reports it (a PDF counts its pages). */
  async #followFile(importId: string): Promise<void> {
    const within = await api.getImportProgress({ importId }).catch(() => null);
    // The answer may come after the file is done, or from a file before this one.
    if (within === null || within.total <= 1 || this.#importId !== importId || this.progress === null) return;
    this.progress = { ...this.progress, within };
  }

  #report(outcomes: ImportOutcome[], total: number): void {
    const last = outcomes.findLast((outcome) => outcome.status === 'imported');
    if (last?.status === 'imported') caseState.openArticle(last.article.id);
    const only = outcomes[0];
    // A new version has claims to account for: the summary says where each went and what to do.
    const newVersion = only?.status === 'imported' && only.reanchored !== null;
    if (total === 1 && only && !newVersion) {
      if (only.status === 'imported') toasts.success(importedMessage(only));
      else if (only.status === 'duplicate') toasts.push('info', `${only.file} is already in this case as “${only.existing.title}”. Nothing was imported.`);
      else toasts.error(`${only.file}: ${only.reason}`);
      return;
    }
    this.summary = { ...summarizeImports(outcomes), total };
  }
}

function importedMessage(outcome: Extract<ImportOutcome, { status: 'imported' }>): string {
  const { article, reanchored } = outcome;
  if (!reanchored) return `Imported “${article.title}”.`;
  const { anchored, fuzzy, orphaned } = reanchored;
  const review = fuzzy + orphaned > 0 ? ' See “To review” in the sidebar.' : '';
  const claims = anchored === 1 ? 'claim' : 'claims';
  return `Imported “${article.title}” as version ${article.version}: ${anchored} ${claims} re-anchored exactly, ${fuzzy} approximately, ${orphaned} orphaned.${review}`;
}

export const imports = new ImportsState();
