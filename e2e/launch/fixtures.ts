import { test as base, type Browser, type TestInfo, type WorkerInfo } from '@playwright/test';
import { DEMO_CASE, launchApp, launchChromium, type App } from './app';

const targetOf = (info: TestInfo | WorkerInfo) => (info.project.metadata as { target?: string }).target ?? 'web';

/**
 * `app` is a freshly launched Claimdesk on a copy of a case, for the project's target.
 * The case is the demo case unless a spec sets `caseSource` with `test.use`.
 * In the browser host each test has its own host, case and browser context, in one
 * Chromium per worker: a Chromium started for each test cost every test most of a second.
 */
export const test = base.extend<{ app: App; caseSource: string }, { webBrowser: Browser | null }>({
  caseSource: [DEMO_CASE, { option: true }],
  webBrowser: [
    async ({ playwright: _ }, use, workerInfo) => {
      if (targetOf(workerInfo) !== 'web') return use(null);
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ caseSource, webBrowser }, use, testInfo) => {
    const app = await launchApp(targetOf(testInfo), caseSource, webBrowser ?? undefined);
    await use(app);
    await app.close();
  },
});

export { expect, type Page } from '@playwright/test';
