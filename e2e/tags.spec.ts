import { expect, test } from './launch/fixtures';
import { savedCase } from './launch/saved-case';

test('an analyst tidies the tags: renames, recolours and merges them, and colours highlights by tag', async ({ app }) => {
  const { page } = app;
  const dialog = page.getByRole('dialog', { name: 'Tags' });
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });
  const onDisk = async () => (await savedCase(app.caseDir));

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command' }).fill('manage tags');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveCount(3);

  await test.step('a new tag, and a rename that reaches the claims carrying it', async () => {
    await dialog.getByLabel('New tag name').fill('numbers');
    await dialog.getByRole('button', { name: 'Create tag' }).click();
    await expect(dialog.getByLabel('Name of numbers')).toBeVisible();

    const crowd = dialog.getByLabel('Name of crowd-size');
    await crowd.fill('crowd size');
    await crowd.press('Enter');
    await expect(dialog.getByLabel('Name of crowd size')).toBeVisible();
    const claim = (await onDisk()).claims.find((c: { statement: string }) => c.statement.startsWith('More than 3,000'));
    expect(claim?.tags).toEqual(['crowd size']);
  });

  await test.step('a renamed tag may not take another tag’s name: merging is the way', async () => {
    const arrests = dialog.getByLabel('Name of arrests');
    await arrests.fill('Numbers');
    await arrests.press('Enter');
    await expect(page.getByRole('alert')).toContainText(/merge/i);
    await expect(dialog.getByLabel('Name of arrests')).toHaveValue('arrests');
  });

  await test.step('two tags merge into one', async () => {
    await dialog.getByLabel('Choose arrests to merge').check();
    await dialog.getByLabel('Choose crowd size to merge').check();
    await dialog.getByLabel('Choose numbers to merge').check();
    await dialog.getByLabel('Merge into').selectOption('numbers');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(dialog.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveCount(2);
    await expect(dialog.getByText('2 claims')).toBeVisible();
    const saved = await onDisk();
    expect(saved.tags.map((tag: { name: string }) => tag.name).sort()).toEqual(['embassy', 'numbers']);
  });

  await test.step('a new colour shows on the highlights when they are coloured by tag', async () => {
    await dialog.getByLabel('Colour of numbers').fill('#ff0000');
    await expect.poll(async () => (await onDisk()).tags.find((tag: { name: string }) => tag.name === 'numbers')?.color).toBe('#ff0000');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Filter claims' }).click();
    await page.getByLabel('Colour highlights by').selectOption('tag');
    const mark = page.getByRole('main', { name: 'Articles' }).locator('mark[data-claim-id]', { hasText: 'police made 40 arrests' });
    await expect(mark).toHaveAttribute('style', /255, 0, 0|#ff0000/i);
    await page.getByRole('button', { name: /Police made 40 arrests/ }).click();
    await expect(inspector.getByLabel('Tags')).toHaveValue('numbers');
  });
});
