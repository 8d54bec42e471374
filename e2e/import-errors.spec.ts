import { writeFile } from 'node:fs/promises';
import { expect, test } from './launch/fixtures';
import { savedCase } from './launch/saved-case';

async function articleCount(caseDir: string): Promise<number> {
  const saved = await savedCase(caseDir);
  return saved.articles.length;
}

test('a file Claimdesk cannot read is refused with a message that names it, and nothing is imported', async ({ app }, testInfo) => {
  const { page } = app;
  const sidebar = page.getByRole('navigation', { name: 'Case' });
  await expect(sidebar.getByText('Valdorian minister accuses Kestria of plotting embassy attack')).toBeVisible();
  const before = await articleCount(app.caseDir);

  await test.step('an image is not an article', async () => {
    const file = testInfo.outputPath('crowd-photo.png');
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await page.getByLabel('Import files').setInputFiles(file);
    const alert = page.getByRole('alert').filter({ hasText: 'crowd-photo.png' });
    await expect(alert).toContainText('unsupported file type');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  });

  await test.step('an empty text file has nothing to import', async () => {
    const file = testInfo.outputPath('notes.txt');
    await writeFile(file, '   \n\n  ');
    await page.getByLabel('Import files').setInputFiles(file);
    await expect(page.getByRole('alert').filter({ hasText: 'notes.txt' })).toBeVisible();
  });

  await test.step('the case is as it was', async () => {
    expect(await articleCount(app.caseDir)).toBe(before);
    await expect(sidebar.getByText('crowd-photo')).toHaveCount(0);
    await expect(sidebar.getByText('notes')).toHaveCount(0);
  });
});
