// Finding a Chromium on this machine: for printing reports to PDF outside Electron (the
// CLI, the browser host) and for the end-to-end tests. One list, so both look alike.

import { existsSync } from 'node:fs';

/** Where system packages and installers put Chromium or Chrome. */
const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_CHROMIUM_HINT =
  'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`; elsewhere: Chromium or Google Chrome from ' +
  'their sites, or `npx playwright install chromium`) or set CHROMIUM_PATH to its executable.';

/** CHROMIUM_PATH, then a system Chromium, then any `extra` candidates in order; null if none exists. */
export function findChromium(extra: ReadonlyArray<string | undefined> = []): string | null {
  const candidates = [process.env.CHROMIUM_PATH, ...SYSTEM_CHROMIUMS, ...extra];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
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
