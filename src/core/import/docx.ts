// A Word document: mammoth turns its structure (headings, lists, emphasis, links,
// tables) into HTML, and that HTML goes through the same walker as a web page. The
// whole file is the article, so Readability is not asked to find one in it.

import type { Doc } from '../../shared/model';
import { importFailure } from './failure';
import { htmlToDoc } from './html';
import { htmlNestingProblem } from './nesting';
import { zipBoundsProblem } from './zip-bounds';

/** Mammoth's default map leaves Word's "Title" paragraph style a plain paragraph. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

export async function docxToDoc(fileName: string, bytes: Uint8Array): Promise<Doc> {
  const tooLarge = zipBoundsProblem(bytes);
  if (tooLarge) throw importFailure(fileName, tooLarge);
  // Loaded with the first Word document, not with the importers: other formats need not wait for it.
  const { default: mammoth } = await import('mammoth');
  /** Pictures are not words: an empty src spares encoding every image as a data URL. */
  const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Linked files (an image "inserted as link") are never read from this machine.
      { styleMap: STYLE_MAP, convertImage: skipImages, externalFileAccess: false },
    );
    html = result.value;
  } catch {
    // Mammoth's own words are about zip directories and XML parts, which tell a reader nothing.
    throw importFailure(fileName, 'this is not a readable Word document: the file is damaged, or not a .docx (an old .doc must be saved as .docx first).');
  }
  // Tables in tables come out of mammoth as deep as they went in.
  const tooDeep = htmlNestingProblem(html);
  if (tooDeep) throw importFailure(fileName, tooDeep);
  return htmlToDoc(html);
}
