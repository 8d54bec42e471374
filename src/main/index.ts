// Electron entry: one window on one case. Everything else lives in src/core.

import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { anchorWorkerBeside } from '../core/anchor-thread';
import { scoreWorkerBeside } from '../core/checkworthiness';
import { openCaseService, type CaseService } from '../core/service';
import { ClaimdeskError } from '../shared/rpc';
import { lastCaseDir, rememberCaseDir } from './case-location';
import { registerApi } from './ipc';
import { installMenu } from './menu';
import { printPdfInElectron } from './pdf';
import { createMainWindow, hardenSessions } from './window';

let service: CaseService;

async function openCase(dir: string): Promise<void> {
  const next = await openCaseService(dir, {
    appVersion: app.getVersion(),
    // electron-vite emits the worker beside this entry, in out/main.
    anchorWorker: anchorWorkerBeside(import.meta.url),
    scoreWorker: scoreWorkerBeside(import.meta.url),
    printPdf: printPdfInElectron,
  });
  await service?.close();
  service = next;
  await rememberCaseDir(dir);
}

async function switchCase(window: BrowserWindow, dir: string): Promise<void> {
  try {
    await openCase(dir);
    window.webContents.reload();
  } catch (error) {
    const message = error instanceof ClaimdeskError ? error.message : String(error);
    await dialog.showMessageBox(window, { type: 'error', message: 'Could not open the case.', detail: message });
  }
}

/** `--case DIR` opens that case: for scripts and the e2e suite. */
function caseFromArgs(argv: string[]): string | undefined {
  const at = argv.indexOf('--case');
  return at >= 0 ? argv[at + 1] : undefined;
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSessions();
  await openCase(caseFromArgs(process.argv) ?? (await lastCaseDir(join(app.getAppPath(), 'data', 'demo-case'))));
  registerApi(() => service.handlers);
  const window = createMainWindow();
  installMenu(window, (dir) => switchCase(window, dir));
}

app.on('window-all-closed', () => app.quit());
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

start().catch((error: unknown) => {
  dialog.showErrorBox('Claimdesk could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
