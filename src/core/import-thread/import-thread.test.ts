import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { importFile } from '../import';
import { IMPORT_LIMITS, ImportThread, type ImportLimits, type ImportProgress } from './index';
import { useImportWorker } from './test-worker';

const importWorker = useImportWorker();
const threads: ImportThread[] = [];

afterEach(async () => {
  await Promise.all(threads.splice(0).map((thread) => thread.close()));
});

async function thread(limits: ImportLimits = IMPORT_LIMITS): Promise<ImportThread> {
  const made = new ImportThread(await importWorker(), limits);
  threads.push(made);
  return made;
}

const page = (paragraphs: number) =>
  Buffer.from(`<html><head><title>Bridge</title></head><body><article>${'<p>The council approved the budget after a long debate.</p>'.repeat(paragraphs)}</article></body></html>`);

async function pdfOf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) pdf.addPage().drawText(`Page ${i} of the council minutes`, { x: 72, y: 700, size: 12, font });
  return pdf.save();
}

async function failure(promise: Promise<unknown>): Promise<ClaimdeskError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ClaimdeskError);
  return error as ClaimdeskError;
}

describe('imports on a worker thread', () => {
  it('converts a file exactly as the importer does on this thread', async () => {
    const bytes = page(20);
    const offThread = await (await thread()).run({ kind: 'file', name: 'bridge.html', bytes });
    const onThread = await importFile('bridge.html', bytes);
    expect(offThread).toEqual({ ...onThread, publishedAt: offThread.publishedAt });
  });

  it('passes the importer’s refusals through with their code and words', async () => {
    const error = await failure((await thread()).run({ kind: 'file', name: 'empty.txt', bytes: Buffer.from('   ') }));
    expect(error.code).toBe('import-failed');
    expect(error.message).toBe('empty.txt: the file is empty: it contains only whitespace.');
  });

  it('reports a PDF’s progress page by page', async () => {
    const seen: ImportProgress[] = [];
    const article = await (await thread()).run(
      { kind: 'file', name: 'minutes.pdf', bytes: await pdfOf(3) },
      { onProgress: (progress) => seen.push(progress) },
    );
    expect(article.doc.text).toContain('Page 3 of the council minutes');
    expect(seen).toEqual([0, 1, 2].map((done) => ({ done, total: 3 })));
  });

  it('keeps this thread free while the worker converts', async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    try {
      await (await thread()).run({ kind: 'file', name: 'long.html', bytes: page(1_000) });
    } finally {
      clearInterval(ticker);
    }
    // Parsing the page here would have held every tick back until it ended.
    expect(ticks).toBeGreaterThan(10);
  }, 60_000);

  it('stops an import that runs past the time limit, and says which limit and what to do', async () => {
    const error = await failure((await thread({ ...IMPORT_LIMITS, timeMs: 1 })).run({ kind: 'file', name: 'slow.html', bytes: page(1_000) }));
    expect(error.message).toMatch(/^slow\.html: converting it took longer than 1 ms, the limit for one file \(IMPORT_TIME_LIMIT_MS\).*Nothing was imported\. Split it/);
  });

  it('stops an import that needs more memory than the limit', async () => {
    const error = await failure((await thread({ ...IMPORT_LIMITS, memoryMb: 8 })).run({ kind: 'file', name: 'big.html', bytes: page(20_000) }));
    expect(error.message).toMatch(/^big\.html: converting it needed more than 8 MB of memory.*\(IMPORT_MEMORY_LIMIT_MB\)/);
  });

  it('cancels a running import and the one waiting behind it, then imports the next file', async () => {
    const imports = await thread();
    const controller = new AbortController();
    const running = imports.run({ kind: 'file', name: 'long.html', bytes: page(20_000) }, { signal: controller.signal });
    const waiting = imports.run({ kind: 'file', name: 'next.html', bytes: page(5) }, { signal: controller.signal });
    controller.abort();
    expect((await failure(running)).message).toBe('long.html: the import was cancelled. Nothing was imported.');
    expect((await failure(waiting)).message).toBe('next.html: the import was cancelled. Nothing was imported.');
    const after = await imports.run({ kind: 'file', name: 'after.html', bytes: page(5) });
    expect(after.title).toBe('Bridge');
  });

  it('refuses imports once the case is closed, the waiting ones included', async () => {
    const imports = await thread();
    const running = imports.run({ kind: 'file', name: 'long.html', bytes: page(1_000) });
    const waiting = imports.run({ kind: 'file', name: 'next.html', bytes: page(5) });
    await imports.close();
    await expect(running).rejects.toThrow(ClaimdeskError);
    expect((await failure(waiting)).message).toBe('next.html: the case was closed before the import ended. Nothing was imported.');
    expect((await failure(imports.run({ kind: 'text', text: 'Later', title: null }))).message).toMatch(/^The pasted text: the case was closed/);
  });

  it('imports pasted text and HTML too', async () => {
    const imports = await thread();
    expect((await imports.run({ kind: 'text', text: 'Bridge costs double\n\nSecond paragraph', title: null })).title).toBe('Bridge costs double');
    const error = await failure(imports.run({ kind: 'html', html: '<div>'.repeat(100_000), title: null }));
    expect(error.message).toMatch(/^The pasted text could not be imported: .*MAX_HTML_DEPTH/);
  });
});
