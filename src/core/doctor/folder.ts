// `claimdesk doctor` on a case folder: reads what the checks judge, and repairs through
// the store, so each repair is one edit in the history. Before any repair, every file it
// may change is copied into a backup folder, and whatever a repair removes is kept in a
// file beside it.

import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseData, Id } from '../../shared/model';
import { CASE_FILE, CaseStore, HISTORY_FILE } from '../store';
import { checkFiles, type ArticleFile, type CaseFiles } from './files';
import type { Problem } from './problems';
import { checkJournal } from './journal';
import { checkReferences } from './references';
import { repairDraft, type Repaired } from './repair';

export interface Diagnosis {
  problems: Problem[];
}

export interface RepairReport extends Repaired {
  /** What was found before repairing. */
  found: Problem[];
  /** What is left for the analyst. */
  remaining: Problem[];
  /** The folder holding the copies made first (see REPAIRED_FILES); null when nothing needed repair. */
  backup: string | null;
  /** Where the removed appearances and evidence are kept; null when none were removed. */
  removedFile: string | null;
}

export async function diagnoseCase(dir: string): Promise<Diagnosis> {
  const store = await CaseStore.open(dir);
  try {
    return { problems: await diagnose(dir, store.data) };
  } finally {
    await store.close();
  }
}

export async function repairCase(dir: string, now = new Date()): Promise<RepairReport> {
  const store = await CaseStore.open(dir);
  try {
    const found = await diagnose(dir, store.data);
    if (!found.some((problem) => problem.repair)) {
      return { found, remaining: found, backup: null, removedFile: null, removed: [], recreatedTags: [] };
    }
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const backup = await backUp(dir, `doctor-backup.${stamp}`);
    const repaired = await store.edit((draft, journal) => repairDraft(draft, journal), { label: 'Repair by claimdesk doctor' });
    let removedFile: string | null = null;
    if (repaired.removed.length > 0) {
      removedFile = join(dir, `doctor-removed.${stamp}.json`);
      await writeFile(removedFile, `${JSON.stringify(repaired.removed, null, 2)}\n`);
    }
    return { ...repaired, found, remaining: await diagnose(dir, store.data), backup, removedFile };
  } finally {
    await store.close();
  }
}

/**
 * The files a repair changes: the journal gets the repair's edit, and the snapshot is
 * rewritten with it when the case is closed. Together they are the case as it was.
 */
const REPAIRED_FILES = [CASE_FILE, HISTORY_FILE];

/** Copies them, as they are now, into a new folder of the case; resolves with its path. */
async function backUp(dir: string, name: string): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder);
  for (const file of REPAIRED_FILES) await copyFile(join(dir, file), join(folder, file));
  return folder;
}

async function diagnose(dir: string, data: Readonly<CaseData>): Promise<Problem[]> {
  return [...checkReferences(data), ...checkFiles(data, await readCaseFiles(dir, data)), ...(await checkJournal(dir))];
}

async function readCaseFiles(dir: string, data: Readonly<CaseData>): Promise<CaseFiles> {
  const articles = new Map<Id, ArticleFile>();
  for (const { id } of data.articles) articles.set(id, await readArticleFile(join(dir, 'articles'), id));
  const articleFileIds = (await listFiles(join(dir, 'articles'))).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
  const originals = new Map<string, string>();
  for (const name of await listFiles(join(dir, 'originals'))) {
    originals.set(name, createHash('sha256').update(await readFile(join(dir, 'originals', name))).digest('hex'));
  }
  return { articles, articleFileIds, originals };
}

/** Ids come from the case file: one that is not a plain name is never joined to a path. */
async function readArticleFile(folder: string, id: Id): Promise<ArticleFile> {
  if (!/^[\w-]+$/.test(id)) return { state: 'unreadable', reason: 'the id is not a valid file name' };
  let text: string;
  try {
    text = await readFile(join(folder, `${id}.json`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? 'it cannot be opened' };
  }
  try {
    return { state: 'read', content: JSON.parse(text) };
  } catch {
    return { state: 'unreadable', reason: 'it is not valid JSON: it may have been cut short or edited by hand' };
  }
}

/** The plain files of a folder, without hidden or temporary ones; none when the folder is missing. */
async function listFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
