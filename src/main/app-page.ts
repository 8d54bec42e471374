// Where the app's own page is: the built renderer, or in development the electron-vite dev
// server. One answer for the window that loads the page and for the IPC that trusts it.

import { app } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Emitted by electron-vite beside out/main, where this module is bundled. */
const BUILT_PAGE = join(import.meta.dirname, '../renderer/index.html');

/** Run from the sources (electron-vite dev or preview), not an installed build: DevTools and the dev server are allowed. */
export const isDevelopment = (): boolean => !app.isPackaged;

/**
 * The dev server electron-vite names in the environment, in development only: an installed
 * app never loads a page its environment names, since that page would get the whole API.
 */
export function devServerUrl(): string | null {
  const url = process.env.ELECTRON_RENDERER_URL;
  return isDevelopment() && url ? url : null;
}

/** What the window loads. */
export type AppPage = { url: string } | { file: string };

export function appPage(): AppPage {
  const devServer = devServerUrl();
  return devServer ? { url: devServer } : { file: BUILT_PAGE };
}

/** Whether `url` is the app's page (any hash or query): the only page allowed to call the API. */
export function isAppPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const page = appPage();
  if ('url' in page) return parsed.origin === new URL(page.url).origin;
  return parsed.protocol === 'file:' && parsed.host === '' && fileURLToPath(parsed) === page.file;
}
