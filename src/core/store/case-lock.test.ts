import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseLock, CaseLockedError, LOCK_FILE, readLock } from './case-lock';
import { CaseStore } from './case-store';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

/** A process that is alive for the test's duration, standing for another Claimdesk. */
async function otherProcess(): Promise<{ pid: number; stop(): void }> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('spawn', resolve));
  return { pid: child.pid!, stop: () => child.kill('SIGKILL') };
}

async function lockHeldBy(dir: string, pid: number, app: string): Promise<void> {
  await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid, host: hostname(), since: '2026-12-03T09:00:00.000Z', app }));
}

describe('the case lock', () => {
  it('is taken on open with the pid, host and start time, and given back on close', async () => {
    const store = await CaseStore.create(await tempFolder(), { name: 'Embassy' });
    expect(await readLock(store.dir)).toMatchObject({ pid: process.pid, host: hostname(), app: 'cli' });
    await store.close();
    expect(await readLock(store.dir)).toBeNull();
  });

  it('refuses a second writer in the same process, naming the first', async () => {
    const store = await CaseStore.create(await tempFolder(), { name: 'Embassy', app: 'serve' });
    const refused = CaseStore.open(store.dir, { app: 'serve' });
    await expect(refused).rejects.toBeInstanceOf(CaseLockedError);
    await expect(refused).rejects.toMatchObject({
      code: 'case-locked',
      message: expect.stringContaining(`the case is open in Claimdesk (pid ${process.pid}, since`),
    });
  });

  it('refuses an app while another live process holds the case, and leaves the lock alone', async () => {
    const dir = (await CaseStore.create(await tempFolder(), { name: 'Embassy' }).then(async (store) => (await store.close(), store))).dir;
    const other = await otherProcess();
    try {
      await lockHeldBy(dir, other.pid, 'electron');
      await expect(CaseStore.open(dir, { app: 'serve' })).rejects.toMatchObject({
        message: expect.stringContaining(`pid ${other.pid}, since 2026-12-03T09:00:00.000Z`),
      });
      expect(await readLock(dir)).toMatchObject({ pid: other.pid });
    } finally {
      other.stop();
    }
  });

  it('takes over a stale lock whose process is gone, and says so', async () => {
    const dir = (await CaseStore.create(await tempFolder(), { name: 'Embassy' }).then(async (store) => (await store.close(), store))).dir;
    const other = await otherProcess();
    other.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await lockHeldBy(dir, other.pid, 'electron');
    const store = await CaseStore.open(dir, { app: 'serve' });
    expect(store.tookOverFrom).toMatchObject({ pid: other.pid, app: 'electron' });
    expect(await readLock(dir)).toMatchObject({ pid: process.pid, app: 'serve' });
    expect((await readdir(dir)).filter((name) => name.includes('.stale'))).toEqual([]);
  });

  it('lets a command line wait for another command line to finish', async () => {
    const dir = await tempFolder();
    const first = await CaseLock.acquire(dir, { app: 'cli' });
    const second = CaseLock.acquire(dir, { app: 'cli', waitMs: 5_000 });
    setTimeout(() => void first.release(), 200);
    await expect(second).resolves.toBeInstanceOf(CaseLock);
  });

  it('is held by one command line at a time when many start at once', async () => {
    const dir = await tempFolder();
    let holding = 0;
    let most = 0;
    const turn = async (): Promise<void> => {
      const lock = await CaseLock.acquire(dir, { app: 'cli', waitMs: 20_000 });
      most = Math.max(most, ++holding);
      await new Promise((resolve) => setTimeout(resolve, 5));
      holding -= 1;
      await lock.release();
    };
    await Promise.all(Array.from({ length: 24 }, turn));
    expect(most).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not wait for the app: its edits must go through it', async () => {
    const dir = await tempFolder();
    await CaseLock.acquire(dir, { app: 'serve' });
    const started = Date.now();
    await expect(CaseLock.acquire(dir, { app: 'cli', waitMs: 5_000 })).rejects.toBeInstanceOf(CaseLockedError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('publishes where the holder answers, for the command line to reach it', async () => {
    const dir = await tempFolder();
    const lock = await CaseLock.acquire(dir, { app: 'serve' });
    await lock.publish({ url: 'http://127.0.0.1:4567', token: 'secret' });
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
      endpoint: { url: 'http://127.0.0.1:4567', token: 'secret' },
    });
  });
});
