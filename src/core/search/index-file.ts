// The search index kept in the case folder, so a search does not read and index every
// article again. It is a cache: it says which case it covers and the key of every
// document it holds, and anything missing, unreadable or from elsewhere is ignored
// (and the index rebuilt), never trusted.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import { writeFileDurably } from '../store/durable-file';

export const SEARCH_INDEX_FILE = 'search-index.json';

/**
 * Raised whenever what is indexed, or how, changes (fields, tokenizer, document keys):
 * an index written by another version is rebuilt.
 */
export const SEARCH_INDEX_FORMAT = 1;

export interface SavedIndex {
  caseId: string;
  /** The key of every indexed document, by document id (see documentKeys). */
  keys: Map<string, string>;
  index: AsPlainObject;
}

export function searchIndexFile(caseDir: string): string {
  return join(caseDir, SEARCH_INDEX_FILE);
}

/** The saved index of this case, or null if there is none it can use. */
export async function readSavedIndex(file: string, caseId: string): Promise<SavedIndex | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
  if (!isObject(raw) || raw.format !== SEARCH_INDEX_FORMAT || raw.caseId !== caseId) return null;
  if (!isObject(raw.index) || !Array.isArray(raw.keys) || !raw.keys.every(isKeyEntry)) return null;
  return { caseId, keys: new Map(raw.keys), index: raw.index as AsPlainObject };
}

export async function writeSavedIndex(file: string, saved: SavedIndex): Promise<void> {
  const { caseId, keys, index } = saved;
  await writeFileDurably(file, JSON.stringify({ format: SEARCH_INDEX_FORMAT, caseId, keys: [...keys], index }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKeyEntry(entry: unknown): entry is [string, string] {
  return Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string';
}
