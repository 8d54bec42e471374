// Creating a case folder, and reading one back: refusing what is not a case, is damaged
// or is newer than this Claimdesk, and upgrading what is older. Nothing is written to a
// file that is refused.

import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SCHEMA_VERSION, type CaseData, type Workspace } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { backupFile, type CasePaths } from './case-paths';
import { checkCaseData, checkVersioned, type VersionedData } from './case-shape';
import { syncFolder, writeFileDurably } from './durable-file';
import { EditLog, type JournalMark } from './edit-log';
import { exists, hasErrorCode } from './fs-helpers';
import { appendHistory, historyEntries } from './history';
import { newId } from './ids';
import { Journal } from './journal';
import { migrate, type Migration } from './migrations';
import { sanitizeCaseData } from './case-sanitize';
import { applyChanges } from './replay';
import { readSnapshot, writeSnapshot, type Fingerprint } from './snapshot';

/** A case as its snapshot holds it, before the journal's later edits are replayed. */
export interface OpenedCase {
  data: CaseData;
  /** Where the snapshot stands in the journal; null for a case saved before the journal. */
  mark: JournalMark | null;
  fingerprint: Fingerprint;
}

export interface NewCase {
  name: string;
  analyst?: string;
  methodology?: string;
}

export async function createCaseFolder(paths: CasePaths, options: NewCase): Promise<OpenedCase> {
  const name = options.name.trim();
  if (!name) throw new ClaimdeskError('invalid-input', 'A case needs a name. Nothing was created.');
  if (await exists(paths.caseFile)) {
    throw new ClaimdeskError(
      'invalid-input',
      `${paths.dir} already holds a Claimdesk case (${paths.caseFile}). Open it instead; nothing was changed.`,
    );
  }
  const data = emptyCase({ ...options, name });
  await mkdir(paths.articles, { recursive: true });
  await mkdir(paths.originals, { recursive: true });
  await syncFolder(dirname(paths.dir));
  const journal = new Journal();
  journal.created('workspace', data.workspace.id, data.workspace);
  await appendHistory(paths.history, historyEntries(journal.changes, data.workspace, new Date()));
  // claimdesk.json is written last: until it exists the folder is not a case, so a
  // failed attempt can simply be tried again.
  const mark = { seq: 0, offset: (await stat(paths.history)).size };
  const fingerprint = await writeSnapshot(paths.caseFile, data, mark);
  await syncFolder(paths.dir);
  return { data, mark, fingerprint };
}

function emptyCase(options: NewCase): CaseData {
  const workspace: Workspace = {
    id: newId('case'),
    name: options.name,
    schemaVersion: SCHEMA_VERSION,
    analyst: options.analyst?.trim() ?? '',
    methodology: options.methodology ?? '',
    createdAt: new Date().toISOString(),
  };
  return { workspace, articles: [], claims: [], appearances: [], sources: [], evidence: [], tags: [], layout: null };
}

export async function openCaseFolder(
  paths: CasePaths,
  migrations: readonly Migration[],
  { write = true }: { write?: boolean } = {},
): Promise<OpenedCase> {
  await requireFolder(paths.dir);
  const snapshot = await readSnapshot(paths.caseFile);
  if (snapshot === null) {
    throw new ClaimdeskError(
      'not-a-workspace',
      `${paths.dir} is not a Claimdesk case: it has no claimdesk.json. Choose a case folder or create a new case.`,
    );
  }
  const versioned = checkVersioned(snapshot.raw, paths.caseFile);
  const version = versioned.workspace.schemaVersion;
  if (version > SCHEMA_VERSION) {
    throw new ClaimdeskError(
      'newer-schema',
      `${paths.caseFile} was made by a newer version of Claimdesk (schema version ${version}; this version ` +
        `reads up to ${SCHEMA_VERSION}). Update Claimdesk to open it. Claimdesk has not modified it.`,
    );
  }
  if (version === SCHEMA_VERSION) return { ...snapshot, data: sanitizeCaseData(checkCaseData(snapshot.raw, paths.caseFile)) };
  const current = await caughtUp(paths, versioned, snapshot.mark);
  if (!write) return { ...snapshot, mark: current.mark, data: migrated(paths, current.data, migrations) };
  return upgrade(paths, current.data, current.mark, snapshot.mark !== null, migrations);
}

/** The schema version from which cases keep a journal of edits beside their snapshot. */
const JOURNAL_SINCE = 4;

/**
 * The snapshot with its journal's later edits, in the old shape they were saved in, so
 * the upgrade takes them forward too: none is replayed onto a shape it was not made for.
 */
async function caughtUp(paths: CasePaths, old: VersionedData, mark: JournalMark | null): Promise<{ data: VersionedData; mark: JournalMark | null }> {
  if (mark === null || old.workspace.schemaVersion < JOURNAL_SINCE) return { data: old, mark };
  const { log, edits } = await EditLog.open(paths.history, mark, false);
  const data = edits.reduce((replayed, edit) => applyChanges(replayed, edit.entries), old as unknown as CaseData);
  return { data: data as unknown as VersionedData, mark: log.mark };
}

export async function requireFolder(dir: string): Promise<void> {
  try {
    if ((await stat(dir)).isDirectory()) return;
  } catch (error) {
    if (!hasErrorCode(error, 'ENOENT')) throw error;
    throw new ClaimdeskError('not-a-workspace', `The case folder ${dir} does not exist.`);
  }
  throw new ClaimdeskError('not-a-workspace', `${dir} is a file, not a Claimdesk case folder.`);
}

/**
 * Migrates in memory and checks the result before touching the disk, so a failed upgrade
 * leaves no trace. Then the old file is copied aside, so an unwanted upgrade can be undone.
 */
async function upgrade(
  paths: CasePaths,
  old: VersionedData,
  mark: JournalMark | null,
  journaled: boolean,
  migrations: readonly Migration[],
): Promise<OpenedCase> {
  const from = old.workspace.schemaVersion;
  const data = migrated(paths, old, migrations);
  if (journaled && from < JOURNAL_SINCE) {
    // A journal of edits in the old shape cannot be replayed onto the new one.
    throw new ClaimdeskError(
      'corrupt-workspace',
      `${paths.caseFile} is of schema version ${from} but has a journal, which no version of Claimdesk writes. ` +
        'Claimdesk has not modified it.',
    );
  }
  const now = new Date();
  await writeFileDurably(backupFile(paths, from, now), await readFile(paths.caseFile));
  const offset = await sizeOf(paths.history);
  // The journal's edits are in the upgraded data: the new snapshot stands after them.
  const seq = mark?.seq ?? 0;
  const fingerprint = await writeSnapshot(paths.caseFile, data, { seq, offset });
  const journal = new Journal();
  journal.updated('workspace', data.workspace.id, old.workspace, data.workspace);
  // Written after the mark: a record of the upgrade, which the snapshot already holds.
  await appendHistory(paths.history, historyEntries(journal.changes, data.workspace, now));
  return { data, mark: { seq, offset }, fingerprint };
}

/** The data taken forward to this version, in memory. */
function migrated(paths: CasePaths, old: VersionedData, migrations: readonly Migration[]): CaseData {
  try {
    return sanitizeCaseData(checkCaseData(migrate(old, migrations), paths.caseFile));
  } catch (error) {
    if (error instanceof ClaimdeskError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ClaimdeskError(
      'corrupt-workspace',
      `${paths.caseFile} could not be upgraded from schema version ${old.workspace.schemaVersion}: ${reason}. ` +
        'Claimdesk has not modified it.',
    );
  }
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return 0;
    throw error;
  }
}
