// The cases the user opened last, newest first, kept in the user's config folder (never
// in a case: a case copied to a colleague does not carry someone's list with it).

import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { RecentCase } from '../../shared/api';
import { writeFileDurably } from '../store/durable-file';
import { CASE_FILE } from '../store/case-paths';

const RECENT_FILE = 'recent-cases.json';
/** As many as a File menu shows without scrolling. */
export const MAX_RECENT_CASES = 10;

export class RecentCases {
  constructor(private readonly configDir: string) {}

  /** The remembered cases whose folder still holds a case; a damaged list reads as empty. */
  async list(): Promise<RecentCase[]> {
    return (await this.#read()).filter((entry) => existsSync(join(entry.dir, CASE_FILE)));
  }

  /** Puts the case first, once, and forgets the oldest past the limit. */
  async remember(entry: RecentCase): Promise<void> {
    const dir = resolve(entry.dir);
    const others = (await this.#read()).filter((known) => known.dir !== dir);
    const list = [{ ...entry, dir }, ...others].slice(0, MAX_RECENT_CASES);
    await mkdir(this.configDir, { recursive: true });
    await writeFileDurably(join(this.configDir, RECENT_FILE), JSON.stringify(list, null, 2));
  }

  async #read(): Promise<RecentCase[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(join(this.configDir, RECENT_FILE), 'utf8'));
      return Array.isArray(parsed) ? parsed.filter(isRecentCase) : [];
    } catch {
      return [];
    }
  }
}

function isRecentCase(value: unknown): value is RecentCase {
  const entry = value as Partial<RecentCase> | null;
  return typeof entry?.dir === 'string' && typeof entry.name === 'string' && typeof entry.openedAt === 'string';
}
