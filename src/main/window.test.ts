import { join } from 'node:path';
import type { Session as ElectronSession } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { BrowserWindow, Session, app, dialog, resetElectron, session, shell } from './test-electron';
import { createMainWindow, hardenSession } from './window';

vi.mock('electron', () => import('./test-electron'));

const BUILT_PAGE = join(import.meta.dirname, '../renderer/index.html');

beforeEach(resetElectron);
afterEach(() => {
  vi.unstubAllEnvs();
});

function openWindow() {
  createMainWindow();
  const window = BrowserWindow.created.at(-1);
  if (!window) throw new Error('No window was created.');
  return window;
}

/** Lets the confirmation dialog and openExternal, started without waiting, settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the app window', () => {
  it('isolates and sandboxes the page: no Node, no webviews, no insecure content', () => {
    const prefs = openWindow().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: join(import.meta.dirname, '../preload/index.cjs'),
    });
    // The remote module left Electron in version 14; nothing turns its option back on.
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(prefs).not.toHaveProperty('experimentalFeatures');
  });

  it('has DevTools in development only', () => {
    expect(openWindow().options.webPreferences?.devTools).toBe(true);
    app.isPackaged = true;
    expect(openWindow().options.webPreferences?.devTools).toBe(false);
  });

  it('loads the built page, or in development the dev server electron-vite names', () => {
    expect(openWindow().loadFile).toHaveBeenCalledWith(BUILT_PAGE);
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(openWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('ignores ELECTRON_RENDERER_URL once installed: the page that gets the API is never named by the environment', () => {
    app.isPackaged = true;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://attacker.example/');
    const window = openWindow();
    expect(window.loadURL).not.toHaveBeenCalled();
    expect(window.loadFile).toHaveBeenCalledWith(BUILT_PAGE);
  });
});

describe('leaving the app', () => {
  it('refuses every navigation away from the page, and lets it reload itself', async () => {
    const contents = openWindow().webContents;
    await settle();
    for (const url of ['https://news.example/story', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank']) {
      expect(contents.navigate(url), url).toBe(true);
    }
    expect(contents.navigate(contents.getURL())).toBe(false);
  });

  it('opens no window, and offers an http(s) link to the system browser, asking first', async () => {
    const contents = openWindow().webContents;
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(contents.windowOpenHandler?.({ url: 'https://news.example/story' })).toEqual({ action: 'deny' });
    await settle();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ detail: 'https://news.example/story' }));
    expect(shell.openExternal).toHaveBeenCalledWith('https://news.example/story');
  });

  it('opens nothing when the user cancels', async () => {
    const contents = openWindow().webContents;
    expect(contents.windowOpenHandler?.({ url: 'http://news.example/' })).toEqual({ action: 'deny' });
    contents.navigate('https://news.example/other');
    await settle();
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>1</script>', 'smb://host/share', 'not a url'])(
    'never offers %s, by link or by navigation',
    async (url) => {
      const contents = openWindow().webContents;
      dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      expect(contents.navigate(url)).toBe(true);
      await settle();
      expect(dialog.showMessageBox).not.toHaveBeenCalled();
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('the session', () => {
  it('grants no permission, asked or checked', () => {
    hardenSession();
    const { setPermissionRequestHandler, setPermissionCheckHandler } = session.defaultSession;
    const callback = vi.fn();
    const [requestHandler] = setPermissionRequestHandler.mock.lastCall ?? [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      requestHandler(null, permission, callback);
    }
    expect(callback.mock.calls).toEqual(Array(5).fill([false]));
    const [checkHandler] = setPermissionCheckHandler.mock.lastCall ?? [];
    for (const permission of ['media', 'clipboard-sanitized-write', 'hid', 'serial', 'usb']) {
      expect(checkHandler(null, permission, 'file:///', {}), permission).toBe(false);
    }
  });

  it('puts the app’s Content-Security-Policy on every response, replacing none of its other headers', () => {
    const target = new Session();
    hardenSession(target as unknown as ElectronSession);
    const [onHeaders] = target.webRequest.onHeadersReceived.mock.lastCall ?? [];
    const callback = vi.fn();
    onHeaders({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});
