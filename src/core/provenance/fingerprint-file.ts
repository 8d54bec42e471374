// The fingerprint index kept in the case folder, so opening a case does not read and
// fingerprint every article again. A cache, like the search index: it names its case
// and the SHA-256 of each article it covers, and anything missing, damaged or from
// another case or format is ignored and the index rebuilt from the articles.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Id } from '../../shared/model';
import { writeFileDurably } from '../store/durable-file';
import type { ArticlePrints } from './fingerprint-index';
import { FILTER_SIZE } from './word-filter';

export const FINGERPRINTS_FILE = 'fingerprints.json';

/** Raised whenever how fingerprints are computed changes (words, K, WINDOW, hashing, the word filter). */
export const FINGERPRINTS_FORMAT = 3;

export interface SavedPrints {
  articleId: Id;
  /** The article's sha256 when fingerprinted: an article with other bytes is fingerprinted again. */
  sha256: string;
  prints: ArticlePrints;
}

export function fingerprintsFile(caseDir: string): string {
  return join(caseDir, FINGERPRINTS_FILE);
}

/** The saved fingerprints of this case, or none when the file is missing or not usable. */
export async function readSavedPrints(file: string, caseId: string): Promise<SavedPrints[]> {
  try {
    const raw: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (!isObject(raw) || raw.format !== FINGERPRINTS_FORMAT || raw.caseId !== caseId || !Array.isArray(raw.articles)) return [];
    return raw.articles.map(parseEntry);
  } catch {
    return [];
  }
}

export async function writeSavedPrints(file: string, caseId: string, saved: readonly SavedPrints[]): Promise<void> {
  const articles = saved.map(({ articleId, sha256, prints }) => [
    articleId,
    sha256,
    encode(prints.hashes),
    encode(prints.words),
    encode(prints.offsets),
    encode(prints.wordFilter),
  ]);
  await writeFileDurably(file, JSON.stringify({ format: FINGERPRINTS_FORMAT, caseId, articles }));
}

function parseEntry(entry: unknown): SavedPrints {
  if (!Array.isArray(entry) || entry.length !== 6 || !entry.every((part) => typeof part === 'string')) {
    throw new Error('Not a saved fingerprint entry.');
  }
  const [articleId, sha256, hashes, words, offsets, filter] = entry as [string, string, string, string, string, string];
  const prints = { hashes: decode(hashes), words: decode(words), offsets: decode(offsets), wordFilter: decode(filter) };
  if (prints.hashes.length !== prints.words.length || prints.hashes.length !== prints.offsets.length) {
    throw new Error('Fingerprints and their places differ in number.');
  }
  if (prints.wordFilter.length % FILTER_SIZE !== 0) throw new Error('A word filter of another size.');
  return { articleId, sha256, prints };
}

/** Little-endian 32-bit words as base64: a quarter of the size of JSON numbers. */
function encode(values: Uint32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function decode(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength % 4 !== 0) throw new Error('Not a list of 32-bit values.');
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
