// One writer per case: the process that opens a case for writing holds
// <case>/.claimdesk.lock, created exclusively, with its pid, host name and start time.
// Another process finds the lock and goes through the holder (the app publishes where
// it answers, with a token) or is refused. A lock whose process is gone is stale: the
// next writer takes it over and says so.

import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ClaimdeskError } from '../../shared/rpc';
import { createFileDurably, isRunning, writeFileDurably } from './durable-file';
import { hasErrorCode } from './fs-helpers';

export const LOCK_FILE = '.claimdesk.lock';

/** Who holds a case, as written in its lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder opened the case (ISO). */
  since: string;
  /** What holds it: the app ("electron", "serve") or a command line ("cli"). */
  app: string;
  /** Where the holder answers API calls for other processes; only the app publishes one. */
  endpoint?: { url: string; token: string };
}

export class CaseLockedError extends ClaimdeskError {
  constructor(
    readonly holder: LockHolder,
    dir: string,
  ) {
    super('case-locked', `${dir}: ${describeHolder(holder)}.`);
  }
}

export function describeHolder(holder: LockHolder): string {
  const what = holder.app === 'cli' ? 'a claimdesk command' : 'Claimdesk';
  const where = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return `the case is open in ${what} (pid ${holder.pid}${where}, since ${holder.since})`;
}

export interface AcquireOptions {
  app: string;
  /** How long to wait for a short-lived holder (a command line) to finish. */
  waitMs?: number;
}

export class CaseLock {
  private constructor(
    readonly file: string,
    private holder: LockHolder,
    /** The stale lock this one replaced, if any: its holder had died with the case open. */
    readonly tookOverFrom: LockHolder | null,
  ) {}

  static async acquire(dir: string, options: AcquireOptions): Promise<CaseLock> {
    const file = join(dir, LOCK_FILE);
    const holder: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), app: options.app };
    const deadline = Date.now() + (options.waitMs ?? 0);
    let tookOver: LockHolder | null = null;
    for (;;) {
      if (await createFileDurably(file, JSON.stringify(holder, null, 2))) return new CaseLock(file, holder, tookOver);
      const current = await readLock(dir);
      if (current === null) continue;
      if (isStale(current)) {
        if (await takeOver(file, current)) tookOver = current;
        continue;
      }
      if (current.app !== 'cli' || Date.now() >= deadline) throw new CaseLockedError(current, dir);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Tells other processes where this holder answers, so their edits go through it. */
  async publish(endpoint: LockHolder['endpoint']): Promise<void> {
    this.holder = { ...this.holder, endpoint };
    await writeFileDurably(this.file, JSON.stringify(this.holder, null, 2));
  }

  /** Removes the lock if it is still this process's own. */
  async release(): Promise<void> {
    const current = await readLockFile(this.file);
    if (current && current.pid === this.holder.pid && current.since === this.holder.since) await rm(this.file, { force: true });
  }
}

/** Who holds the case in `dir`, or null when nobody does. */
export async function readLock(dir: string): Promise<LockHolder | null> {
  return readLockFile(join(dir, LOCK_FILE));
}

async function readLockFile(file: string): Promise<LockHolder | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return null;
    throw error;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    if (Number.isInteger(holder.pid) && typeof holder.host === 'string') return holder;
  } catch {
    // Torn while its holder was writing it: the holder died before it could say who it is.
  }
  return { pid: 0, host: hostname(), since: 'unknown', app: 'unknown' };
}

/** A holder on this machine whose process is gone. A holder on another machine cannot be checked, so it stands. */
function isStale(holder: LockHolder): boolean {
  return holder.host === hostname() && holder.pid !== process.pid && !isRunning(holder.pid);
}

/**
 * Moves the stale lock aside and checks it is the one judged stale: two processes taking
 * over at once must not remove the lock the faster one has just made.
 */
async function takeOver(file: string, stale: LockHolder): Promise<boolean> {
  const aside = `${file}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return false;
    throw error;
  }
  const moved = await readLockFile(aside);
  if (moved && moved.pid === stale.pid && moved.since === stale.since) {
    await rm(aside, { force: true });
    return true;
  }
  // Another process took the lock meanwhile: put its lock back, unless yet another
  // process has made one since (link, unlike rename, never replaces a file).
  try {
    await link(aside, file);
  } catch (error) {
    if (!hasErrorCode(error, 'EEXIST')) throw error;
  } finally {
    await rm(aside, { force: true });
  }
  return false;
}
