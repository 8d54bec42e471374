import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, test } from './launch/fixtures';

async function pdfWithPages(pages: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const line of pages) pdf.addPage().drawText(line, { x: 72, y: 700, size: 12, font });
  pdf.setTitle('Harbour authority shipping log');
  return pdf.save();
}

async function memo(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Ministry briefing memo', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('The ministry counted 2,500 people at the embassy.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A folder as an analyst collects one: a PDF, a Word memo, notes, a copy, a broken file, a stray. */
async function clippings(dir: string): Promise<string> {
  const folder = join(dir, 'clippings');
  await mkdir(join(folder, 'statements'), { recursive: true });
  await writeFile(join(folder, 'a-notes.txt'), 'Field notes\n\nThe crowd thinned after ten.');
  await writeFile(join(folder, 'copy-of-notes.txt'), 'Field notes\n\nThe crowd thinned after ten.');
  await writeFile(join(folder, 'broken.pdf'), '%PDF-1.7 this is not really a PDF');
  await writeFile(join(folder, 'photo.jpg'), 'not an article');
  await writeFile(join(folder, 'statements', 'harbour-log.pdf'), await pdfWithPages(['Ships in port: 14', 'No drones were logged on 2 March.']));
  await writeFile(join(folder, 'statements', 'memo.docx'), await memo());
  return folder;
}

test('an analyst imports a folder of clippings and reads what happened to each file', async ({ app }, testInfo) => {
  const { page } = app;
  const folder = await clippings(testInfo.outputDir);

  await test.step('every supported file in the folder is tried, one by one; the others are listed as skipped', async () => {
    await page.getByLabel('Import folder files').setInputFiles(folder);
    const summary = page.getByRole('dialog', { name: 'Import finished' });
    await expect(summary).toBeVisible({ timeout: 60_000 });
    await expect(summary).toContainText('3 imported, 1 duplicate, 1 failed, 1 skipped');
    const files = summary.getByRole('list', { name: 'Files' });
    await expect(files.getByRole('listitem')).toHaveCount(6);
    await expect(files.getByRole('listitem').filter({ hasText: 'copy-of-notes.txt' })).toContainText('Skipped: already in the case as');
    await expect(files.getByRole('listitem').filter({ hasText: 'broken.pdf' })).toContainText('Failed: this is not a readable PDF');
    await expect(files.getByRole('listitem').filter({ hasText: 'photo.jpg' })).toContainText('Skipped: .jpg files are not read');
  });

  await test.step('the PDF opens from the summary, its pages marked', async () => {
    await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Harbour authority shipping log' }).click();
    const reading = page.getByRole('main', { name: 'Articles' });
    await expect(reading.getByText('No drones were logged on 2 March.')).toBeVisible();
    await expect(reading.getByText('Page 2', { exact: true })).toBeVisible();
  });

  await test.step('the Word memo is in the case with its heading', async () => {
    await page.getByRole('navigation', { name: 'Case' }).getByRole('button', { name: /Ministry briefing memo/ }).click();
    await expect(page.getByRole('main', { name: 'Articles' }).getByText('The ministry counted 2,500 people at the embassy.')).toBeVisible();
  });
});
