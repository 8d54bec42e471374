import { PDFDocument, PDFHexString, StandardFonts, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { findOccurrences, selectorFor } from '../../shared/selector';
import { importFile } from './index';
import { MAX_PDF_PAGES } from './pdf';
import { assertDocInvariants, blockTexts } from './test-helpers';

const BODY_SIZE = 12;
const LINE_STEP = 15;

/** A line of a fixture page: its words, or a blank line, or a heading set larger. */
type FixtureLine = string | { heading: string };

interface FixturePdf {
  title?: string;
  author?: string;
  pages: FixtureLine[][];
}

async function makePdf({ title, author, pages }: FixturePdf): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (title) pdf.setTitle(title);
  if (author) pdf.setAuthor(author);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([612, 792]);
    let y = 720;
    for (const line of lines) {
      if (typeof line === 'string') {
        if (line) page.drawText(line, { x: 72, y, size: BODY_SIZE, font });
        y -= LINE_STEP;
      } else {
        page.drawText(line.heading, { x: 72, y, size: 20, font });
        y -= 24;
      }
    }
  }
  return pdf.save();
}

const REPORT: FixturePdf = {
  title: 'Bridge costs double',
  author: 'Eve Checker',
  pages: [
    [
      { heading: 'The bridge, in figures' },
      'The council approved the budget on Tuesday after a',
      'long debate about the cost of the new bridge.',
      '',
      'Opponents say the fact-',
      'checked figures have doubled since 2021.',
    ],
    [
      'The minister said Kestria is orchestrating an attack',
      'on our embassy, which the police denied.',
      '',
      'Police counted 1,200 people.',
    ],
    ['Appendix: sources consulted.'],
  ],
};

async function failure(run: () => Promise<unknown>): Promise<ClaimdeskError> {
  const error: unknown = await run().then(
    () => new Error('expected the import to fail'),
    (caught: unknown) => caught,
  );
  if (error instanceof ClaimdeskError) return error;
  throw error;
}

const pageOf = (doc: Doc, offset: number) => doc.blocks.find((block) => block.start <= offset && offset < block.end)?.page;

describe('importing a PDF', () => {
  it('makes each page’s paragraphs blocks that know their page', async () => {
    const article = await importFile('bridge.pdf', await makePdf(REPORT));
    assertDocInvariants(article.doc);
    expect(article.format).toBe('pdf');
    expect(blockTexts(article.doc)).toEqual([
      'The bridge, in figures',
      'The council approved the budget on Tuesday after a long debate about the cost of the new bridge.',
      'Opponents say the fact-checked figures have doubled since 2021.',
      'The minister said Kestria is orchestrating an attack on our embassy, which the police denied.',
      'Police counted 1,200 people.',
      'Appendix: sources consulted.',
    ]);
    expect(article.doc.blocks.map((block) => block.page)).toEqual([1, 1, 1, 2, 2, 3]);
    expect(article.doc.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('anchors a quote from page 2, across a line break of the page', async () => {
    const { doc } = await importFile('bridge.pdf', await makePdf(REPORT));
    const quote = 'Kestria is orchestrating an attack on our embassy';
    const [start, ...others] = findOccurrences(doc.text, quote);
    expect(start).toBeDefined();
    expect(others).toEqual([]);
    const selector = selectorFor(doc.text, start!, start! + quote.length);
    expect(selector.quote.exact).toBe(quote);
    expect(selector.quote.prefix).toMatch(/The minister said $/);
    expect(pageOf(doc, selector.position.start)).toBe(2);
  });

  it('takes title and byline from the PDF’s metadata', async () => {
    const article = await importFile('bridge.pdf', await makePdf(REPORT));
    expect(article).toMatchObject({ title: 'Bridge costs double', byline: 'Eve Checker', outlet: null, url: null });
  });

  it('falls back to the first line when the metadata has no title, or names a file', async () => {
    const untitled = await importFile('memo.pdf', await makePdf({ pages: [['Memo to the council', '', 'Costs rose.']] }));
    expect(untitled.title).toBe('Memo to the council');
    const named = await importFile('memo.pdf', await makePdf({ title: 'Microsoft Word - memo.docx', pages: [['Memo to the council']] }));
    expect(named.title).toBe('Memo to the council');
  });

  it('refuses a damaged file, naming it', async () => {
    const error = await failure(() => importFile('broken.pdf', Buffer.from('%PDF-1.7\nthis is not really a PDF')));
    expect(error.code).toBe('import-failed');
    expect(error.message).toMatch(/^broken\.pdf: this is not a readable PDF/);
  });

  it('refuses a PDF of more pages than the limit before reading any, saying how to split it', async () => {
    const pdf = await PDFDocument.create();
    for (let i = 0; i <= MAX_PDF_PAGES; i++) pdf.addPage();
    const error = await failure(async () => importFile('archive.pdf', await pdf.save()));
    expect(error.message).toBe(
      'archive.pdf: it has 2,001 pages, more than the 2,000 Claimdesk reads from one PDF (MAX_PDF_PAGES). ' +
        'Split it into parts (any PDF tool can extract page ranges) and import those.',
    );
  });

  it('refuses a PDF made only of pictures, naming it', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawRectangle({ x: 50, y: 50, width: 300, height: 400, color: rgb(0.2, 0.2, 0.2) });
    const error = await failure(async () => importFile('scan.pdf', await pdf.save()));
    expect(error.message).toMatch(/^scan\.pdf: no text was found in it: its pages may be scanned images/);
  });

  it('refuses a PDF locked with a password, naming it', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('secret', { x: 50, y: 700 });
    // The standard security handler with a user password: no empty password opens it.
    const context = pdf.context;
    const hex = (bytes: number) => PDFHexString.of('ab'.repeat(bytes));
    context.trailerInfo.Encrypt = context.register(context.obj({ Filter: 'Standard', V: 1, R: 2, O: hex(32), U: hex(32), P: -4 }));
    context.trailerInfo.ID = context.obj([hex(16), hex(16)]);
    const error = await failure(async () => importFile('locked.pdf', await pdf.save({ useObjectStreams: false })));
    expect(error.message).toMatch(/^locked\.pdf: the PDF is protected by a password/);
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = await makePdf(REPORT);
    const copy = Uint8Array.from(bytes);
    await importFile('bridge.pdf', bytes);
    expect(bytes).toEqual(copy);
  });
});
