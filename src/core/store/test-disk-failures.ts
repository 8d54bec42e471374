// Test helper: a disk that refuses the next write to any file, as a full or failing disk
// does, so tests can check that the store reports the edit as not saved and keeps nothing.

import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { vi } from 'vitest';

type Write = (...args: unknown[]) => Promise<unknown>;

/** Node's FileHandle class, whose write() the journal appends with. */
async function fileHandlePrototype(dir: string): Promise<{ write: Write }> {
  const handle = await open(join(dir, '.probe'), 'w');
  await handle.close();
  return Object.getPrototypeOf(handle) as { write: Write };
}

export const diskFull = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/**
 * The next write to a file fails with `error` once `before` has run (by default at once);
 * with `partly`, after half of its bytes reached the file. Restore with vi.restoreAllMocks().
 */
export async function failNextWrite(
  dir: string,
  error: Error,
  { partly = false, before = async () => {} }: { partly?: boolean; before?: () => Promise<void> } = {},
): Promise<void> {
  const prototype = await fileHandlePrototype(dir);
  const write = prototype.write;
  vi.spyOn(prototype, 'write').mockImplementationOnce(async function (this: unknown, ...args: unknown[]) {
    await before();
    if (partly) {
      const [bytes, , length, position] = args as [Buffer, number, number, number];
      await write.call(this, bytes, 0, Math.floor(length / 2), position);
    }
    throw error;
  });
}
