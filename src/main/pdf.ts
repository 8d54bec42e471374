// Printing the HTML report to PDF with Electron's own Chromium: a hidden window in a
// private in-memory session, JavaScript off, every request refused but the report's
// own file, no permissions, no navigation, no new windows. The report needs nothing else: its styles
// are inline and its Content-Security-Policy forbids the rest anyway.

import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintPdf } from '../core/chromium';
import { hardenSession } from './window';

/** Not persisted: nothing of a print outlives it. */
const PRINT_PARTITION = 'claimdesk-pdf';
const FOLDER_PREFIX = 'claimdesk-pdf-';

export const printPdfInElectron: PrintPdf = async (html) => {
  // A file, not a data: URL: long reports exceed what a data: URL may carry.
  const dir = await mkdtemp(join(tmpdir(), FOLDER_PREFIX));
  const page = join(dir, 'report.html');
  const url = pathToFileURL(page).href;
  const printSession = session.fromPartition(PRINT_PARTITION);
  hardenSession(printSession);
  // Any print's own file passes, so two exports at once do not refuse each other's.
  const printFiles = pathToFileURL(join(tmpdir(), FOLDER_PREFIX)).href;
  printSession.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !(details.url.startsWith(printFiles) && details.url.endsWith('/report.html')) }),
  );
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  try {
    await writeFile(page, html);
    await window.loadURL(url);
    return new Uint8Array(await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true }));
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
};
