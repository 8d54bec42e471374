// The store's journal: every edit is saved by appending its history entries to
// history.jsonl in one write and one fsync, so an edit costs the size of the change, not
// of the case, and the edit and its audit trail are one durable write. claimdesk.json,
// the snapshot, records how far into the journal it already holds (its mark); opening
// the case replays the edits saved after that.

import { constants, fstatSync, type Stats } from 'node:fs';
import { appendFile, open, type FileHandle } from 'node:fs/promises';
import type { HistoryEntry } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { hasErrorCode } from './fs-helpers';
import { historyLines, parseHistory } from './history';

/** How far into the journal a snapshot is: the last edit it holds, and the journal's length then. */
export interface JournalMark {
  seq: number;
  offset: number;
}

/** One saved edit read back from the journal. */
export interface SavedEdit {
  seq: number;
  entries: HistoryEntry[];
}

export class EditLog {
  private broken: string | null = null;

  private constructor(
    private readonly file: string,
    private handle: FileHandle | null,
    private length: number,
    private modified: number,
    private lastSeq: number,
  ) {}

  /**
   * Opens the journal and reads the edits saved after `mark`. With `writable`, the tail
   * of an edit a crash cut short is cut off, so the next edit starts on a clean line.
   */
  static async open(file: string, mark: JournalMark, writable: boolean): Promise<{ log: EditLog; edits: SavedEdit[] }> {
    const handle = await openJournal(file, writable);
    try {
      const size = handle ? (await handle.stat()).size : 0;
      const from = handle && (await startsALine(handle, mark.offset, size)) ? mark.offset : 0;
      const text = handle ? await readFrom(handle, from, size) : '';
      const lines = parseHistory(text);
      const edits = groupEdits(lines.flatMap((line) => (line.saved ? [line.entry] : [])), mark.seq);
      const end = from + (lines.filter((line) => line.saved).at(-1)?.end ?? 0);
      const lastSeq = lines.reduce((last, line) => (line.saved ? Math.max(last, line.entry.seq ?? 0) : last), mark.seq);
      if (writable && handle && end < size) await cutUnsavedTail(file, handle, end, size);
      const modified = handle ? (await handle.stat()).mtimeMs : 0;
      const log = new EditLog(file, writable ? handle : null, Math.min(end, size), modified, lastSeq);
      if (!writable) await handle?.close();
      return { log, edits };
    } catch (error) {
      await handle?.close();
      throw error;
    }
  }

  /** The number the next edit will carry. */
  get nextSeq(): number {
    return this.lastSeq + 1;
  }

  /** Where the journal stands now: what a snapshot of the current case holds. */
  get mark(): JournalMark {
    return { seq: this.lastSeq, offset: this.length };
  }

  /**
   * Saves one edit: resolves once its entries are on disk, rejects with nothing saved.
   * Refuses a journal that grew or changed behind the store's back: another program is
   * writing to the case.
   */
  async append(entries: readonly HistoryEntry[]): Promise<void> {
    const handle = this.handle;
    if (!handle) throw new Error('The journal was opened read-only.');
    if (this.broken) throw new ClaimdeskError('internal', this.broken);
    const before = statOf(handle);
    if (before.size !== this.length || before.mtimeMs !== this.modified) {
      throw new ClaimdeskError(
        'changed-on-disk',
        `${this.file} was changed by another program while Claimdesk had the case open, so this change was not saved. ` +
          'Close the case and open it again to see both.',
      );
    }
    const bytes = Buffer.from(historyLines(entries));
    try {
      await handle.write(bytes, 0, bytes.length, this.length);
      // fdatasync: the bytes and the file's new length, without its other metadata.
      if (!WRITES_REACH_DISK) await handle.datasync();
    } catch (error) {
      await this.undoPartialWrite();
      throw error;
    }
    this.length += bytes.length;
    this.lastSeq = Math.max(this.lastSeq, ...entries.map((entry) => entry.seq ?? 0));
    this.modified = statOf(handle).mtimeMs;
  }

  /** A failed write may have left part of the edit: cut it off, or stop taking edits. */
  private async undoPartialWrite(): Promise<void> {
    try {
      await this.handle!.truncate(this.length);
      await this.handle!.sync();
      this.modified = (await this.handle!.stat()).mtimeMs;
    } catch {
      this.broken =
        `Claimdesk could not write to ${this.file} and could not clean up after the failed write. ` +
        'No further changes can be saved: close the case and open it again.';
    }
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = null;
  }
}

/**
 * The open journal's size and time, asked synchronously: the kernel answers from memory
 * in microseconds, where a trip through Node's thread pool costs an edit about a tenth of
 * a millisecond each time.
 */
function statOf(handle: FileHandle): Stats {
  return fstatSync(handle.fd);
}

/**
 * Where the system offers O_DSYNC (not Windows), the journal is opened with it: a write
 * returns once its bytes and the file's new length are on disk, as write and fdatasync
 * do together, in one trip through Node's thread pool instead of two. The store works
 * out the edited case meanwhile, while the whole durable write is under way.
 */
const WRITES_REACH_DISK = constants.O_DSYNC !== undefined;
const DSYNC = constants.O_DSYNC ?? 0;

async function openJournal(file: string, writable: boolean): Promise<FileHandle | null> {
  try {
    // Read and write, not append: positioned writes are ignored in append mode on Linux.
    return await open(file, writable ? constants.O_RDWR | DSYNC : constants.O_RDONLY);
  } catch (error) {
    if (!hasErrorCode(error, 'ENOENT')) throw error;
    return writable ? open(file, constants.O_RDWR | constants.O_CREAT | constants.O_TRUNC | DSYNC) : null;
  }
}

/** A mark from a snapshot points at the start of a line of this journal, or the journal was replaced. */
async function startsALine(handle: FileHandle, offset: number, size: number): Promise<boolean> {
  if (offset === 0) return true;
  if (offset > size) return false;
  const { buffer } = await handle.read(Buffer.alloc(1), 0, 1, offset - 1);
  return buffer[0] === 0x0a;
}

async function readFrom(handle: FileHandle, from: number, size: number): Promise<string> {
  const buffer = Buffer.alloc(size - from);
  let read = 0;
  while (read < buffer.length) {
    const { bytesRead } = await handle.read(buffer, read, buffer.length - read, from + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return buffer.subarray(0, read).toString('utf8');
}

/**
 * What follows the last saved edit was being written when the writer stopped: an edit
 * never reported saved. It is moved aside to history.jsonl.torn, not thrown away, and
 * the journal ends cleanly again for the next edit.
 */
async function cutUnsavedTail(file: string, handle: FileHandle, end: number, size: number): Promise<void> {
  const tail = Buffer.alloc(size - end);
  await handle.read(tail, 0, tail.length, end);
  await appendFile(`${file}.torn`, tail);
  await handle.truncate(end);
  await handle.sync();
}

/** The edits after `seq`, each with its entries, in the order they were saved. */
function groupEdits(entries: readonly HistoryEntry[], seq: number): SavedEdit[] {
  const edits = new Map<number, HistoryEntry[]>();
  for (const entry of entries) {
    if (entry.seq === undefined || entry.seq <= seq) continue;
    const group = edits.get(entry.seq);
    if (group) group.push(entry);
    else edits.set(entry.seq, [entry]);
  }
  return [...edits].sort(([a], [b]) => a - b).map(([number, group]) => ({ seq: number, entries: group }));
}
