import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './launch/fixtures';
import { savedCase } from './launch/saved-case';

const EXPLAINER = 'Embassy protest: what we know so far';
const EXPLAINER_URL = 'https://harbourtimes.example/news/embassy-protest-what-we-know';

test('an analyst exchanges the source library with a reference manager and deletes a source in use', async ({ app }, testInfo) => {
  const { page } = app;
  const library = page.getByRole('dialog', { name: 'Source library' });

  await test.step('the library exports as CSL-JSON, with its grades', async () => {
    await page.getByRole('button', { name: 'Source library' }).click();
    const downloading = page.waitForEvent('download');
    await library.getByRole('button', { name: 'Export CSL-JSON' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/-sources\.json$/);
    const items = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(items).toHaveLength(2);
    expect(items).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: EXPLAINER, URL: EXPLAINER_URL, custom: { claimdesk: expect.objectContaining({ reliability: 'B' }) } })]),
    );
  });

  await test.step('a Zotero file adds its new items and leaves out the one the library has', async () => {
    const file = testInfo.outputPath('zotero.json');
    await writeFile(
      file,
      JSON.stringify([
        { id: 'z1', type: 'report', title: 'Port Ardent crowd safety review', publisher: 'City Council', issued: { 'date-parts': [[2025, 11, 2]] }, URL: 'https://council.example/review' },
        { id: 'z2', type: 'article-newspaper', title: 'Embassy protest (Harbour Times)', URL: EXPLAINER_URL },
      ]),
    );
    await library.getByLabel('CSL-JSON file').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'zotero.json: 1 source added, 1 duplicate left out.' })).toBeVisible();
    await expect(library.getByRole('row', { name: /Port Ardent crowd safety review/ })).toContainText('City Council');
  });

  await test.step('deleting a cited source says how many links go with it', async () => {
    await library.getByRole('button', { name: `Delete ${EXPLAINER}` }).click();
    const ask = page.getByRole('alertdialog', { name: 'Delete source?' });
    await expect(ask).toContainText('is cited as evidence 2 times; those links go with it.');
    await ask.getByRole('button', { name: 'Delete' }).click();
    await expect(library.getByRole('row', { name: new RegExp(EXPLAINER) })).toHaveCount(0);
    const saved = (await savedCase(app.caseDir));
    expect(saved.evidence).toHaveLength(3);
  });

  await test.step('and an undo brings the source back with its links', async () => {
    await library.getByRole('button', { name: 'Done' }).click();
    await page.locator('body').press('Control+z');
    await expect.poll(async () => (await savedCase(app.caseDir)).evidence.length).toBe(5);
    const saved = (await savedCase(app.caseDir));
    expect(saved.sources.map((source: { title: string }) => source.title)).toContain(EXPLAINER);
  });
});
