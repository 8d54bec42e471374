// Writes that survive a crash or a power cut: the target holds either its old bytes or
// its new ones, never a mix, and once the promise resolves the new bytes are on disk.
//
// This module imports nothing but Node, so the kill test can run it in a child process.

import { randomBytes } from 'node:crypto';
import { link, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `path` with `data`: writes a temporary file beside it, flushes it, renames it
 * over the target, then flushes the folder so that the rename itself is on disk.
 * When it rejects, the target is unchanged and the temporary file is gone; the one
 * exception is a folder flush failing after the rename, which takes a failing disk.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  const temp = temporaryPathFor(path);
  try {
    await writeAndSync(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Creates `path` with `data` unless it exists, and says whether it did. The file appears
 * whole (written beside it, then linked in, and link never replaces a file), so another
 * process never reads it half-written.
 */
export async function createFileDurably(path: string, data: string | Uint8Array): Promise<boolean> {
  const temp = temporaryPathFor(path);
  try {
    await writeAndSync(temp, data);
    await link(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
  await syncFolder(dirname(path));
  return true;
}

/** Same folder, so the rename never crosses file systems; pid and random bytes, so two writers never share one. */
function temporaryPathFor(path: string): string {
  const unique = `${process.pid}.${randomBytes(6).toString('hex')}`;
  return join(dirname(path), `.${basename(path)}.${unique}.tmp`);
}

async function writeAndSync(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// Windows cannot open a folder to sync it (EISDIR, EPERM) and some file systems refuse
// to sync one (EINVAL). There a rename is as durable as the platform makes it.
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL']);

/** Flushes a folder's entries (files created, renamed or removed in it) to disk. */
export async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!FOLDER_SYNC_UNSUPPORTED.has(code)) throw error;
  } finally {
    await handle?.close();
  }
}

/** `.claimdesk.json.<pid>.<12 hex digits>.tmp`, as made by temporaryPathFor(). */
const TEMPORARY_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporary files that writers killed mid-write left in `dir`, so a crash
 * does not leave megabytes of hidden files in a case. Files whose writer still runs are
 * kept. A missing folder has nothing to remove.
 */
export async function removeStaleTemporaryFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const name of names) {
    const pid = TEMPORARY_NAME.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) await rm(join(dir, name), { force: true });
  }
}

/** Whether a process of this machine is alive. */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
