import { test as base } from '@playwright/test';
import { DEMO_CASE, launchApp, type App } from './app';

/**
 * `app` is a freshly launched Claimdesk on a copy of a case, for the project's target.
 * The case is the demo case unless a spec sets `caseSource` with `test.use`.
 */
export const test = base.extend<{ app: App; caseSource: string }>({
  caseSource: [DEMO_CASE, { option: true }],
  app: async ({ caseSource }, use, testInfo) => {
    const target = (testInfo.project.metadata as { target?: string }).target ?? 'web';
    const app = await launchApp(target, caseSource);
    await use(app);
    await app.close();
  },
});

export { expect, type Page } from '@playwright/test';
