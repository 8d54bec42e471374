// Importers: a file's bytes (or pasted text) in, a complete NewArticle out. Everything
// is computed before anything is returned, so a file that fails leaves nothing behind.

import { extensionOf, fileFormatOf, SUPPORTED_FILE_TYPES, type FileFormat } from '../../shared/import-formats';
import type { NewArticle } from '../../shared/model';
import { checkDecodedText } from './content-checks';
import { isPlausiblePublication } from './dates';
import { decodeBytes } from './decode';
import { docxToDoc } from './docx';
import { importFailure } from './failure';
import { sha256 } from './hash';
import { htmlToArticle, type HtmlImport } from './html';
import { markdownToDoc } from './markdown';
import { htmlNestingProblem, markdownNestingProblem } from './nesting';
import type { PageMetadata } from './metadata';
import { pdfToArticle } from './pdf';
import { textToDoc } from './text';
import { fileStem, firstLineTitle, headingTitle } from './title';
import { countWords } from './word-count';

export { importPastedHtml, importPastedText } from './paste';

export interface ImportOptions {
  /** When the import happens; a page "published" later than this has a junk date. */
  now?: Date;
  /** Told as a long file advances: a PDF page by page. */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  done: number;
  total: number;
}

const NO_METADATA: PageMetadata = { title: null, byline: null, outlet: null, publishedAt: null, url: null, language: null };

export async function importFile(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<NewArticle> {
  const format = formatOf(fileName);
  if (bytes.length === 0) throw importFailure(fileName, 'the file is empty (0 bytes).');
  const { doc, metadata } = await convert(format, fileName, bytes, options.onProgress);
  if (doc.text === '') throw importFailure(fileName, 'no readable text was found in it.');
  const publishedAt = metadata.publishedAt;
  return {
    title: metadata.title ?? headingTitle(doc) ?? fileStem(fileName),
    outlet: metadata.outlet,
    byline: metadata.byline,
    url: metadata.url,
    publishedAt: publishedAt && isPlausiblePublication(publishedAt, options.now ?? new Date()) ? publishedAt : null,
    format,
    fileName,
    sha256: sha256(bytes),
    wordCount: countWords(doc.text),
    language: metadata.language,
    doc,
  };
}

function formatOf(fileName: string): FileFormat {
  const format = fileFormatOf(fileName);
  if (format) return format;
  const extension = extensionOf(fileName);
  const type = extension ? `".${extension}"` : '(the name has no extension)';
  throw importFailure(fileName, `unsupported file type ${type}. ${SUPPORTED_FILE_TYPES}`);
}

async function convert(
  format: FileFormat,
  fileName: string,
  bytes: Uint8Array,
  onProgress: ImportOptions['onProgress'],
): Promise<HtmlImport> {
  switch (format) {
    case 'pdf': {
      const { doc, metadata } = await pdfToArticle(fileName, bytes, onProgress);
      return { doc, metadata: { ...NO_METADATA, ...metadata, title: metadata.title ?? firstLineTitle(doc.text) } };
    }
    case 'docx':
      return { doc: await docxToDoc(fileName, bytes), metadata: NO_METADATA };
    default:
      return convertText(format, fileName, bytes);
  }
}

/** Text formats are decoded first, and refused when the bytes are not text. */
async function convertText(format: 'html' | 'markdown' | 'text', fileName: string, bytes: Uint8Array): Promise<HtmlImport> {
  const { text } = decodeBytes(bytes, { sniffDeclaration: format === 'html' });
  checkDecodedText(fileName, text);
  const tooDeep = format === 'html' ? htmlNestingProblem(text) : format === 'markdown' ? markdownNestingProblem(text) : null;
  if (tooDeep) throw importFailure(fileName, tooDeep);
  switch (format) {
    case 'html':
      return htmlToArticle(text);
    case 'markdown': {
      const doc = markdownToDoc(text);
      return { doc, metadata: { ...NO_METADATA, title: headingTitle(doc) ?? firstLineTitle(doc.text) } };
    }
    case 'text':
      return { doc: textToDoc(text), metadata: { ...NO_METADATA, title: firstLineTitle(text) } };
  }
}
