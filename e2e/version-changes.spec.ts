import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './launch/app';
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
    await page.screenshot({ path: testInfo.outputPath('changes-view.png') });
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
