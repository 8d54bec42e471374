import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './launch/app';
import { blockingFindings } from './launch/axe';
import { expect, test } from './launch/fixtures';

const WIRE = 'Valdorian minister accuses Kestria of plotting embassy attack';
const REMOVED = 'Relations between the two neighbours have been strained since the collapse of a fisheries agreement in January.';

/** The wire story as the agency changed it without a word: the crowd figure lowered, the last paragraph cut. */
async function silentlyEditedWireStory(): Promise<string> {
  const original = await readFile(join(ROOT, 'data/demo-sources/wire-embassy-accusation.html'), 'utf8');
  return original.replace('more than 3,000 protesters', 'more than 2,000 protesters').replace(`<p>${REMOVED}</p>`, '');
}

test('a page edited silently comes back as a version marked "silent edit", whose Changes view shows what went', async ({ app }, testInfo) => {
  const { page } = app;
  const sidebar = page.getByRole('navigation', { name: 'Case' });

  await test.step('the edited page is imported as version 2, and the sidebar marks it a silent edit', async () => {
    const file = testInfo.outputPath('wire-edited.html');
    await writeFile(file, await silentlyEditedWireStory());
    await page.getByLabel('Import files').setInputFiles(file);
    // A version with claims to account for says where each went.
    const summary = page.getByRole('dialog', { name: 'Import finished' });
    await expect(summary).toContainText('anchored as before');
    await summary.getByRole('button', { name: 'Done' }).click();
    await expect(sidebar.getByRole('button', { name: new RegExp(`^${WIRE} v2 silent edit`) })).toBeVisible();
  });

  await test.step('its Changes view lists the removed paragraph and the changed figure, each a click away', async () => {
    await sidebar.getByRole('button', { name: new RegExp(`^${WIRE} v2`) }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Show changes…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Changes in/ });
    await expect(dialog.getByText('Silent edit', { exact: true })).toBeVisible();
    const list = dialog.getByRole('list', { name: 'Changes' });
    await expect(list.getByRole('button')).toHaveCount(2);
    await expect(list.getByRole('button', { name: /Changed substantive.*3,000.*2,000/ })).toBeVisible();
    await list.getByRole('button', { name: /Removed substantive/ }).click();
    const redline = dialog.getByRole('document', { name: 'The new version, with its changes' });
    await expect(redline.locator('del', { hasText: REMOVED })).toBeInViewport();
    await expect(redline.locator('ins', { hasText: '2,000' })).toBeVisible();
    expect(await blockingFindings(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('changes-view.png') });
  });

  await test.step('side by side, by keyboard: the earlier version left, the new right, each change level with its counterpart', async () => {
    const dialog = page.getByRole('dialog', { name: /^Changes in/ });
    const sideBySide = dialog.getByRole('radio', { name: 'Side by side' });
    await dialog.getByRole('radio', { name: 'Redline' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(sideBySide).toBeChecked();
    const versions = dialog.getByRole('region', { name: 'The earlier and the new version, side by side' });
    await expect(versions.getByRole('columnheader', { name: /^Earlier · v1/ })).toBeVisible();
    await expect(versions.getByRole('columnheader', { name: /^New · v2/ })).toBeVisible();

    // Arrow keys walk the list of changes; each brings its row into view.
    const list = dialog.getByRole('list', { name: 'Changes' });
    await list.getByRole('button').first().focus();
    await page.keyboard.press('Home');
    const changed = versions.getByRole('row').filter({ has: page.locator('del', { hasText: '3,000' }) });
    await expect(changed.getByRole('cell').first().locator('del')).toHaveText('3,000');
    await expect(changed.getByRole('cell').last().locator('ins')).toHaveText('2,000');
    await expect(dialog.getByText('1 of 2')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(list.getByRole('button', { name: /Removed substantive/ })).toBeFocused();
    const removed = versions.getByRole('row').filter({ hasText: REMOVED });
    await expect(removed).toBeInViewport();
    await expect(removed.getByRole('cell').last()).toHaveText('Not in this version');
    expect(await blockingFindings(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('changes-side-by-side.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await blockingFindings(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('changes-side-by-side-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    // The view opens again as it was left.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await sidebar.getByRole('button', { name: new RegExp(`^${WIRE} v2`) }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Show changes…' }).click();
    await expect(page.getByRole('dialog', { name: /^Changes in/ }).getByRole('radio', { name: 'Side by side' })).toBeChecked();
  });

  await test.step('side by side is kept with the layout, not the history, so the app opens it that way again', async () => {
    await expect
      .poll(async () => JSON.parse(await readFile(join(app.caseDir, 'layout.json'), 'utf8').catch(() => 'null'))?.desk?.changes)
      .toBe('side-by-side');
    expect(await readFile(join(app.caseDir, 'history.jsonl'), 'utf8')).not.toContain('side-by-side');
    await page.reload();
    await sidebar.getByRole('button', { name: new RegExp(`^${WIRE} v2`) }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Show changes…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Changes in/ });
    await expect(dialog.getByRole('radio', { name: 'Side by side' })).toBeChecked();
    await expect(dialog.getByRole('region', { name: 'The earlier and the new version, side by side' })).toBeVisible();
  });

  await test.step('the report’s articles section says the wire story changed after publication, silently', async () => {
    await page.getByRole('dialog', { name: /^Changes in/ }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Preview report' }).click();
    const report = page.frameLocator('iframe[title="Verification report"]');
    const changed = report.locator('#articles li', { hasText: 'Silent edit.' });
    await expect(changed).toContainText('1 paragraph removed, 1 paragraph changed (number “3,000” → “2,000”)');
    await changed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('report-articles.png') });
  });
});
