import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './launch/fixtures';

const KESTRIA = 'The government of Kestria is orchestrating an attack';
const CROWD = 'More than 3,000 protesters gathered outside the embassy';
const ARRESTS = 'Police made 40 arrests at the protest.';

/** Exports in one format from the open dialog and returns the downloaded bytes. */
async function exportAs(page: Page, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Export report' }).click();
  await dialog.getByRole('radio', { name: format }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Export / }).click();
  const download = await downloading;
  await expect(dialog).toBeHidden();
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

test('an analyst checks the report for gaps, fixes one, and exports it in every format', async ({ app }) => {
  const { page } = app;
  const dialog = page.getByRole('dialog', { name: 'Export report' });

  await test.step('the check lists what a reader could not audit', async () => {
    await page.getByRole('button', { name: 'Export report' }).click();
    const gaps = dialog.getByRole('list', { name: 'Gaps a reader could not audit' });
    await expect(gaps.getByRole('listitem')).toHaveCount(3);
    await expect(gaps.getByRole('listitem').first()).toContainText('which has no URL');
    await expect(dialog.getByRole('button', { name: 'Export HTML anyway' })).toBeVisible();
  });

  await test.step('the gap is fixed from the list, and the check runs again', async () => {
    await dialog.getByRole('button', { name: 'Edit source' }).first().click();
    const form = page.getByRole('dialog', { name: 'Edit source' });
    await form.getByLabel('URL').fill('https://police.example/statements/embassy-row');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    await expect(dialog.getByText('A reader can audit every chosen claim')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Export HTML', exact: true })).toBeVisible();
  });

  await test.step('HTML: self-contained, every claim', async () => {
    const { name, bytes } = await exportAs(page, /^HTML/);
    expect(name).toMatch(/\.html$/);
    const html = bytes.toString('utf8');
    for (const statement of [KESTRIA, CROWD, ARRESTS]) expect(html).toContain(statement);
    expect(html).not.toMatch(/<script|<link[^>]+stylesheet/i);
  });

  await test.step('Markdown of the false claims only, without the rating scale', async () => {
    await page.getByRole('button', { name: 'Export report' }).click();
    await dialog.getByRole('group', { name: 'Only these verdicts' }).getByLabel('False').check();
    await expect(dialog.getByText('1 claim of 3 chosen.')).toBeVisible();
    await dialog.getByLabel('Rating scale').uncheck();
    const markdown = (await exportAs(page, /^Markdown/)).bytes.toString('utf8');
    expect(markdown).toContain(CROWD);
    expect(markdown).not.toContain(KESTRIA);
    expect(markdown).not.toMatch(/^## Rating scale/m);
  });

  await test.step('PDF, printed from the same HTML', async () => {
    const { name, bytes } = await exportAs(page, /^PDF/);
    expect(name).toMatch(/\.pdf$/);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  await test.step('ClaimReview JSON-LD for the chosen claim', async () => {
    const reviews = JSON.parse((await exportAs(page, /^ClaimReview/)).bytes.toString('utf8'));
    const list = Array.isArray(reviews) ? reviews : (reviews['@graph'] ?? [reviews]);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ '@type': 'ClaimReview', reviewRating: { alternateName: 'False' } });
    expect(list[0].claimReviewed).toContain(CROWD);
  });

  await test.step('Web Annotations with their selectors', async () => {
    const collection = JSON.parse((await exportAs(page, /^Web Annotations/)).bytes.toString('utf8'));
    expect(collection.type).toBe('AnnotationCollection');
    const selectors = JSON.stringify(collection);
    expect(selectors).toContain('TextQuoteSelector');
    expect(selectors).toContain('TextPositionSelector');
  });

  await test.step('the case as JSON, whole whatever the choice of claims', async () => {
    await page.getByRole('button', { name: 'Export report' }).click();
    await dialog.getByRole('radio', { name: /^Case JSON/ }).check();
    await expect(dialog.getByRole('button', { name: 'Export Case JSON (full backup)' })).toBeVisible();
    await expect(dialog).toContainText('A full backup of the case');
    const { name, bytes } = await exportAs(page, /^Case JSON/);
    expect(name).toMatch(/\.json$/);
    const exported = JSON.parse(bytes.toString('utf8'));
    expect(JSON.stringify(exported)).toContain(KESTRIA);
    expect(JSON.stringify(exported)).toContain('https://police.example/statements/embassy-row');
  });
});
