// A PDF's text, page by page, as paragraph blocks that know their page. pdf.js reads
// the file in this process with nothing switched on that a PDF could use to run code
// or reach out: no eval (fonts are never compiled to functions), no font loading, no
// system fonts, no fetching. Text extraction needs none of them.

import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
// The item types are not re-exported from the package's entry point.
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import type { Doc } from '../../shared/model';
import { DocBuilder } from './doc-builder';
import { importFailure } from './failure';
import type { PageMetadata } from './metadata';
import { paragraphsOf, type TextRun } from './pdf-layout';
import { shorten } from './title';

const MAX_META_LENGTH = 500;
/**
 * A 20,000-page PDF took nearly three minutes; a book runs to a few hundred pages.
 * Past this a PDF is refused before any page is read.
 */
export const MAX_PDF_PAGES = 2_000;
/** pdf.js logs errors only: its warnings about fonts it was told not to load are noise here. */
const ERRORS_ONLY = 0;
/** Titles that name the file the PDF was made from, not the document: "Microsoft Word - draft.docx". */
const FILE_NAME_TITLE = /(?:^untitled$|^microsoft \w+ - |\.(?:docx?|odt|rtf|pages|pdf|txt|indd|tex)$)/i;

export interface PdfImport {
  doc: Doc;
  metadata: Pick<PageMetadata, 'title' | 'byline'>;
}

export async function pdfToArticle(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: (progress: { done: number; total: number }) => void,
): Promise<PdfImport> {
  // Loaded on first use: pdf.js is large, and most imports are web pages.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller still needs its bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    verbosity: ERRORS_ONLY,
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw importFailure(fileName, unreadable(error));
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw importFailure(
        fileName,
        `it has ${pdf.numPages.toLocaleString('en')} pages, more than the ${MAX_PDF_PAGES.toLocaleString('en')} Claimdesk reads from one PDF (MAX_PDF_PAGES). ` +
          'Split it into parts (any PDF tool can extract page ranges) and import those.',
      );
    }
    const doc = await readPages(pdf, onProgress);
    if (doc.text === '') {
      throw importFailure(fileName, 'no text was found in it: its pages may be scanned images. Run text recognition (OCR) on it first.');
    }
    return { doc, metadata: await readInfo(pdf) };
  } finally {
    await pdf.destroy();
  }
}

async function readPages(pdf: PDFDocumentProxy, onProgress?: (progress: { done: number; total: number }) => void): Promise<Doc> {
  const builder = new DocBuilder();
  for (let number = 1; number <= pdf.numPages; number++) {
    onProgress?.({ done: number - 1, total: pdf.numPages });
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    page.cleanup();
    builder.startPage(number);
    for (const paragraph of paragraphsOf(content.items.flatMap(toRun))) {
      builder.openBlock('paragraph');
      builder.append(paragraph);
      builder.closeBlock();
    }
  }
  return builder.build();
}

/** Marked-content items carry no text; a run's size is its height, else its font matrix's. */
function toRun(item: TextItem | TextMarkedContent): TextRun[] {
  if (!('str' in item)) return [];
  const { str, hasEOL, transform, width, height } = item;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = transform as number[];
  const size = height || Math.hypot(c, d) || Math.hypot(a, b);
  return [{ text: str, endsLine: hasEOL, x, y, width, height: size }];
}

async function readInfo(pdf: PDFDocumentProxy): Promise<PdfImport['metadata']> {
  const { info } = await pdf.getMetadata();
  const field = (name: string) => {
    const value = (info as Record<string, unknown>)[name];
    const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().normalize('NFC') : '';
    return text ? shorten(text, MAX_META_LENGTH) : null;
  };
  const title = field('Title');
  return { title: title && !FILE_NAME_TITLE.test(title) ? title : null, byline: field('Author') };
}

function unreadable(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return 'the PDF is protected by a password. Open it, save or print an unprotected copy, and import that.';
  }
  if (name === 'InvalidPDFException') return 'this is not a readable PDF: the file is damaged, incomplete or not a PDF at all.';
  return `the PDF could not be read (${error instanceof Error ? error.message : String(error)}).`;
}
