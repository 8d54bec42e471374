// A saved web page: its metadata, then the article Readability finds in it, walked into
// the document model.
//
// Nothing from the page runs or loads. Pages are parsed by jsdom's DOMParser, which
// makes documents with scripting disabled and no window of their own: jsdom loads no
// script, frame, stylesheet or image for them and does not even parse their CSS. The
// one window behind the parser is built without runScripts and without resources.

import { Readability } from '@mozilla/readability';
import type { Doc } from '../../shared/model';
import { DocBuilder } from './doc-builder';
import { walkHtml } from './html-walker';
import { pageUrl } from './links';
import { completeMetadata, readMetadata, type PageMetadata, type ReadabilityGuesses } from './metadata';

export interface HtmlImport {
  doc: Doc;
  metadata: PageMetadata;
}

type ReadabilityArticle = ReadabilityGuesses & { content: Element | null | undefined };

let parser: DOMParser | undefined;

export async function htmlToArticle(html: string): Promise<HtmlImport> {
  const page = await parseHtml(html);
  const found = readMetadata(page);
  const base = linkBase(page, found.url);
  const article = findArticle(page);
  let doc = article?.content ? toDoc(article.content, base) : null;
  // Without an article (or with one made only of pictures), the page's own body is
  // read instead, through the same filter. Readability has changed `page`, so parse again.
  if (!doc?.text) doc = toDoc((await parseHtml(html)).body, base);
  return { doc, metadata: completeMetadata(found, article) };
}

/**
 * HTML read whole, without looking for an article in it: a Word document's HTML, or a
 * selection copied to the clipboard. The same parser and walker as for web pages, so
 * the same things never survive. Relative links have nothing to resolve against and go.
 */
export async function htmlToDoc(html: string): Promise<Doc> {
  return toDoc((await parseHtml(html)).body, null);
}

/**
 * One window serves every import: making a jsdom window costs more than parsing a page.
 * jsdom is loaded on the first page, not with this module: loading it takes most of a
 * second, which an import of plain text, Markdown or PDF need not wait for.
 */
async function parseHtml(html: string): Promise<Document> {
  parser ??= await newParser();
  return parser.parseFromString(html, 'text/html');
}

async function newParser(): Promise<DOMParser> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  return new new JSDOM('', { virtualConsole: new VirtualConsole() }).window.DOMParser();
}

/** Readability changes the page it reads; its content comes back as a live element. */
function findArticle(page: Document): ReadabilityArticle | null {
  try {
    return new Readability(page, { serializer: (node) => node as Element }).parse();
  } catch {
    // A page Readability trips over is still worth importing from its body.
    return null;
  }
}

function toDoc(root: Node | null, base: string | null): Doc {
  const builder = new DocBuilder();
  if (root) walkHtml(root, builder, base);
  return builder.build();
}

/** Relative links resolve against <base href> (itself relative to the page's URL), or the page's URL. */
function linkBase(page: Document, url: string | null): string | null {
  const base = page.querySelector('base[href]')?.getAttribute('href');
  return (base ? pageUrl(base, url) : null) ?? url;
}
