// Electron entry: one window on one case. Everything else lives in src/core.

import { app, dialog, type BrowserWindow } from 'electron';
import { anchorWorkerBeside } from '../core/anchor-thread';
import { importWorkerBeside } from '../core/import-thread';
import { scoreWorkerBeside } from '../core/checkworthiness';
import { openCaseService, type CaseService } from '../core/service';
import { startHost, type Host } from '../host/server';
import { ClaimdeskError } from '../shared/rpc';
import { lastCaseDir, rememberCaseDir, shippedDemoCase } from './case-location';
import { systemCredentialStore } from './credentials';
import { registerApi } from './ipc';
import { installMenu } from './menu';
import { printPdfInElectron } from './pdf';
import { tellTookOver } from './stale-lock';
import { createMainWindow, hardenSession } from './window';

let service: CaseService;
/** Where the command line's calls on the open case come in, while the app holds it. */
let cliEndpoint: Host | null = null;

async function openCase(dir: string): Promise<void> {
  // One writer per case: the case being left goes first, in case it is the one reopened.
  await closeCase();
  service = await openCaseService(dir, {
    app: 'electron',
    appVersion: app.getVersion(),
    // electron-vite emits the workers beside this entry, in out/main.
    anchorWorker: anchorWorkerBeside(import.meta.url),
    importWorker: importWorkerBeside(import.meta.url),
    scoreWorker: scoreWorkerBeside(import.meta.url),
    printPdf: printPdfInElectron,
    credentials: systemCredentialStore(),
  });
  cliEndpoint = await startHost({ handlers: service.handlers });
  await service.store.publishEndpoint({ url: `http://127.0.0.1:${cliEndpoint.port}`, token: cliEndpoint.token });
  await rememberCaseDir(dir);
}

/** Lets go of the open case: the snapshot is written and the lock given back. */
async function closeCase(): Promise<void> {
  await cliEndpoint?.close();
  cliEndpoint = null;
  if (service) await syncBeforeClosing(service);
  await service?.close();
}

/** A shared case sends its last edits on the way out, if the remote answers soon. */
async function syncBeforeClosing(closing: CaseService): Promise<void> {
  const status = await closing.handlers.getSyncStatus({}).catch(() => null);
  if (status?.state !== 'changes-to-send') return;
  const patience = new Promise((resolve) => setTimeout(resolve, CLOSING_SYNC_MS).unref());
  await Promise.race([closing.handlers.syncCase({}).catch(() => undefined), patience]);
}

const CLOSING_SYNC_MS = 10_000;

async function switchCase(window: BrowserWindow, dir: string): Promise<void> {
  try {
    await openCase(dir);
    window.webContents.reload();
    await tellTookOver(window, service.store.tookOverFrom);
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
  hardenSession();
  await openCase(caseFromArgs(process.argv) ?? (await lastCaseDir(shippedDemoCase())));
  registerApi(() => service.handlers);
  const window = createMainWindow();
  installMenu(window, (dir) => switchCase(window, dir));
  await tellTookOver(window, service.store.tookOverFrom);
}

app.on('window-all-closed', () => app.quit());
let quitting = false;
app.on('will-quit', (event) => {
  if (quitting) return;
  quitting = true;
  event.preventDefault();
  void closeCase().finally(() => app.quit());
});
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

start().catch((error: unknown) => {
  dialog.showErrorBox('Claimdesk could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
