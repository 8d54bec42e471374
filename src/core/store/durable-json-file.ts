// The lowdb adapter for claimdesk.json. lowdb's own JSONFile writes through steno, which
// renames atomically but never fsyncs; this one waits until the bytes are on disk.

import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { ClaimdeskError } from '../../shared/rpc';
import { writeFileDurably } from './durable-file';
import { hasErrorCode } from './fs-helpers';

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  /** The parsed file, or null when there is no file. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return null;
      throw error;
    }
    try {
      // A byte order mark is what Windows editors add when someone edits the file by hand.
      return JSON.parse(text.replace(/^\uFEFF/, '')) as T;
    } catch (error) {
      const reason = error instanceof Error ? ` (${error.message})` : '';
      throw new ClaimdeskError(
        'corrupt-workspace',
        `${this.path} is not valid JSON${reason}; it may have been cut short or edited by hand. ` +
          'Claimdesk has not modified it.',
      );
    }
  }

  /** Indented, so that a case kept under version control gives readable diffs. */
  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, `${JSON.stringify(data, null, 2)}\n`);
  }
}
