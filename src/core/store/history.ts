// history.jsonl: the audit trail, one HistoryEntry per line, only ever appended to. It is
// also the store's journal (see edit-log.ts): the entries of one edit carry its sequence
// number and their count, so an edit cut short by a crash is recognised and left out.

import { open, readFile, type FileHandle } from 'node:fs/promises';
import type { HistoryEntry, Workspace } from '../../shared/model';
import { hasErrorCode } from './fs-helpers';
import type { Change } from './journal';

/** Who made a change: the analyst named in the case, or "analyst" if nobody is. */
export function actorOf(workspace: Workspace): string {
  return workspace.analyst.trim() || 'analyst';
}

/** Stamps the changes with the time and the analyst; with `seq`, as the entries of that edit. */
export function historyEntries(changes: readonly Change[], workspace: Workspace, at: Date, seq?: number): HistoryEntry[] {
  const stamp = { at: at.toISOString(), actor: actorOf(workspace) };
  const edit = seq === undefined ? {} : { seq, of: changes.length };
  return changes.map((change) => ({ ...stamp, ...change, ...edit }));
}

export function historyLines(entries: readonly HistoryEntry[]): string {
  return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}

/**
 * Appends entries that belong to no edit (a case's creation, upgrade or restore) and
 * resolves once they are on disk. Creates the file if needed.
 */
export async function appendHistory(file: string, entries: readonly HistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const handle = await open(file, 'a+');
  try {
    // A crash during an earlier append can leave half a line; start on a fresh one so
    // the torn line does not swallow these entries.
    const separator = (await endsMidLine(handle)) ? '\n' : '';
    await handle.write(separator + historyLines(entries));
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

/** Every entry of every saved edit, oldest first. */
export async function readHistory(file: string): Promise<HistoryEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return [];
    throw error;
  }
  return parseHistory(text).flatMap((line) => (line.saved ? [line.entry] : []));
}

export interface HistoryLine {
  entry: HistoryEntry;
  /** Byte offset just past this line's newline, from the start of the text parsed. */
  end: number;
  /** False for an entry of an edit whose other entries are missing: a crash cut it short. */
  saved: boolean;
}

/**
 * The entries of a stretch of history.jsonl, in order. A line torn by a crash cannot be
 * read and is skipped; so are the entries of an edit that has fewer lines than it
 * announced, since that edit was never reported saved.
 */
export function parseHistory(text: string): HistoryLine[] {
  const lines: HistoryLine[] = [];
  let start = 0;
  let bytes = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline + 1;
    const raw = text.slice(start, stop);
    bytes += Buffer.byteLength(raw);
    start = stop;
    // A line without its newline was still being written when the writer stopped.
    if (newline < 0) break;
    const entry = parseEntry(raw);
    if (entry) lines.push({ entry, end: bytes, saved: true });
  }
  markUnfinishedEdits(lines);
  return lines;
}

function parseEntry(raw: string): HistoryEntry | null {
  if (!raw.trim()) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as HistoryEntry) : null;
  } catch {
    return null;
  }
}

function markUnfinishedEdits(lines: HistoryLine[]): void {
  const counts = new Map<number, number>();
  for (const { entry } of lines) if (entry.seq !== undefined) counts.set(entry.seq, (counts.get(entry.seq) ?? 0) + 1);
  for (const line of lines) {
    const { seq, of } = line.entry;
    if (seq !== undefined && counts.get(seq) !== of) line.saved = false;
  }
}
