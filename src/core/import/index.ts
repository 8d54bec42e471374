// Importers: a file's bytes (or pasted text) in, a complete NewArticle out. Everything
// is computed before anything is returned, so a file that fails leaves nothing behind.

import { createHash } from 'node:crypto';
import type { ArticleFormat, Doc, NewArticle } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { checkDecodedText } from './content-checks';
import { isPlausiblePublication } from './dates';
import { decodeBytes } from './decode';
import { importFailure } from './failure';
import { htmlToArticle } from './html';
import { markdownToDoc } from './markdown';
import type { PageMetadata } from './metadata';
import { textToDoc } from './text';
import { fileStem, firstLineTitle, headingTitle, shorten } from './title';
import { countWords } from './word-count';

export interface ImportOptions {
  /** When the import happens; a page "published" later than this has a junk date. */
  now?: Date;
}

type FileFormat = Exclude<ArticleFormat, 'paste'>;

const FORMATS_BY_EXTENSION: Record<string, FileFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

const SUPPORTED = 'Claimdesk imports .html, .htm, .md, .txt';
const NO_METADATA: PageMetadata = { title: null, byline: null, outlet: null, publishedAt: null, url: null, language: null };
const MAX_PASTED_TITLE_LENGTH = 500;

export function importFile(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): NewArticle {
  const format = formatOf(fileName);
  const { text } = decodeBytes(bytes, { sniffDeclaration: format === 'html' });
  checkDecodedText(fileName, bytes.length, text);
  const { doc, metadata } = convert(format, text);
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

export function importPastedText(text: string, title: string | null): NewArticle {
  const doc = textToDoc(text);
  if (doc.text === '') throw new ClaimdeskError('import-failed', 'The pasted text is empty: there is nothing to import.');
  const given = title?.replace(/\s+/g, ' ').trim().normalize('NFC');
  return {
    title: given ? shorten(given, MAX_PASTED_TITLE_LENGTH) : (firstLineTitle(text) ?? 'Pasted text'),
    outlet: null,
    byline: null,
    url: null,
    publishedAt: null,
    format: 'paste',
    fileName: null,
    // The store keeps the pasted text as UTF-8: this is the hash of those bytes.
    sha256: sha256(text),
    wordCount: countWords(doc.text),
    language: null,
    doc,
  };
}

function formatOf(fileName: string): FileFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = FORMATS_BY_EXTENSION[extension];
  if (format) return format;
  const type = extension ? `".${extension}"` : '(the name has no extension)';
  throw importFailure(fileName, `unsupported file type ${type}. ${SUPPORTED}`);
}

function convert(format: FileFormat, text: string): { doc: Doc; metadata: PageMetadata } {
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

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
