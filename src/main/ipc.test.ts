import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../shared/api';
import { METHOD_NAMES, channelOf } from '../shared/methods';
import { app, ipcMain, resetElectron } from './test-electron';
import { registerApi } from './ipc';

vi.mock('electron', () => import('./test-electron'));

/** Handlers that only note which method ran. */
function recordingHandlers() {
  const ran: string[] = [];
  const handlers = new Proxy({} as ApiHandlers, {
    get: (_target, method: string) => async () => {
      ran.push(method);
      return { ran: method };
    },
  });
  return { handlers, ran };
}

/** Where electron-vite puts the renderer, seen from the main bundle (as from this folder). */
const BUILT_PAGE = pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
const topFrame = (url: string) => ({ url, parent: null });
const APP_PAGE = topFrame(BUILT_PAGE);

beforeEach(resetElectron);
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the API over IPC', () => {
  it('registers one handler for every method of the shared table, and nothing else', () => {
    registerApi(() => recordingHandlers().handlers);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it('runs the handler for the app’s own page in its top frame, whatever its hash', async () => {
    const { handlers, ran } = recordingHandlers();
    registerApi(() => handlers);
    expect(await ipcMain.invoke(channelOf('getCase'), APP_PAGE, {})).toEqual({ ok: true, result: { ran: 'getCase' } });
    expect(await ipcMain.invoke(channelOf('getUndoState'), topFrame(`${BUILT_PAGE}#claims`), {})).toMatchObject({ ok: true });
    expect(ran).toEqual(['getCase', 'getUndoState']);
  });

  it('still validates the input of a call from the app’s page before any handler runs', async () => {
    const { handlers, ran } = recordingHandlers();
    registerApi(() => handlers);
    const reply = await ipcMain.invoke(channelOf('getArticle'), APP_PAGE, { id: 42 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(ran).toEqual([]);
  });

  it.each([
    ['a remote page', topFrame('https://attacker.example/claimdesk')],
    ['another local file', topFrame('file:///tmp/downloaded.html')],
    ['a page beside the app’s own', topFrame(BUILT_PAGE.replace('index.html', 'other.html'))],
    ['an iframe showing the app’s page', { url: BUILT_PAGE, parent: APP_PAGE }],
    ['an about:blank frame', topFrame('about:blank')],
    ['no frame at all (it went away)', null],
  ])('refuses %s with an envelope, and runs no handler', async (_name, frame) => {
    const { handlers, ran } = recordingHandlers();
    registerApi(() => handlers);
    const reply = await ipcMain.invoke(channelOf('deleteClaim'), frame, { id: 'clm_1' });
    expect(reply).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('deleteClaim') } });
    expect(ran).toEqual([]);
  });

  it('refuses a frame that was disposed before its call arrived', async () => {
    const { handlers, ran } = recordingHandlers();
    registerApi(() => handlers);
    const disposed = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(await ipcMain.invoke(channelOf('getCase'), disposed, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ran).toEqual([]);
  });

  it('trusts the dev server in development, and only the built page once installed', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const { handlers, ran } = recordingHandlers();
    registerApi(() => handlers);
    const devPage = topFrame('http://localhost:5173/');
    expect(await ipcMain.invoke(channelOf('getCase'), devPage, {})).toMatchObject({ ok: true });
    expect(await ipcMain.invoke(channelOf('getCase'), topFrame('http://localhost:5174/'), {})).toMatchObject({ ok: false });

    app.isPackaged = true;
    expect(await ipcMain.invoke(channelOf('getCase'), devPage, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipcMain.invoke(channelOf('getCase'), APP_PAGE, {})).toMatchObject({ ok: true });
    expect(ran).toEqual(['getCase', 'getCase']);
  });

  it('answers with the handlers of the case open at the time of each call', async () => {
    const first = recordingHandlers();
    const second = recordingHandlers();
    let current = first.handlers;
    registerApi(() => current);
    await ipcMain.invoke(channelOf('getCase'), APP_PAGE, {});
    current = second.handlers;
    await ipcMain.invoke(channelOf('getCase'), APP_PAGE, {});
    expect([first.ran, second.ran]).toEqual([['getCase'], ['getCase']]);
  });
});
