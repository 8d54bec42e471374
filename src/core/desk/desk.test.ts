import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import { createClient, dispatch } from '../../shared/rpc';
import { useAnchorWorker } from '../anchor-thread/test-worker';
import { useImportWorker } from '../import-thread/test-worker';
import { createCase, openCaseService } from '../service';
import { useTempFolders } from '../store/test-folders';
import { Desk, type DeskOptions } from './desk';
import { MAX_RECENT_CASES, RecentCases } from './recent-cases';

const tempFolder = useTempFolders();
const anchorWorker = useAnchorWorker();
const importWorker = useImportWorker();
const desks: Desk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((desk) => desk.close()));
});

async function openDesk(extra: Partial<DeskOptions> = {}): Promise<{ desk: Desk; client: ApiClient; configDir: string }> {
  const configDir = await tempFolder();
  const desk = new Desk({
    configDir,
    service: { app: 'desk-test', appVersion: '0.0.0-test', anchorWorker: await anchorWorker(), importWorker: await importWorker() },
    ...extra,
  });
  desks.push(desk);
  return { desk, configDir, client: createClient((method, input) => dispatch(desk.handlers, method, input)) };
}

async function aCase(name: string): Promise<string> {
  const dir = join(await tempFolder(), name);
  await createCase(dir, { name });
  return dir;
}

describe('the desk', () => {
  it('starts with no case open, and says so to any case method', async () => {
    const { client } = await openDesk();
    expect(await client.getDesk({})).toMatchObject({ open: null, recent: [], folderDialog: false, canSwitch: true });
    await expect(client.getCase({})).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/no case is open/i) });
  });

  it('opens a case, switches to another and lets go of the first (its lock too), listing both newest first', async () => {
    const { client, desk } = await openDesk();
    const kestria = await aCase('Kestria');
    const harbour = await aCase('Harbour');
    await client.openCase({ dir: kestria });
    expect((await client.getCase({})).workspace.name).toBe('Kestria');
    const state = await client.openCase({ dir: harbour });
    expect(state.open).toEqual({ dir: harbour, name: 'Harbour' });
    expect(state.recent.map((entry) => entry.name)).toEqual(['Harbour', 'Kestria']);
    // Another process may now take the case left behind.
    const other = await openCaseService(kestria, { appVersion: '0', anchorWorker: await anchorWorker(), importWorker: await importWorker() });
    await other.close();
    await desk.close();
  });

  it('stays on the open case when the next cannot be opened', async () => {
    const { client } = await openDesk();
    const kestria = await aCase('Kestria');
    await client.openCase({ dir: kestria });
    const empty = await tempFolder();
    await expect(client.openCase({ dir: empty })).rejects.toMatchObject({ code: 'not-a-workspace' });
    expect((await client.getDesk({})).open?.dir).toBe(kestria);
    expect((await client.getCase({})).workspace.name).toBe('Kestria');
  });

  it('creates a case named after its folder and opens it; refuses a folder that holds a case already', async () => {
    const { client } = await openDesk();
    const dir = join(await tempFolder(), 'Kestria embassy');
    const state = await client.newCase({ dir });
    expect(state.open).toEqual({ dir, name: 'Kestria embassy' });
    await expect(client.newCase({ dir })).rejects.toMatchObject({ code: 'invalid-input' });
    const other = join(await tempFolder(), 'Harbour');
    await createCase(other, { name: 'Harbour' });
    await expect(client.newCase({ dir: other })).rejects.toMatchObject({ message: expect.stringMatching(/already holds a Claimdesk case/) });
    expect((await client.getDesk({})).open?.dir).toBe(dir);
  });

  it('says a case cannot be created inside a file, and opens nothing', async () => {
    const { client } = await openDesk();
    const file = join(await tempFolder(), 'a-file');
    await writeFile(file, 'not a folder');
    await expect(client.newCase({ dir: join(file, 'case') })).rejects.toThrow();
    expect((await client.getDesk({})).open).toBeNull();
  });

  it('asks for a folder with the dialog it was given; a cancelled dialog changes nothing', async () => {
    const kestria = await aCase('Kestria');
    const answers: Array<string | null> = [null, kestria];
    const { client } = await openDesk({ pickFolder: async () => answers.shift() ?? null });
    expect(await client.openCase({})).toMatchObject({ open: null, folderDialog: true });
    expect((await client.openCase({})).open?.name).toBe('Kestria');
  });

  it('without a dialog asks for the folder by path', async () => {
    const { client } = await openDesk();
    await expect(client.openCase({})).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/path/) });
  });

  it('closes the case: the start screen', async () => {
    const { client } = await openDesk();
    await client.openCase({ dir: await aCase('Kestria') });
    expect((await client.closeCase({})).open).toBeNull();
    await expect(client.getCase({})).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the recent cases', () => {
  it('keeps the newest few, each once, and forgets folders that no longer hold a case', async () => {
    const recent = new RecentCases(await tempFolder());
    const dirs = await Promise.all(Array.from({ length: MAX_RECENT_CASES + 2 }, (_, i) => aCase(`Case ${i}`)));
    for (const dir of dirs) await recent.remember({ dir, name: dir, openedAt: '2026-12-03T10:00:00Z' });
    await recent.remember({ dir: dirs[5]!, name: 'Case 5', openedAt: '2026-12-03T11:00:00Z' });
    const listed = await recent.list();
    expect(listed).toHaveLength(MAX_RECENT_CASES);
    expect(listed[0]?.name).toBe('Case 5');
    expect(listed.filter((entry) => entry.dir === dirs[5])).toHaveLength(1);
    expect(listed.map((entry) => entry.dir)).not.toContain(dirs[0]);
  });

  it('reads a damaged list as empty, and writes a good one over it', async () => {
    const configDir = await tempFolder();
    await mkdir(configDir, { recursive: true });
    await writeFile(join(configDir, 'recent-cases.json'), '{ not json');
    const recent = new RecentCases(configDir);
    expect(await recent.list()).toEqual([]);
    const dir = await aCase('Kestria');
    await recent.remember({ dir, name: 'Kestria', openedAt: '2026-12-03T10:00:00Z' });
    expect((await recent.list()).map((entry) => entry.name)).toEqual(['Kestria']);
  });
});
