import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAnchorWorker } from '../core/anchor-thread/test-worker';
import { Desk } from '../core/desk';
import { useImportWorker } from '../core/import-thread/test-worker';
import { createCase } from '../core/service';
import { CaseStore } from '../core/store';
import { useTempFolders } from '../core/store/test-folders';
import { shareCase } from '../core/sync';
import { startGitServer, type GitServer } from '../core/sync/test-git-server';
import { channelOf } from '../shared/methods';
import { systemCredentialStore } from './credentials';
import { registerApi } from './ipc';
import { app, ipcMain, resetElectron } from './test-electron';

vi.mock('electron', () => import('./test-electron'));

const tempFolder = useTempFolders();
const anchorWorker = useAnchorWorker();
const importWorker = useImportWorker();
const APP_PAGE = { url: pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href, parent: null };
let server: GitServer;
let desk: Desk | null = null;

beforeEach(async () => {
  resetElectron();
  server = await startGitServer(await tempFolder());
});

afterEach(async () => {
  await desk?.close();
  desk = null;
  await server.stop();
});

/** The app's main process as index.ts wires it: the desk, its secret store and the API over IPC. */
async function startApp(): Promise<{ desk: Desk; userData: string }> {
  const userData = await tempFolder();
  app.getPath.mockReturnValue(userData);
  desk = new Desk({
    configDir: userData,
    service: { app: 'electron', appVersion: '0.0.0-test', anchorWorker: await anchorWorker(), importWorker: await importWorker(), credentials: systemCredentialStore() },
  });
  registerApi(() => desk!.handlers);
  return { desk, userData };
}

/** Ana's case, shared on the server. */
async function sharedByAna(): Promise<string> {
  const url = server.newRepo('embassy.git');
  const store = await CaseStore.create(await tempFolder(), { name: 'Embassy', analyst: 'Ana' });
  await shareCase(store, url, null);
  await store.close();
  return url;
}

describe('Open shared case… in the app', () => {
  it('copies the case once the server has the credentials it asks for, and opens the copy in the window, letting go of the case open before', async () => {
    const url = await sharedByAna();
    const credentials = { username: 'ben', password: 'secret-token' };
    server.requireCredentials(credentials);
    const { desk, userData } = await startApp();
    const before = join(await tempFolder(), 'mine');
    await createCase(before, { name: 'Mine' });
    await desk.open(before);
    const copy = join(await tempFolder(), 'embassy');

    const asked = await ipcMain.invoke(channelOf('cloneSharedCase'), APP_PAGE, { url, dir: copy, analyst: 'Ben' });
    expect(asked).toMatchObject({ ok: false, error: { code: 'credentials-needed' } });
    expect(desk.service?.store.dir).toBe(before);
    const reply = await ipcMain.invoke(channelOf('cloneSharedCase'), APP_PAGE, { url, dir: copy, analyst: 'Ben', credentials });

    expect(reply).toMatchObject({ ok: true, result: { open: { dir: copy, name: 'Embassy' } } });
    expect(desk.service?.store.dir).toBe(copy);
    expect(desk.service?.store.data.workspace.analyst).toBe('Ben');
    expect((await desk.state()).recent.map((recent) => recent.dir)).toEqual([copy, before]);
    // The case left is free for another process: its lock was given back.
    const reopened = await CaseStore.open(before);
    await reopened.close();
    const sealed = await readFile(join(userData, 'git-credentials.json'), 'utf8');
    expect(sealed).not.toContain('secret-token');
    expect(await systemCredentialStore().get(url)).toEqual(credentials);
    // Kept sealed, they serve the next sync without asking.
    expect(await ipcMain.invoke(channelOf('syncCase'), APP_PAGE, {})).toMatchObject({ ok: true, result: { sent: 0, received: 0 } });
  });

  it('asks again for credentials it can no longer unseal, instead of failing the sync', async () => {
    const { userData } = await startApp();
    await writeFile(join(userData, 'git-credentials.json'), JSON.stringify({ 'http://127.0.0.1/embassy.git': Buffer.from('sealed under another keyring').toString('base64') }));

    expect(await systemCredentialStore().get('http://127.0.0.1/embassy.git')).toBeNull();
  });

  it('refuses a folder that is not empty, leaving the case open as it was', async () => {
    const url = await sharedByAna();
    const { desk } = await startApp();
    const before = join(await tempFolder(), 'mine');
    await createCase(before, { name: 'Mine' });
    await desk.open(before);
    const taken = await tempFolder();
    await writeFile(join(taken, 'notes.txt'), 'mine');

    const reply = await ipcMain.invoke(channelOf('cloneSharedCase'), APP_PAGE, { url, dir: taken });

    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('is not empty') } });
    expect(desk.service?.store.dir).toBe(before);
  });
});
