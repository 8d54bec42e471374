// A zip (a .docx is one) is checked before anything parses it: a few hundred kilobytes
// can inflate to gigabytes, and the XML parser behind mammoth holds a part whole in
// memory. The central directory's counts and sizes are read first; then every entry is
// inflated with a cap on its output, since a directory can lie about its sizes.

import { constants, inflateRawSync } from 'node:zlib';

/** A Word document has tens of parts, a few hundred with pictures; thousands is a trap. */
export const MAX_ZIP_ENTRIES = 5_000;
/** Largest single part once inflated: the text of a 2,000-page document is about 20 MB of XML. */
export const MAX_ZIP_ENTRY_BYTES = 64 * 1024 * 1024;
/** All parts together once inflated, pictures included. */
export const MAX_ZIP_TOTAL_BYTES = 256 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA = 0x0001;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

/** Why a zip is refused, in words for the user; null when it is within every limit. */
export function zipBoundsProblem(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readDirectory(buffer);
  // Not a zip at all: the reader's own error says so better.
  if (entries === null) return null;
  if (entries.length > MAX_ZIP_ENTRIES) {
    return `it holds ${entries.length.toLocaleString('en')} parts, more than the ${MAX_ZIP_ENTRIES.toLocaleString('en')} a Word document can have (MAX_ZIP_ENTRIES).`;
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.declaredSize > MAX_ZIP_ENTRY_BYTES) return tooLargePart(entry.name);
    total += entry.declaredSize;
  }
  if (total > MAX_ZIP_TOTAL_BYTES) return tooLargeWhole();
  return inflatedSizeProblem(buffer, entries);
}

/** The sizes the directory declares are only claims: inflate each part, never past the limits. */
function inflatedSizeProblem(buffer: Buffer, entries: readonly Entry[]): string | null {
  let total = 0;
  for (const entry of entries) {
    const data = entryData(buffer, entry);
    if (data === null) continue;
    const room = Math.min(MAX_ZIP_ENTRY_BYTES, MAX_ZIP_TOTAL_BYTES - total);
    let size: number;
    if (entry.method === STORED) size = data.length;
    else if (entry.method === DEFLATED) {
      try {
        // A sync flush counts what a cut-off stream yields too, as a lenient reader would inflate it.
        size = inflateRawSync(data, { maxOutputLength: room + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') size = room + 1;
        // A damaged stream: mammoth will refuse the file with its own message.
        else continue;
      }
    } else continue;
    if (size > MAX_ZIP_ENTRY_BYTES) return tooLargePart(entry.name);
    total += size;
    if (total > MAX_ZIP_TOTAL_BYTES) return tooLargeWhole();
  }
  return null;
}

function tooLargePart(name: string): string {
  return `its part "${name}" inflates past ${megabytes(MAX_ZIP_ENTRY_BYTES)}, the most Claimdesk reads from one part (MAX_ZIP_ENTRY_BYTES). ` +
    'It may be a "zip bomb"; if it is a real document, split it into smaller documents and import those.';
}

function tooLargeWhole(): string {
  return `its parts inflate past ${megabytes(MAX_ZIP_TOTAL_BYTES)} in all, the most Claimdesk reads from one document (MAX_ZIP_TOTAL_BYTES). ` +
    'It may be a "zip bomb"; if it is a real document, remove large pictures or split it, and import again.';
}

const megabytes = (bytes: number) => `${bytes / (1024 * 1024)} MB`;

/** The central directory's entries, or null when there is no readable directory. */
function readDirectory(buffer: Buffer): Entry[] | null {
  const end = findEndRecord(buffer);
  if (end < 0) return null;
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  // The count field holds at most 65,535; walk the directory itself rather than trust it.
  while (offset + 46 <= buffer.length && buffer.readUInt32LE(offset) === DIRECTORY_ENTRY) {
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const entry: Entry = {
      name: buffer.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      declaredSize: buffer.readUInt32LE(offset + 24),
      localHeaderOffset: buffer.readUInt32LE(offset + 42),
    };
    applyZip64(entry, buffer.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength));
    entries.push(entry);
    if (entries.length > MAX_ZIP_ENTRIES) break;
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries.length > 0 || count === 0 ? entries : null;
}

function findEndRecord(buffer: Buffer): number {
  const last = buffer.length - END_RECORD_SIZE;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (buffer.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** Sizes past 4 GB live in the ZIP64 extra field, in this order, each only when its field is marked. */
function applyZip64(entry: Entry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = () => {
        const value = field + 8 <= extra.length ? Number(extra.readBigUInt64LE(field)) : Number.MAX_SAFE_INTEGER;
        field += 8;
        return value;
      };
      if (entry.declaredSize === ZIP64_MARK) entry.declaredSize = next();
      if (entry.compressedSize === ZIP64_MARK) entry.compressedSize = next();
      if (entry.localHeaderOffset === ZIP64_MARK) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** An entry's compressed bytes, found through its local header; null when they are not there. */
function entryData(buffer: Buffer, entry: Entry): Buffer | null {
  const header = entry.localHeaderOffset;
  if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== LOCAL_HEADER) return null;
  const start = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
  return buffer.subarray(start, Math.min(buffer.length, start + entry.compressedSize));
}
