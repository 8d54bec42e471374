import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './launch/app';
import { expect, test } from './launch/fixtures';
import { savedCase } from './launch/saved-case';

const WIRE = 'Valdorian minister accuses Kestria of plotting embassy attack';
const POLICE = 'Statement from the Port Ardent Metropolitan Police on the demonstration on Embassy Row';

/** The wire story as the agency updated it: the crowd sentence reworded, the accusation cut. */
async function updatedWireStory(): Promise<string> {
  const original = await readFile(join(ROOT, 'data/demo-sources/wire-embassy-accusation.html'), 'utf8');
  return original
    .replace(
      'more than 3,000 protesters had gathered outside the embassy on Monday evening',
      'more than 3,000 protesters gathered outside the embassy on Monday night',
    )
    .replace(/<p>PORT ARDENT, March 3 — [^<]*<\/p>/, '<p>PORT ARDENT, March 3 — Valdoria accused Kestria of interference on Tuesday.</p>')
    .replace('</article>', '<p>Updated at 14:30 with the police statement.</p></article>');
}

test('search finds the words, and an updated page comes in as a new version with its claims re-anchored', async ({ app }, testInfo) => {
  const { page } = app;
  const sidebar = page.getByRole('navigation', { name: 'Case' });
  const reading = page.getByRole('main', { name: 'Articles' });

  await test.step('a search for the police figure opens the statement with the words selected, ready to tag', async () => {
    await page.getByRole('combobox', { name: 'Search the case' }).fill('approximately 1,200');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect(results.getByRole('option').first()).toContainText('approximately 1,200');
    await results.getByRole('option', { name: new RegExp(`Article ${POLICE}`) }).click();
    await expect(reading.getByRole('heading', { name: POLICE })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tag selection as claim' })).toBeVisible();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('approximately 1,200');
  });

  await test.step('the updated wire story is imported as version 2', async () => {
    const file = testInfo.outputPath('wire-updated.html');
    await writeFile(file, await updatedWireStory());
    await page.getByLabel('Import files').setInputFiles(file);
    const summary = page.getByRole('dialog', { name: 'Import finished' });
    await expect(summary).toContainText('1 anchored as before, 1 found with edits, 1 orphaned.');
    await expect(summary).toContainText('select the claim’s words where they now appear');
    await summary.getByRole('button', { name: 'Done' }).click();
    await expect(sidebar.getByRole('button', { name: new RegExp(`^${WIRE} v2`) })).toBeVisible();
    await expect(sidebar.getByRole('button', { name: new RegExp(`^${WIRE} superseded`) })).toBeVisible();
  });

  await test.step('the approximate and the orphaned placements wait for review; the analyst confirms one', async () => {
    const review = sidebar.getByRole('region', { name: /To review/ });
    const placements = review.getByRole('button', { name: /^(Approximate|Orphaned)/ });
    await expect(placements).toHaveCount(2);
    await review.getByRole('button', { name: /Approximate.*More than 3,000 protesters/ }).click();
    await expect(reading.locator('mark.fuzzy', { hasText: 'Monday night' })).toBeVisible();
    const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
    await inspector.getByRole('button', { name: 'Confirm placement' }).click();
    await expect(placements).toHaveCount(1);
    await expect(review.getByRole('button', { name: /Orphaned.*orchestrating an attack/ })).toBeVisible();
    // The paragraph that held the orphan's words was rewritten: the review leads to that change.
    await review.getByRole('button', { name: 'Show the change' }).click();
    const changes = page.getByRole('dialog', { name: /^Changes in/ });
    await expect(changes.locator('[data-change].current')).toContainText('orchestrating an attack');
    await changes.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('the new version’s details are corrected by hand', async () => {
    await reading.getByRole('button', { name: 'Edit article details' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Article details' });
    await dialog.getByLabel('Byline').fill('Petra Lindqvist and Jon Aas');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(reading.getByText('Petra Lindqvist and Jon Aas')).toBeVisible();
    const saved = (await savedCase(app.caseDir));
    expect(saved.articles.find((article: { version: number }) => article.version === 2)).toMatchObject({
      byline: 'Petra Lindqvist and Jon Aas',
    });
  });
});
