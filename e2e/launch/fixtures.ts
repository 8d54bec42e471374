import { test as base } from '@playwright/test';
import { launchApp, type App } from './app';

/** `app` is a freshly launched Claimdesk on a copy of the demo case, for the project's target. */
export const test = base.extend<{ app: App }>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use, testInfo) => {
    const target = (testInfo.project.metadata as { target?: string }).target ?? 'web';
    const app = await launchApp(target);
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';
