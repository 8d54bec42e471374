import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_CASE, launchStartScreen } from './launch/app';

test('in the browser host an analyst creates a case, opens another, and comes back through the recent cases', async () => {
  const { target } = test.info().project.metadata as { target?: string };
  test.skip(target === 'electron', 'The browser host’s path field; the app shows its folder dialog instead.');
  const work = await mkdtemp(join(tmpdir(), 'claimdesk-e2e-cases-'));
  const demo = join(work, 'embassy');
  await cp(DEMO_CASE, demo, { recursive: true });
  const { page, close } = await launchStartScreen();
  try {
    const fresh = join(work, 'Harbour inquiry');

    await test.step('the start screen creates a case where the analyst says, and asks their name once', async () => {
      await page.getByRole('button', { name: 'New case…' }).click();
      const dialog = page.getByRole('dialog', { name: 'New case' });
      await dialog.getByLabel('Case folder').fill(fresh);
      await dialog.getByRole('button', { name: 'Create case' }).click();
      const ask = page.getByRole('dialog', { name: 'Who is working on this case?' });
      await ask.getByLabel('Analyst').fill('Dana Ruiz');
      await ask.getByRole('button', { name: 'Save' }).click();
      await expect(ask).toBeHidden();
      await expect(page.getByRole('button', { name: 'Harbour inquiry' })).toBeVisible();
      // Every later change is stamped with it (the store takes the actor from the case).
      const lines = (await readFile(join(fresh, 'history.jsonl'), 'utf8')).trim().split('\n');
      expect(JSON.parse(lines.at(-1)!)).toMatchObject({ entity: 'workspace', after: { analyst: 'Dana Ruiz' } });
    });

    await test.step('Open case… takes a path, and the case settings show the folder', async () => {
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog', { name: /command/i }).getByRole('combobox').fill('Open case');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Open case' });
      await expect(dialog.getByRole('list', { name: 'Recent cases' })).toContainText(fresh);
      await dialog.getByLabel('Case folder').fill(demo);
      await dialog.getByRole('button', { name: 'Open case' }).click();
      await expect(page.getByRole('button', { name: 'Embassy protest, Port Ardent' })).toBeVisible();
      await page.getByRole('button', { name: 'Embassy protest, Port Ardent' }).click();
      await expect(page.getByRole('dialog', { name: 'Case settings' })).toContainText(demo);
      await page.keyboard.press('Escape');
    });

    await test.step('a folder that holds no case is refused, and the open case stays', async () => {
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog', { name: /command/i }).getByRole('combobox').fill('Open case');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Open case' });
      await dialog.getByLabel('Case folder').fill(work);
      await dialog.getByRole('button', { name: 'Open case' }).click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByRole('button', { name: 'Embassy protest, Port Ardent' })).toBeVisible();
    });

    await test.step('closing the case shows the start screen with both cases, newest first', async () => {
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog', { name: /command/i }).getByRole('combobox').fill('Close case');
      await page.keyboard.press('Enter');
      const recent = page.getByRole('list', { name: 'Recent cases' });
      await expect(recent.getByRole('button')).toHaveText([/Embassy protest/, /Harbour inquiry/]);
      await recent.getByRole('button', { name: /Harbour inquiry/ }).click();
      await expect(page.getByRole('button', { name: 'Harbour inquiry' })).toBeVisible();
      // Asked once: the name is on the case now.
      await expect(page.getByRole('dialog', { name: 'Who is working on this case?' })).toHaveCount(0);
    });
  } finally {
    await close();
    await rm(work, { recursive: true, force: true });
  }
});
