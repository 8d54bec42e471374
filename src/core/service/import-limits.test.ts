import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { MAX_ZIP_ENTRY_BYTES } from '../import/zip-bounds';
import { spaces, writeZip } from '../import/test-zips';
import { asBase64, useFreshCases, type OpenCase } from './test-service';

const freshCase = useFreshCases();

/** A few hundred kilobytes whose directory says 300 bytes and whose document inflates past the limit. */
const zipBomb = () => writeZip([{ name: 'word/document.xml', data: spaces(MAX_ZIP_ENTRY_BYTES + 1024), declaredSize: 300 }]);
const deepPage = () => `<html><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</body></html>`;

/**
 * Starts the import, then asks for the case while it runs; returns the import's error
 * and whether the case was answered before the import ended.
 */
async function importWhileAsking({ client }: OpenCase, name: string, bytes: Buffer) {
  let importEnded = false;
  const heapBefore = process.memoryUsage().heapUsed;
  const importing = client.importFile({ name, dataBase64: bytes.toString('base64') }).finally(() => (importEnded = true));
  const answered = await client.getCase({}).then(() => !importEnded);
  const error = await importing.then(
    () => null,
    (caught: unknown) => caught,
  );
  return { error: error as ClaimdeskError, answeredWhileImporting: answered, heapGrowth: process.memoryUsage().heapUsed - heapBefore };
}

async function leftBehind(dir: string): Promise<string[]> {
  return [...(await readdir(join(dir, 'articles'))), ...(await readdir(join(dir, 'originals')))];
}

describe('hostile files imported into a case', () => {
  it('refuses a zip bomb whose directory lies, while the case keeps answering', async () => {
    const open = await freshCase();
    const { error, answeredWhileImporting, heapGrowth } = await importWhileAsking(open, 'memo.docx', zipBomb());
    expect(error).toBeInstanceOf(ClaimdeskError);
    expect(error.message).toMatch(/^memo\.docx: its part "word\/document\.xml" inflates past 64 MB/);
    expect(answeredWhileImporting).toBe(true);
    // The bomb went off in the worker: this thread never held its inflated bytes.
    expect(heapGrowth).toBeLessThan(MAX_ZIP_ENTRY_BYTES / 2);
    expect(await leftBehind(open.dir)).toEqual([]);
    expect((await open.client.getCase({})).articles).toEqual([]);
  });

  it('refuses a page of 100,000 nested elements at once, while the case keeps answering', async () => {
    const open = await freshCase();
    const started = performance.now();
    const { error, answeredWhileImporting } = await importWhileAsking(open, 'deep.html', Buffer.from(deepPage()));
    expect(error.message).toMatch(/^deep\.html: its elements are nested more than 500 levels deep.*MAX_HTML_DEPTH/);
    expect(answeredWhileImporting).toBe(true);
    // Before the depth gate this page held the app for 30 s, then overflowed the stack.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(await leftBehind(open.dir)).toEqual([]);
  });

  it('cancels an import by its id, keeps nothing of it, and imports the next file', async () => {
    const { client, dir } = await freshCase();
    const long = `<html><body><article>${'<p>The council approved the budget after a long debate.</p>'.repeat(5_000)}</article></body></html>`;
    const importing = client.importFile({ name: 'long.html', dataBase64: asBase64(long), importId: 'import-1' });
    expect(await client.getImportProgress({ importId: 'import-1' })).toEqual({ done: 0, total: 1 });
    await client.cancelImport({ importId: 'import-1' });
    await expect(importing).rejects.toThrow('long.html: the import was cancelled. Nothing was imported.');
    expect(await client.getImportProgress({ importId: 'import-1' })).toBeNull();
    expect(await leftBehind(dir)).toEqual([]);
    const next = await client.importFile({ name: 'short.html', dataBase64: asBase64('<p>The bridge costs double.</p>') });
    expect(next.article.title).toBe('short');
  });
});
