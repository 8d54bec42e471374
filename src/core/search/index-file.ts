// The search index kept in the case folder, so a search does not read and index every
// article again. It is a cache: it says which case it covers and the key of every
// document it holds, and anything missing, damaged or from elsewhere is ignored (and the
// index rebuilt), never trusted.
//
// The file is the index's own arrays, so reading it is one read, one small JSON parse
// (ids, keys and terms) and array views over the rest:
//
//   magic u32 · format u32 · CRC-32 of all that follows u32 · header length u32
//   header (JSON, UTF-8, padded to 4 bytes)
//   lengths u32 × documents · starts u32 × (terms + 1) · docs u32 × postings · freqs u16 × postings
//
// Numbers are in the machine's byte order; a file from a machine of the other order fails
// the magic check and is rebuilt.

import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { writeFileDurably } from '../store/durable-file';
import type { IndexParts } from './inverted-index';
import { isWellFormed, type Segment } from './segment';

export const SEARCH_INDEX_FILE = 'search-index.bin';
/** Where the index was kept before it had its own format: removed when the new one is written. */
const FORMER_INDEX_FILE = 'search-index.json';

/** "CDSI" */
const MAGIC = 0x43445349;
/**
 * Raised whenever what is indexed, or how, changes (fields, weights, tokenizer, document
 * keys, layout): an index written by another version is rebuilt.
 */
export const SEARCH_INDEX_FORMAT = 2;
/** Magic, format, checksum and header length. */
const PREAMBLE_BYTES = 16;
/** The checksum covers everything after itself. */
const CHECKED_FROM = 12;

export interface SavedIndex {
  caseId: string;
  /** The state of the case the index covers (see CaseSearch), or null if it was not named. */
  stamp: string | null;
  /** The key of every indexed document that has one, by document id (see documentKeys). */
  keys: Map<string, string>;
  index: IndexParts;
}

interface Header {
  caseId: string;
  /** Absent in a file written before the state was named. */
  stamp?: string | null;
  ids: string[];
  /** Beside ids; empty for a document indexed without a key (an article that could not be read). */
  keys: string[];
  terms: string[];
}

export function searchIndexFile(caseDir: string): string {
  return join(caseDir, SEARCH_INDEX_FILE);
}

/** The saved index of this case, or null if there is none it can use. */
export async function readSavedIndex(file: string, caseId: string): Promise<SavedIndex | null> {
  let bytes: Uint8Array;
  try {
    bytes = aligned(await readFile(file));
  } catch {
    return null;
  }
  try {
    return decode(bytes, caseId);
  } catch {
    // Cut short, or the header is not what this version writes.
    return null;
  }
}

export async function writeSavedIndex(file: string, saved: SavedIndex): Promise<void> {
  await writeFileDurably(file, encode(saved));
  await rm(join(dirname(file), FORMER_INDEX_FILE), { force: true });
}

function encode({ caseId, stamp, keys, index }: SavedIndex): Uint8Array {
  const { segment, ids, lengths } = index;
  const header: Header = { caseId, stamp, ids: [...ids], keys: ids.map((id) => keys.get(id) ?? ''), terms: [...segment.terms] };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const layout = sections(headerBytes.length, ids.length, segment.terms.length, segment.docs.length);
  const bytes = new Uint8Array(layout.total);
  const words = new Uint32Array(bytes.buffer, 0, PREAMBLE_BYTES / 4);
  words[0] = MAGIC;
  words[1] = SEARCH_INDEX_FORMAT;
  words[3] = headerBytes.length;
  bytes.set(headerBytes, PREAMBLE_BYTES);
  new Uint32Array(bytes.buffer, layout.lengths, ids.length).set(lengths.subarray(0, ids.length));
  new Uint32Array(bytes.buffer, layout.starts, segment.terms.length + 1).set(segment.starts);
  new Uint32Array(bytes.buffer, layout.docs, segment.docs.length).set(segment.docs);
  new Uint16Array(bytes.buffer, layout.freqs, segment.freqs.length).set(segment.freqs);
  words[2] = crc32(bytes.subarray(CHECKED_FROM));
  return bytes;
}

function decode(bytes: Uint8Array, caseId: string): SavedIndex | null {
  if (bytes.length < PREAMBLE_BYTES) return null;
  const [magic, format, checksum, headerLength] = new Uint32Array(bytes.buffer, bytes.byteOffset, PREAMBLE_BYTES / 4);
  if (magic !== MAGIC || format !== SEARCH_INDEX_FORMAT || crc32(bytes.subarray(CHECKED_FROM)) !== checksum) return null;
  const header: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength!)));
  if (!isHeader(header) || header.caseId !== caseId) return null;
  const { ids, terms } = header;
  const postings = (bytes.length - sections(headerLength!, ids.length, terms.length, 0).total) / 6;
  const layout = sections(headerLength!, ids.length, terms.length, postings);
  if (!Number.isInteger(postings) || layout.total !== bytes.length) return null;
  const at = bytes.byteOffset;
  const segment: Segment = {
    terms,
    starts: new Uint32Array(bytes.buffer, at + layout.starts, terms.length + 1),
    docs: new Uint32Array(bytes.buffer, at + layout.docs, postings),
    freqs: new Uint16Array(bytes.buffer, at + layout.freqs, postings),
  };
  if (!isWellFormed(segment, ids.length)) return null;
  const keys = new Map<string, string>();
  for (const [doc, id] of ids.entries()) if (header.keys[doc] !== '') keys.set(id, header.keys[doc]!);
  return { caseId, stamp: header.stamp ?? null, keys, index: { segment, ids, lengths: new Uint32Array(bytes.buffer, at + layout.lengths, ids.length) } };
}

/** Byte offsets of each section; freqs last, so a file's size tells its posting count. */
function sections(headerLength: number, documents: number, terms: number, postings: number) {
  const lengths = PREAMBLE_BYTES + Math.ceil(headerLength / 4) * 4;
  const starts = lengths + 4 * documents;
  const docs = starts + 4 * (terms + 1);
  const freqs = docs + 4 * postings;
  return { lengths, starts, docs, freqs, total: freqs + 2 * postings };
}

/** Typed array views need their offset to be a multiple of their element size. */
function aligned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
}

function isHeader(value: unknown): value is Header {
  if (typeof value !== 'object' || value === null) return false;
  const { caseId, stamp, ids, keys, terms } = value as Record<string, unknown>;
  return (
    typeof caseId === 'string' &&
    (stamp === undefined || stamp === null || typeof stamp === 'string') &&
    isStrings(ids) &&
    isStrings(keys) &&
    isStrings(terms) &&
    keys.length === ids.length &&
    new Set(ids).size === ids.length
  );
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
