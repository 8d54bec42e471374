import { Document, Packer, Paragraph } from 'docx';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { importFile } from './index';
import { spaces, writeZip, type FakeEntry } from './test-zips';
import { MAX_ZIP_ENTRIES, MAX_ZIP_ENTRY_BYTES, MAX_ZIP_TOTAL_BYTES, zipBoundsProblem } from './zip-bounds';

const PAST_ONE_PART = MAX_ZIP_ENTRY_BYTES + 1024;

async function refusal(bytes: Buffer): Promise<ClaimdeskError> {
  const error = await importFile('bomb.docx', bytes).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ClaimdeskError);
  return error as ClaimdeskError;
}

describe('zip bounds of a .docx', () => {
  it('lets a real Word document through', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('The bridge')] }] }));
    expect(zipBoundsProblem(docx)).toBeNull();
  });

  it('refuses a part whose declared size is past the limit, before inflating anything', async () => {
    const bomb = writeZip([{ name: 'word/document.xml', data: Buffer.alloc(10), declaredSize: PAST_ONE_PART }]);
    const error = await refusal(bomb);
    expect(error.code).toBe('import-failed');
    expect(error.message).toMatch(/^bomb\.docx: its part "word\/document\.xml" inflates past 64 MB.*MAX_ZIP_ENTRY_BYTES.*split it/);
  });

  it('refuses a part that inflates past the limit while its directory declares a few bytes', async () => {
    const liar = writeZip([{ name: 'word/document.xml', data: spaces(PAST_ONE_PART), declaredSize: 300 }]);
    expect(liar.length).toBeLessThan(200_000);
    const used = process.memoryUsage().rss;
    const error = await refusal(liar);
    expect(error.message).toContain('"word/document.xml" inflates past 64 MB');
    // Inflating stops at the limit: nothing near the bomb's full size is ever held.
    expect(process.memoryUsage().rss - used).toBeLessThan(4 * MAX_ZIP_ENTRY_BYTES);
  });

  it('refuses parts that each pass but together inflate past the total, even when they share one stream', () => {
    const part = MAX_ZIP_ENTRY_BYTES - 1024;
    const count = Math.ceil(MAX_ZIP_TOTAL_BYTES / part) + 1;
    const entries: FakeEntry[] = [{ name: 'part0.xml', data: spaces(part), declaredSize: 100 }];
    for (let i = 1; i < count; i++) entries.push({ name: `part${i}.xml`, data: Buffer.alloc(0), declaredSize: 100, sameDataAs: 0 });
    expect(zipBoundsProblem(writeZip(entries))).toMatch(/inflate past 256 MB in all.*MAX_ZIP_TOTAL_BYTES/);
  });

  it('counts what a cut-off stream yields, as a lenient reader would inflate it', () => {
    const whole = spaces(2 * MAX_ZIP_ENTRY_BYTES);
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    // 60% of the stream still inflates past the limit.
    expect(zipBoundsProblem(writeZip([{ name: 'word/document.xml', data: cut, declaredSize: 300 }]))).toContain('inflates past 64 MB');
  });

  it('refuses more parts than a document has', () => {
    const entries = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `p${i}`, data: deflateRawSync(''), declaredSize: 0 }));
    expect(zipBoundsProblem(writeZip(entries))).toContain('more than the 5,000 a Word document can have (MAX_ZIP_ENTRIES)');
  });

  it('leaves a file that is no zip to the reader, which says it is not a Word document', async () => {
    expect(zipBoundsProblem(Buffer.from('plain words, not a zip'))).toBeNull();
    const error = await refusal(Buffer.from('plain words, not a zip'));
    expect(error.message).toContain('not a readable Word document');
  });
});
