import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { useAnchorWorker } from '../../core/anchor-thread/test-worker';
import { useImportWorker } from '../../core/import-thread/test-worker';
import { createCase, openCaseService } from '../../core/service';
import { readCase } from '../../core/store';
import { useTempFolders } from '../../core/store/test-folders';
import type { ImportSummary } from '../../shared/import-summary';
import { useCliWorkers } from '../test-workers';
import { importFiles } from './import';

const tempFolder = useTempFolders();
const anchorWorker = useAnchorWorker();
const importWorker = useImportWorker();
useCliWorkers();

async function onePagePdf(line: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText(line, { x: 72, y: 700, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return pdf.save();
}

/** A case, and a folder of articles as an analyst collects them: some good, one broken, one twice. */
async function fixture() {
  const root = await tempFolder();
  const caseDir = join(root, 'case');
  await createCase(caseDir, { name: 'Protest', analyst: 'Dana' });
  const folder = join(root, 'articles');
  await mkdir(join(folder, 'sub', '.cache'), { recursive: true });
  await writeFile(join(folder, 'a.txt'), 'Embassy protest\n\nPolice counted 1,200 people.');
  await writeFile(join(folder, 'z.txt'), 'Embassy protest\n\nPolice counted 1,200 people.');
  await writeFile(join(folder, 'broken.pdf'), '%PDF-1.7 not really');
  await writeFile(join(folder, 'broken.docx'), 'PK not really a zip');
  await writeFile(join(folder, 'report.pdf'), await onePagePdf('Ministry statement on the protest'));
  await writeFile(join(folder, 'notes.xyz'), 'not an article format');
  await writeFile(join(folder, '.hidden.txt'), 'a hidden file');
  await writeFile(join(folder, 'sub', 'b.md'), '# Second look\n\nThe crowd was smaller.');
  await writeFile(join(folder, 'sub', '.cache', 'c.txt'), 'inside a hidden folder');
  return { caseDir, folder, missing: join(root, 'missing.txt') };
}

const run = (caseDir: string, ...paths: string[]) => importFiles.run({ positionals: [caseDir, ...paths], values: {} });

describe('claimdesk import', () => {
  it('imports a folder and a missing file, one line each, without stopping at failures or keeping broken files', async () => {
    const { caseDir, folder, missing } = await fixture();
    const outcome = await run(caseDir, folder, missing);
    if (!outcome) throw new Error('import prints its outcome');

    const lines = outcome.text.split('\n');
    const articles = `${folder}${sep}`;
    expect(lines.map((line) => line.replace(articles, '').replace(/art_\w+/, 'ID'))).toEqual([
      `ID\tEmbassy protest\ta.txt`,
      'failed\tbroken.docx: this is not a readable Word document: the file is damaged, or not a .docx (an old .doc must be saved as .docx first).',
      'failed\tbroken.pdf: this is not a readable PDF: the file is damaged, incomplete or not a PDF at all.',
      'ID\tMinistry statement on the protest\treport.pdf',
      `ID\tSecond look\t${join('sub', 'b.md')}`,
      'skipped\tz.txt: already in the case as "Embassy protest"',
      `failed\t${missing}: cannot read the file. "${missing}" does not exist: it may have been moved, renamed or deleted. Check the path and try again.`,
      '3 imported, 1 duplicate, 3 failed',
    ]);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.json).toMatchObject({ imported: 3, duplicate: 1, failed: 3 });

    const service = await openCaseService(caseDir, { appVersion: 'test', anchorWorker: await anchorWorker(), importWorker: await importWorker() });
    expect(service.store.data.articles.map((article) => article.format)).toEqual(['text', 'pdf', 'markdown']);
    await service.close();
  });

  it('succeeds when nothing failed, duplicates included, and says which article each file became', async () => {
    const { caseDir, folder } = await fixture();
    const outcome = await run(caseDir, join(folder, 'a.txt'), join(folder, 'a.txt'));
    expect(outcome?.exitCode).toBe(0);
    const summary = outcome?.json as ImportSummary;
    expect(summary.outcomes.map((item) => item.status)).toEqual(['imported', 'duplicate']);
    const [first, second] = summary.outcomes;
    expect(first?.status === 'imported' && second?.status === 'duplicate' && first.article.id === second.existing.id).toBe(true);
  });

  it('follows no link that leaves the folder, and says so; a link inside it is imported', async () => {
    const root = await tempFolder();
    const caseDir = join(root, 'case');
    await createCase(caseDir, { name: 'Links', analyst: 'Dana' });
    const outside = join(root, 'passwd');
    await writeFile(outside, 'root:x:0:0:root:/root:/bin/bash');
    const folder = join(root, 'received');
    await mkdir(join(folder, 'sub'), { recursive: true });
    await writeFile(join(folder, 'sub', 'story.txt'), 'A story\n\nThe crowd gathered.');
    await symlink(outside, join(folder, 'passwd.txt'));
    await symlink(join('..', '..', 'passwd'), join(folder, 'sub', 'relative.txt'));
    await symlink(join('sub', 'story.txt'), join(folder, 'story-link.txt'));

    const outcome = await run(caseDir, folder);
    const summary = outcome?.json as ImportSummary;
    expect(summary.outcomes.map((item) => [item.file.replace(`${folder}${sep}`, ''), item.status])).toEqual([
      ['passwd.txt', 'failed'],
      ['story-link.txt', 'imported'],
      [join('sub', 'relative.txt'), 'failed'],
      [join('sub', 'story.txt'), 'duplicate'],
    ]);
    expect(outcome?.text).toContain('passwd.txt: a link to a file outside the folder being imported');
    expect(outcome?.exitCode).toBe(1);

    expect((await readCase(caseDir)).articles.map((article) => article.title)).toEqual(['A story']);
  });
});
