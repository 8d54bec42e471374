// What happened to each file of a many-file import, and the tally. Shared: the CLI and
// the renderer both import files one at a time through the API and sum them up alike.

import type { ReanchorSummary } from './api';
import type { Id } from './model';
import { ClaimdeskError } from './rpc';

export interface ArticleName {
  id: Id;
  title: string;
}

export type ImportOutcome =
  /** With `reanchored` when the file was a new version of an article in the case. */
  | { file: string; status: 'imported'; article: ArticleName & { version: number }; reanchored: ReanchorSummary | null }
  /** The same bytes are already in the case, as `existing`. */
  | { file: string; status: 'duplicate'; existing: ArticleName }
  | { file: string; status: 'failed'; reason: string }
  /** Found in a folder but of a type Claimdesk does not read: not tried. */
  | { file: string; status: 'skipped'; reason: string };

export type ImportStatus = ImportOutcome['status'];

export interface ImportSummary {
  imported: number;
  duplicate: number;
  failed: number;
  skipped: number;
  /** In the order the files were tried. */
  outcomes: ImportOutcome[];
}

/** What an import call answers, as much of it as an outcome keeps. */
export interface Imported {
  article: ArticleName & { version: number };
  reanchored: ReanchorSummary | null;
}

/** Runs one import and says how it went. Never throws, so one bad file does not stop the rest. */
export async function attemptImport(file: string, run: () => Promise<Imported>): Promise<ImportOutcome> {
  try {
    const { article, reanchored } = await run();
    const { id, title, version } = article;
    return { file, status: 'imported', article: { id, title, version }, reanchored };
  } catch (error) {
    return outcomeOfError(file, error);
  }
}

export function outcomeOfError(file: string, error: unknown): ImportOutcome {
  if (error instanceof ClaimdeskError && error.code === 'duplicate' && error.subject) {
    return { file, status: 'duplicate', existing: error.subject };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { file, status: 'failed', reason: withoutFileName(message, file) };
}

export function summarizeImports(outcomes: readonly ImportOutcome[]): ImportSummary {
  const count = (status: ImportStatus) => outcomes.filter((outcome) => outcome.status === status).length;
  return {
    imported: count('imported'),
    duplicate: count('duplicate'),
    failed: count('failed'),
    skipped: count('skipped'),
    outcomes: [...outcomes],
  };
}

/** "version 2; claims re-anchored: 3 anchored, 1 fuzzy, 0 orphaned", for a new version. */
export function reanchorNote(version: number, reanchored: ReanchorSummary): string {
  const { anchored, fuzzy, orphaned } = reanchored;
  return `version ${version}; claims re-anchored: ${anchored} anchored, ${fuzzy} fuzzy (to review), ${orphaned} orphaned`;
}

/** "3 imported, 1 duplicate, 1 failed", and ", 2 skipped" when files were not of a type read. */
export function summaryLine(summary: ImportSummary): string {
  const duplicates = `${summary.duplicate} ${summary.duplicate === 1 ? 'duplicate' : 'duplicates'}`;
  const skipped = summary.skipped > 0 ? `, ${summary.skipped} skipped` : '';
  return `${summary.imported} imported, ${duplicates}, ${summary.failed} failed${skipped}`;
}

/**
 * Import errors start with the file's name ("a.pdf: not a PDF"); an outcome already
 * names its file, so the reason leaves it out.
 */
function withoutFileName(message: string, file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  for (const prefix of [`${file}: `, `${name}: `]) {
    if (message.startsWith(prefix)) return message.slice(prefix.length);
  }
  return message;
}
