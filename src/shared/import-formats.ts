// Which files Claimdesk imports, by their extension. Shared so the importers, the CLI's
// folder walk and the renderer's file picker agree on one list.

import type { ArticleFormat } from './model';

/** Formats that come from a file; 'paste' comes from the clipboard. */
export type FileFormat = Exclude<ArticleFormat, 'paste'>;

// A Map, not an object literal: a file named "x.constructor" must not find Object's own keys.
const FORMATS_BY_EXTENSION = new Map<string, FileFormat>([
  ['txt', 'text'],
  ['text', 'text'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
  ['pdf', 'pdf'],
  ['docx', 'docx'],
]);

/** Every extension imported, without the dot: for file pickers and folder walks. */
export const IMPORT_EXTENSIONS: readonly string[] = [...FORMATS_BY_EXTENSION.keys()];

/** Said wherever a file is refused for its type. */
export const SUPPORTED_FILE_TYPES = 'Claimdesk imports .html, .htm, .md, .txt, .pdf, .docx';

/** "Report.Final.PDF" → "pdf"; '' when the name has no extension. */
export function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

/** The format a file is imported as, or null when Claimdesk does not read its type. */
export function fileFormatOf(fileName: string): FileFormat | null {
  return FORMATS_BY_EXTENSION.get(extensionOf(fileName)) ?? null;
}

/** Why a file found in a folder is left out: its type, said with what Claimdesk does read. */
export function unsupportedReason(fileName: string): string {
  const extension = extensionOf(fileName);
  const what = extension ? `.${extension} files are not read` : 'a file without an extension is not read';
  return `Skipped: ${what}. ${SUPPORTED_FILE_TYPES}.`;
}
