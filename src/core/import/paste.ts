// What comes from the clipboard: plain text, or the HTML a browser or word processor
// copies with a selection. The store keeps what was pasted as UTF-8, so the hash is of
// those bytes.

import type { Doc, NewArticle } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { sha256 } from './hash';
import { htmlToDoc } from './html';
import { htmlNestingProblem } from './nesting';
import { textToDoc } from './text';
import { firstLineTitle, headingTitle, shorten } from './title';
import { countWords } from './word-count';

const MAX_PASTED_TITLE_LENGTH = 500;
const DEFAULT_TITLE = 'Pasted text';

export function importPastedText(text: string, title: string | null): NewArticle {
  const doc = textToDoc(text);
  return pasted(doc, text, givenTitle(title) ?? firstLineTitle(text) ?? DEFAULT_TITLE);
}

/** Rich paste: the HTML is walked like a web page's, so nothing in it runs or survives but words and safe links. */
export async function importPastedHtml(html: string, title: string | null): Promise<NewArticle> {
  const tooDeep = htmlNestingProblem(html);
  if (tooDeep) throw new ClaimdeskError('import-failed', `The pasted text could not be imported: ${tooDeep}`);
  const doc = await htmlToDoc(html);
  return pasted(doc, html, givenTitle(title) ?? headingTitle(doc) ?? firstLineTitle(doc.text) ?? DEFAULT_TITLE);
}

function pasted(doc: Doc, original: string, title: string): NewArticle {
  if (doc.text === '') throw new ClaimdeskError('import-failed', 'The pasted text is empty: there is nothing to import.');
  return {
    title,
    outlet: null,
    byline: null,
    url: null,
    publishedAt: null,
    format: 'paste',
    fileName: null,
    sha256: sha256(original),
    wordCount: countWords(doc.text),
    language: null,
    doc,
  };
}

function givenTitle(title: string | null): string | null {
  const given = title?.replace(/\s+/g, ' ').trim().normalize('NFC');
  return given ? shorten(given, MAX_PASTED_TITLE_LENGTH) : null;
}
