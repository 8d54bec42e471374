// history.jsonl, the audit trail: one HistoryEntry per line, only ever appended to.

import { open, readFile, type FileHandle } from 'node:fs/promises';
import type { HistoryEntry, Workspace } from '../../shared/model';
import { hasErrorCode } from './fs-helpers';
import type { Change } from './journal';

/** Who made a change: the analyst named in the case, or "analyst" if nobody is. */
export function actorOf(workspace: Workspace): string {
  return workspace.analyst.trim() || 'analyst';
}

export function historyEntries(changes: readonly Change[], workspace: Workspace, at: Date): HistoryEntry[] {
  const stamp = { at: at.toISOString(), actor: actorOf(workspace) };
  return changes.map((change) => ({ ...stamp, ...change }));
}

/** Appends the entries and resolves once they are on disk. Creates the file if needed. */
export async function appendHistory(file: string, entries: readonly HistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const lines = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
  const handle = await open(file, 'a+');
  try {
    // A crash during an earlier append can leave half a line; start on a fresh one so
    // the torn line does not swallow these entries.
    const separator = (await endsMidLine(handle)) ? '\n' : '';
    await handle.write(separator + lines);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function endsMidLine(handle: FileHandle): Promise<boolean> {
  const { size } = await handle.stat();
  if (size === 0) return false;
  const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, size - 1);
  return buffer[0] !== 0x0a;
}

/**
 * Every entry, oldest first. A line torn by a crash mid-append is skipped: it cannot be
 * read, and the edit it was recording is already saved in claimdesk.json.
 */
export async function readHistory(file: string): Promise<HistoryEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return [];
    throw error;
  }
  return text.split('\n').flatMap((line) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as HistoryEntry];
    } catch {
      return [];
    }
  });
}
