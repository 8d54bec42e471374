// One launcher for the app under test: the browser host in Chromium ("web"), or the
// Electron app ("electron"). Specs only see an `App`, never the target.

import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, chromium, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary.js';
import { findChromium, OFFLINE_CHROMIUM_ARGS } from './chromium';
import { startHost } from './host';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DEMO_CASE = join(ROOT, 'data', 'demo-case');

/** Generous: a loaded two-core CI machine can take tens of seconds to start Chromium. */
const APP_READY_TIMEOUT = 90_000;

export interface App {
  page: Page;
  /** The case folder the app has open: a fresh copy of the demo case (or the spec's own case). */
  caseDir: string;
  close(): Promise<void>;
}

/**
 * Starts the app on a fresh copy of a case folder: the demo case unless a spec brings its own.
 * The browser host opens in `browser` when given (in a context of its own), else in a Chromium of its own.
 */
export async function launchApp(target: string, caseSource = DEMO_CASE, browser?: Browser): Promise<App> {
  const caseDir = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-'));
  await cp(caseSource, caseDir, { recursive: true });
  const launched = target === 'electron' ? await launchElectron(caseDir) : await launchWeb(caseDir, browser);
  try {
    await launched.page.getByRole('navigation', { name: 'Case' }).waitFor({ timeout: APP_READY_TIMEOUT });
  } catch (error) {
    await launched.close();
    await rm(caseDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...launched,
    caseDir,
    close: async () => {
      await launched.close();
      await rm(caseDir, { recursive: true, force: true });
    },
  };
}

/** Chromium as the specs run it: the system's, offline. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: OFFLINE_CHROMIUM_ARGS });
}

async function launchWeb(caseDir: string | null, shared?: Browser): Promise<{ page: Page; close(): Promise<void> }> {
  const configDir = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-config-'));
  // The host and the browser page start side by side: each takes a second or more on a loaded machine.
  // As a user runs it (on the start screen without a case); the recent cases go to a config folder of the test's own.
  const [host, opened] = await Promise.allSettled([startHost({ cli: join(ROOT, 'out/node/cli.js'), caseDir, configDir }), newPage(shared)]);
  const close = async () => {
    await Promise.all([opened.status === 'fulfilled' && opened.value.close(), host.status === 'fulfilled' && host.value.stop()]);
    await rm(configDir, { recursive: true, force: true });
  };
  try {
    if (host.status === 'rejected') throw host.reason;
    if (opened.status === 'rejected') throw opened.reason;
    const { page } = opened.value;
    await page.goto(host.value.url, { timeout: APP_READY_TIMEOUT });
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A page in a context of its own, in `shared` or in a Chromium of its own; closing it closes what it started. */
async function newPage(shared?: Browser): Promise<{ page: Page; close(): Promise<void> }> {
  const browser = shared ?? (await launchChromium());
  try {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
    // A shared browser outlives the test: only the test's own context is closed.
    return { page: await context.newPage(), close: () => (shared ? context.close() : browser.close()) };
  } catch (error) {
    if (!shared) await browser.close();
    throw error;
  }
}

async function launchElectron(caseDir: string): Promise<{ page: Page; close(): Promise<void> }> {
  const userData = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-user-'));
  const executablePath = electronBinary();
  if (!executablePath) throw new Error('The electron target needs an installed Electron binary (npx install-electron).');
  const app: ElectronApplication = await _electron.launch({
    executablePath,
    args: [join(ROOT, 'out/main/index.js'), `--user-data-dir=${userData}`, '--case', caseDir],
    cwd: ROOT,
  });
  const page = await app.firstWindow();
  return {
    page,
    close: async () => {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    },
  };
}

/** The browser host with no case open: its start screen. For the specs of opening and creating cases. */
export async function launchStartScreen(): Promise<{ page: Page; close(): Promise<void> }> {
  const launched = await launchWeb(null);
  try {
    await launched.page.getByRole('heading', { name: 'No case is open' }).waitFor({ timeout: APP_READY_TIMEOUT });
  } catch (error) {
    await launched.close();
    throw error;
  }
  return launched;
}
