import { defineConfig } from '@playwright/test';
import { electronBinary } from './scripts/electron-binary.js';

// The same specs run against the browser host everywhere, and against the Electron
// app wherever an Electron binary is installed.
const targets = ['web', ...(electronBinary() ? ['electron'] : [])];

export default defineConfig({
  testDir: 'e2e',
  timeout: 240_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  // Each test has its own case folder, config folder, host port and browser context, and
  // a story waits on the app about as long as it computes: two workers keep two cores busy.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: targets.map((target) => ({ name: target, metadata: { target } })),
});
