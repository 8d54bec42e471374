// claimdesk.json, the snapshot: the whole case as of one point of the journal, which it
// names in its "journal" field. It is rewritten whole, atomically, only when the journal
// has grown, after idle time and on close; never over a file another program changed.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { CaseData } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { writeFileDurably } from './durable-file';
import type { JournalMark } from './edit-log';
import { hasErrorCode, refuseLink } from './fs-helpers';
import { parseJson } from './json-file';

/** What the store knows of the snapshot it last read or wrote, to notice a change behind its back. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  /** Not needed before the snapshot is next written: hashed a slice at a time once the case is open. */
  sha256: Promise<string>;
}

export interface ReadSnapshot {
  /** The parsed file without its journal mark, not yet checked. */
  raw: unknown;
  /** Null in a case saved before the journal: its history is all in the snapshot. */
  mark: JournalMark | null;
  fingerprint: Fingerprint;
}

/** The snapshot, or null when there is no file. */
export async function readSnapshot(file: string): Promise<ReadSnapshot | null> {
  await refuseLink(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return null;
    throw error;
  }
  const parsed = parseJson(file, bytes.toString('utf8'));
  const fingerprint = { ...(await sizeAndTime(file)), sha256: sha256InSlices(bytes) };
  return { ...splitMark(parsed), fingerprint };
}

/** Indented, so that a case kept under version control gives readable diffs. */
export async function writeSnapshot(file: string, data: Readonly<CaseData>, mark: JournalMark): Promise<Fingerprint> {
  const bytes = Buffer.from(`${JSON.stringify({ ...data, journal: mark }, null, 2)}\n`);
  await writeFileDurably(file, bytes);
  return { ...(await sizeAndTime(file)), sha256: Promise.resolve(sha256(bytes)) };
}

/** Refuses to go on when the snapshot is no longer the file the store last read or wrote. */
export async function requireUnchanged(file: string, known: Fingerprint): Promise<void> {
  const now = await sizeAndTime(file).catch(() => null);
  const same =
    now !== null &&
    now.size === known.size &&
    now.mtimeMs === known.mtimeMs &&
    sha256(await readFile(file)) === (await known.sha256);
  if (same) return;
  throw new ClaimdeskError(
    'changed-on-disk',
    `${file} was changed or removed by another program while Claimdesk had the case open. ` +
      'Claimdesk did not write over it; your changes are kept in history.jsonl. Close the case and open it again.',
  );
}

function splitMark(parsed: unknown): { raw: unknown; mark: JournalMark | null } {
  if (typeof parsed !== 'object' || parsed === null || !('journal' in parsed)) return { raw: parsed, mark: null };
  const { journal, ...raw } = parsed as { journal: unknown };
  return { raw, mark: isMark(journal) ? journal : null };
}

function isMark(value: unknown): value is JournalMark {
  const mark = value as JournalMark | null;
  return (
    typeof mark === 'object' && mark !== null && Number.isInteger(mark.seq) && mark.seq >= 0 && Number.isInteger(mark.offset) && mark.offset >= 0
  );
}

async function sizeAndTime(file: string): Promise<{ size: number; mtimeMs: number }> {
  const { size, mtimeMs } = await stat(file);
  return { size, mtimeMs };
}

/** A slice hashes in a few milliseconds: what the app does meanwhile waits no longer than that. */
const HASH_SLICE_BYTES = 4 * 1024 * 1024;

/** sha256(), a slice per turn of the event loop, so that opening a case does not wait for it. */
async function sha256InSlices(bytes: Uint8Array): Promise<string> {
  const hash = createHash('sha256');
  for (let at = 0; at < bytes.length; at += HASH_SLICE_BYTES) {
    await new Promise((resolve) => setImmediate(resolve));
    hash.update(bytes.subarray(at, at + HASH_SLICE_BYTES));
  }
  return hash.digest('hex');
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
