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
import { DurableJsonFile } from './durable-json-file';
import { exists, hasErrorCode } from './fs-helpers';
import { appendHistory, historyEntries } from './history';
import { newId } from './ids';
import { Journal } from './journal';
import { migrate, type Migration } from './migrations';

export interface NewCase {
  name: string;
  analyst?: string;
  methodology?: string;
}

export async function createCaseFolder(paths: CasePaths, options: NewCase): Promise<CaseData> {
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
  // claimdesk.json is written last: until it exists the folder is not a case, so a
  // failed attempt can simply be tried again.
  await new DurableJsonFile<CaseData>(paths.caseFile).write(data);
  const journal = new Journal();
  journal.created('workspace', data.workspace.id, data.workspace);
  await appendHistory(paths.history, historyEntries(journal.changes, data.workspace, new Date()));
  await syncFolder(paths.dir);
  return data;
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

export async function openCaseFolder(paths: CasePaths, migrations: readonly Migration[]): Promise<CaseData> {
  await requireFolder(paths.dir);
  const raw = await new DurableJsonFile<unknown>(paths.caseFile).read();
  if (raw === null) {
    throw new ClaimdeskError(
      'not-a-workspace',
      `${paths.dir} is not a Claimdesk case: it has no claimdesk.json. Choose a case folder or create a new case.`,
    );
  }
  const versioned = checkVersioned(raw, paths.caseFile);
  const version = versioned.workspace.schemaVersion;
  if (version > SCHEMA_VERSION) {
    throw new ClaimdeskError(
      'newer-schema',
      `${paths.caseFile} was made by a newer version of Claimdesk (schema version ${version}; this version ` +
        `reads up to ${SCHEMA_VERSION}). Update Claimdesk to open it. Claimdesk has not modified it.`,
    );
  }
  if (version === SCHEMA_VERSION) return checkCaseData(raw, paths.caseFile);
  return upgrade(paths, versioned, migrations);
}

async function requireFolder(dir: string): Promise<void> {
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
async function upgrade(paths: CasePaths, old: VersionedData, migrations: readonly Migration[]): Promise<CaseData> {
  const from = old.workspace.schemaVersion;
  let migrated: unknown;
  try {
    migrated = migrate(old, migrations);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ClaimdeskError(
      'corrupt-workspace',
      `${paths.caseFile} could not be upgraded from schema version ${from}: ${reason}. Claimdesk has not modified it.`,
    );
  }
  const data = checkCaseData(migrated, paths.caseFile);
  const now = new Date();
  await writeFileDurably(backupFile(paths, from, now), await readFile(paths.caseFile));
  await new DurableJsonFile<CaseData>(paths.caseFile).write(data);
  const journal = new Journal();
  journal.updated('workspace', data.workspace.id, old.workspace, data.workspace);
  await appendHistory(paths.history, historyEntries(journal.changes, data.workspace, now));
  return data;
}
