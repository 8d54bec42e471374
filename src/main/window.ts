// The app window, locked down per the Electron security checklist: isolated, sandboxed,
// no Node in the renderer, no DevTools in an installed build, no navigation away, no
// new windows, no permissions.

import { BrowserWindow, dialog, shell, session, type Session } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { appPage, isDevelopment } from './app-page';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:']);

export function createMainWindow(): BrowserWindow {
  // Auxclick stays on: middle-click closes a tab, and a middle-clicked link still meets the window-open guard.
  const window = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Claimdesk',
    webPreferences: {
      // The preload exposes one named function per API method and the menu's command ids, nothing else.
      preload: join(import.meta.dirname, '../preload/index.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: isDevelopment(),
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  guardNavigation(window);

  const page = appPage();
  if ('url' in page) void window.loadURL(page.url);
  else void window.loadFile(page.file);
  return window;
}

/** For the default session and the PDF printer's: CSP on every response, no permission granted or reported. */
export function hardenSession(target: Session = session.defaultSession): void {
  target.webRequest.onHeadersReceived((details, callback) => {
    // The policy is src/renderer/index.html's (plus frame-ancestors), which the check reads there.
    const csp = { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }; // eng-disable CSP_GLOBAL_CHECK
    callback({ responseHeaders: { ...details.responseHeaders, ...csp } });
  });
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
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
  // Only http(s) URLs reach here, and only once the user chose to open them.
  if (response === 0) await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
}
