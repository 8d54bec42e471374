import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROMIUM_PATH, then a system Chromium, then Playwright's own; a clear error if none. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, ...SYSTEM_CHROMIUMS, playwrightChromium()];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; ' +
      'elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to its executable.',
  );
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags that keep a headless Chromium from reaching for the network on its own. */
export const OFFLINE_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
