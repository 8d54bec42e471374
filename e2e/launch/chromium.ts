import { chromium } from '@playwright/test';
import { findChromium as findInstalled, INSTALL_CHROMIUM_HINT } from '../../src/core/chromium/find-chromium';

export { OFFLINE_CHROMIUM_ARGS } from '../../src/core/chromium/find-chromium';

/** CHROMIUM_PATH, then a system Chromium, then Playwright's own; a clear error if none. */
export function findChromium(): string {
  const found = findInstalled([playwrightChromium()]);
  if (found) return found;
  throw new Error(`No Chromium found for the end-to-end tests. ${INSTALL_CHROMIUM_HINT}`);
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
