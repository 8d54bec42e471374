import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './launch/app';
import { expect, test } from './launch/fixtures';
import { savedCase } from './launch/saved-case';
import { selectText } from './launch/select-text';

const WIRE = 'Valdorian minister accuses Kestria of plotting embassy attack';
const REWORDED = 'Valdoria accused Kestria of interference on Tuesday.';

/** The wire story with the accusation reworded, so its claim is orphaned in the new version. */
async function updatedWireStory(): Promise<string> {
  const original = await readFile(join(ROOT, 'data/demo-sources/wire-embassy-accusation.html'), 'utf8');
  return original.replace(/<p>PORT ARDENT, March 3 — [^<]*<\/p>/, `<p>PORT ARDENT, March 3 — ${REWORDED}</p>`);
}

test('an orphan is resolved by marking the words where the claim now appears', async ({ app }, testInfo) => {
  const { page } = app;
  const sidebar = page.getByRole('navigation', { name: 'Case' });
  const reading = page.getByRole('main', { name: 'Articles' });
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  const review = sidebar.getByRole('region', { name: /To review/ });

  await test.step('the new version says what became of the claims and what to do', async () => {
    const file = testInfo.outputPath('wire-updated.html');
    await writeFile(file, await updatedWireStory());
    await page.getByLabel('Import files').setInputFiles(file);
    const summary = page.getByRole('dialog', { name: 'Import finished' });
    await expect(summary).toContainText('orphaned');
    await summary.getByRole('button', { name: 'Done' }).click();
  });

  await test.step('the orphan waits in To review, with a visible way to dismiss it', async () => {
    await expect(review.getByRole('button', { name: /^Orphaned.*orchestrating an attack/ })).toBeVisible();
    await expect(review.getByRole('button', { name: 'Dismiss this orphan' })).toBeVisible();
  });

  await test.step('marking the new words replaces the orphan, in one step', async () => {
    await review.getByRole('button', { name: /^Orphaned.*orchestrating an attack/ }).click();
    await expect(inspector.getByLabel('Statement')).toHaveValue(/orchestrating an attack/);
    const pane = page.getByRole('region', { name: /^Pane/ }).filter({ hasText: REWORDED });
    await selectText(page, 'accused Kestria of interference', pane);
    await inspector.getByRole('button', { name: 'Mark the selected words instead' }).click();
    await expect(review.getByRole('button', { name: /^Orphaned/ })).toHaveCount(0);
    await expect(reading.locator('mark[data-claim-id]', { hasText: 'accused Kestria of interference' })).toBeVisible();
    const saved = await savedCase(app.caseDir);
    const v2 = saved.articles.find((article) => article.title === WIRE && article.version === 2)!;
    expect(saved.appearances.filter((a) => a.articleId === v2.id && a.status === 'orphaned')).toEqual([]);
  });
});
