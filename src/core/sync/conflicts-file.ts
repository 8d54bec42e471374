// conflicts.json: the disagreements the last merges left, kept in the case folder until
// the analyst settles each one. It stays on this machine (git ignores it): the other
// analysts' copies hold what the merge kept, mine.

import { join } from 'node:path';
import type { Conflict } from '../../shared/sync';
import { writeFileDurably } from '../store/durable-file';
import { readJsonFile } from '../store/json-file';
import type { RestoredItem } from './merge';

export const CONFLICTS_FILE = 'conflicts.json';

/** A conflict with what taking theirs needs to put back, as it is kept on disk. */
export type StoredConflict = Conflict & { restore: RestoredItem[] };

export async function readConflicts(dir: string): Promise<StoredConflict[]> {
  const data = await readJsonFile(join(dir, CONFLICTS_FILE));
  return Array.isArray(data) ? (data as StoredConflict[]) : [];
}

export async function writeConflicts(dir: string, conflicts: readonly StoredConflict[]): Promise<void> {
  await writeFileDurably(join(dir, CONFLICTS_FILE), `${JSON.stringify(conflicts, null, 2)}\n`);
}

/** A conflict as the API shows it. */
export function shown({ restore: _restore, ...conflict }: StoredConflict): Conflict {
  return conflict;
}
