import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './launch/app';
import { expect, test } from './launch/fixtures';
import { selectText } from './launch/select-text';

const CLAIM = 'Police made 40 arrests at the protest.';
const INDEPENDENT = 'Embassy protest: what we know so far';
const ARRESTED = 'Twelve people were arrested';

/** The police statement as two outlets reprinted it, each under its own headline and standfirst. */
async function reprints(dir: (name: string) => string): Promise<string[]> {
  const statement = await readFile(join(ROOT, 'data/demo-sources/police-statement.txt'), 'utf8');
  const body = statement.split('\n').slice(1).join('\n');
  const outlets = [
    ['gazette.txt', 'Police statement on Embassy Row protest in full', 'The Harbour Gazette publishes the statement as issued.'],
    ['courier.txt', 'Embassy Row: what the police said', 'Read the Metropolitan Police statement below.'],
  ];
  return Promise.all(
    outlets.map(async ([name, title, standfirst]) => {
      const file = dir(name!);
      await writeFile(file, `${title}\n\n${standfirst}\n${body}`);
      return file;
    }),
  );
}

test('reprints of one statement show as copies, and a verdict resting on them alone asks for an independent source', async ({ app }, testInfo) => {
  const { page } = app;
  const sidebar = page.getByRole('navigation', { name: 'Case' });
  const inspector = page.getByRole('complementary', { name: 'Claim inspector' });

  await test.step('two reprints of the police statement are imported; the sidebar shows three copies of one text', async () => {
    await page.getByLabel('Import files').setInputFiles(await reprints((name) => testInfo.outputPath(name)));
    const summary = page.getByRole('dialog', { name: 'Import finished' });
    await expect(summary).toContainText('2 imported');
    await summary.getByRole('button', { name: 'Done' }).click();
    const copies = sidebar.getByRole('list', { name: 'Copies of one text' });
    await expect(copies.getByText(/^3 copies of one text/)).toBeVisible();
    await expect(copies.getByRole('button')).toHaveCount(3);
    await expect(sidebar.getByRole('button', { name: /Embassy Row: what the police said.*3 copies of one text/ })).toBeVisible();
  });

  await test.step('the arrests claim is refuted by passages of two of the copies', async () => {
    for (const title of ['Police statement on Embassy Row protest in full', 'Embassy Row: what the police said']) {
      await page.getByRole('button', { name: new RegExp(CLAIM) }).first().click();
      await sidebar.getByRole('button', { name: new RegExp(`^${title}`) }).first().click();
      const pane = page.getByRole('region', { name: /Pane/ }).filter({ has: page.getByRole('heading', { name: title, level: 1 }) });
      await pane.waitFor();
      await selectText(page, ARRESTED, pane);
      await page.keyboard.press('e');
      const form = page.getByRole('dialog', { name: 'Link passage as evidence' });
      await form.getByLabel('Relation').selectOption('refutes');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(form).toBeHidden();
    }
    await expect(inspector.getByLabel('Evidence by relation')).toContainText('2 refuting');
  });

  await test.step('the export check names the dependent evidence, and citing an independent source settles it', async () => {
    await page.getByRole('button', { name: 'Export report' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export report' });
    const gaps = exporting.getByRole('list', { name: 'Gaps a reader could not audit' });
    const gap = gaps.getByRole('listitem').filter({ hasText: 'refuted only by copies of one text' });
    await expect(gap).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('copies.png') });
    await gap.getByRole('button', { name: 'Link an independent source' }).click();
    const form = page.getByRole('dialog', { name: /evidence|Link/i }).last();
    await form.getByLabel('Source').selectOption({ label: INDEPENDENT });
    await form.getByLabel('Relation').selectOption('refutes');
    await form.getByRole('button', { name: /link|save/i }).click();
    await expect(form).toBeHidden();
    await expect(gaps.getByRole('listitem').filter({ hasText: 'refuted only by copies of one text' })).toHaveCount(0);
  });
});
