// Electron entry: one window on the desk, which has one case open or none (the start
// screen). Everything else lives in src/core.

import { app, dialog, type BrowserWindow } from 'electron';
import { anchorWorkerBeside } from '../core/anchor-thread';
import { importWorkerBeside } from '../core/import-thread';
import { scoreWorkerBeside } from '../core/checkworthiness';
import { Desk } from '../core/desk';
import type { CaseService } from '../core/service';
import { startHost, type Host } from '../host/server';
import { ClaimdeskError } from '../shared/rpc';
import { firstCaseDir, shippedDemoCase } from './case-location';
import { systemCredentialStore } from './credentials';
import { registerApi } from './ipc';
import { askForCaseFolder, installMenu } from './menu';
import { printPdfInElectron } from './pdf';
import { tellTookOver } from './stale-lock';
import { createMainWindow, hardenSession } from './window';

/** Where the command line's calls on the open case come in, while the app holds it. */
let cliEndpoint: Host | null = null;
let window: BrowserWindow | null = null;

const desk = new Desk({
  configDir: app.getPath('userData'),
  service: {
    app: 'electron',
    appVersion: app.getVersion(),
    // electron-vite emits the workers beside this entry, in out/main.
    anchorWorker: anchorWorkerBeside(import.meta.url),
    importWorker: importWorkerBeside(import.meta.url),
    scoreWorker: scoreWorkerBeside(import.meta.url),
    printPdf: printPdfInElectron,
    credentials: systemCredentialStore(),
  },
  pickFolder: (purpose) => (window ? askForCaseFolder(window, purpose) : Promise.resolve(null)),
  opened: async (service) => {
    cliEndpoint = await startHost({ handlers: service.handlers });
    await service.store.publishEndpoint({ url: `http://127.0.0.1:${cliEndpoint.port}`, token: cliEndpoint.token });
  },
  closing: async (service) => {
    await cliEndpoint?.close();
    cliEndpoint = null;
    await syncBeforeClosing(service);
  },
  changed: (state) => window && installMenu(window, menuActions, state.recent),
});

/** A shared case sends its last edits on the way out, if the remote answers soon. */
async function syncBeforeClosing(closing: CaseService): Promise<void> {
  const status = await closing.handlers.getSyncStatus({}).catch(() => null);
  if (status?.state !== 'changes-to-send') return;
  const patience = new Promise((resolve) => setTimeout(resolve, CLOSING_SYNC_MS).unref());
  await Promise.race([closing.handlers.syncCase({}).catch(() => undefined), patience]);
}

const CLOSING_SYNC_MS = 10_000;

/** The menu's case items: the page is loaded again on the case now open. */
const menuActions = {
  open: (dir: string) => switchCase(() => desk.open(dir)),
  create: (dir: string) => switchCase(() => desk.create(dir)),
  close: () => switchCase(() => desk.close()),
};

async function switchCase(change: () => Promise<unknown>): Promise<void> {
  if (!window) return;
  try {
    await change();
    window.webContents.reload();
    await tellTookOver(window, desk.service?.store.tookOverFrom ?? null);
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

/** The case to start on; one that cannot be opened (taken by another process, say) leaves the start screen. */
async function openFirstCase(): Promise<string | null> {
  try {
    await desk.open(caseFromArgs(process.argv) ?? (await firstCaseDir((await desk.state()).recent, shippedDemoCase())));
    return null;
  } catch (error) {
    return error instanceof ClaimdeskError ? error.message : String(error);
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession();
  const failure = await openFirstCase();
  registerApi(() => desk.handlers);
  window = createMainWindow();
  installMenu(window, menuActions, (await desk.state()).recent);
  if (failure) await dialog.showMessageBox(window, { type: 'error', message: 'Could not open the last case.', detail: failure });
  await tellTookOver(window, desk.service?.store.tookOverFrom ?? null);
}

app.on('window-all-closed', () => app.quit());
let quitting = false;
app.on('will-quit', (event) => {
  if (quitting) return;
  quitting = true;
  event.preventDefault();
  void desk.close().finally(() => app.quit());
});
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

start().catch((error: unknown) => {
  dialog.showErrorBox('Claimdesk could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
