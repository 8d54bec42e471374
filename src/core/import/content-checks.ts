// Refuses what is not text before an importer sees it, so nothing half-converted
// comes out of a binary or empty file.

import { SUPPORTED_FILE_TYPES } from '../../shared/import-formats';
import { importFailure } from './failure';

/** Control characters that text does not contain (tab, line and page breaks aside). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
/**
 * Random bytes read as windows-1252 give about 13% control characters; text, even a
 * terminal log full of colour codes, stays well under 10%.
 */
const MAX_CONTROL_SHARE = 0.1;
/** The share is measured on the start of the file: binary formats show it at once. */
const SAMPLE_LENGTH = 65_536;

/** Empty files are refused before decoding, for every format. */
export function checkDecodedText(fileName: string, text: string): void {
  if (looksBinary(text)) throw importFailure(fileName, `looks like a binary file, not text. ${SUPPORTED_FILE_TYPES}`);
  if (!/\S/.test(text)) throw importFailure(fileName, 'the file is empty: it contains only whitespace.');
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, SAMPLE_LENGTH);
  const controls = sample.match(CONTROL_CHARACTER)?.length ?? 0;
  return controls > sample.length * MAX_CONTROL_SHARE;
}
