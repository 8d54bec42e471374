// The app window, locked down per the Electron security checklist: isolated, sandboxed,
// no Node in the renderer, no navigation away, no new windows.

import { BrowserWindow, dialog, shell, session } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:']);

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Claimdesk',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  guardNavigation(window);

  if (process.env.ELECTRON_RENDERER_URL) void window.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return window;
}

/** Applies to every session once: CSP on every response, no permissions granted. */
export function hardenSessions(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

function guardNavigation(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) {
      event.preventDefault();
      void offerExternal(window, url);
    }
  });
  contents.setWindowOpenHandler(({ url }) => {
    void offerExternal(window, url);
    return { action: 'deny' };
  });
}

/** Links leave the app only for http(s), and only after the user says so. */
async function offerExternal(window: BrowserWindow, url: string): Promise<void> {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return;
  }
  if (!EXTERNAL_PROTOCOLS.has(protocol)) return;
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  });
  if (response === 0) await shell.openExternal(url);
}
