// Analyst Markdown as HTML that cannot run, fetch or restyle anything: marked renders
// it, DOMPurify keeps only inert HTML, and a hook keeps only links a reader can follow.
// Most rationales are prose, with emphasis, code and lists at most: for those marked
// writes no tag and no attribute DOMPurify would take out, so they skip it. A report of
// 50,000 claims would otherwise build 50,000 documents in jsdom.

import { createRequire } from 'node:module';
import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import type * as Jsdom from 'jsdom';
import { Marked, type MarkedToken, type Token, type TokensList } from 'marked';
import { safeHref } from './safe-url';

const markdown = new Marked({ gfm: true, breaks: false });

const SANITIZE = {
  // HTML only: SVG and MathML bring their own ways to link and script.
  USE_PROFILES: { html: true },
  // Forms and media could fetch or submit; style blocks could pull in remote resources.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'audio', 'video', 'source', 'track', 'picture'],
  // id, name and class could impersonate the report's own anchors and verdict badges.
  FORBID_ATTR: ['style', 'id', 'name', 'class', 'srcset', 'poster', 'background', 'action', 'formaction', 'ping'],
};

const ELEMENT_NODE = 1;
/** Images may only be embedded: the report makes no requests (its CSP allows img-src data: only). */
const EMBEDDED_IMAGE = /^data:image\//i;

let purifier: DOMPurify | null = null;

export function markdownToSafeHtml(source: string): string {
  const tokens = markdown.lexer(source);
  const html = markdown.parser(tokens);
  return writesOnlyPlainTags(tokens) ? html : sanitizer().sanitize(html);
}

/**
 * What marked writes for these, with the text escaped, is tags DOMPurify keeps as they
 * are, without attributes (but an ordered list's start). Raw HTML, links, images, link
 * definitions, tables, task lists and code with a language (which marked gives a class)
 * go through DOMPurify.
 */
const PLAIN_TOKENS: ReadonlySet<string> = new Set([
  'space', 'paragraph', 'text', 'escape', 'strong', 'em', 'codespan', 'br', 'del', 'heading', 'blockquote', 'hr', 'list', 'list_item',
]);

function writesOnlyPlainTags(tokens: TokensList | Token[]): boolean {
  for (const token of tokens as MarkedToken[]) {
    if (token.type === 'code' ? token.lang !== undefined && token.lang !== '' : !PLAIN_TOKENS.has(token.type)) return false;
    if (token.type === 'list_item' && token.task) return false;
    if ('tokens' in token && token.tokens && !writesOnlyPlainTags(token.tokens)) return false;
    if (token.type === 'list' && !writesOnlyPlainTags(token.items)) return false;
  }
  return true;
}

/**
 * One DOM and one configuration for the life of the process: building either is the slow
 * part. jsdom is loaded here, with the first rationale that needs it, not with this module:
 * loading it takes most of a second, which every command line and app start would pay.
 */
function sanitizer(): DOMPurify {
  if (purifier === null) {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof Jsdom;
    purifier = createDOMPurify(new JSDOM('').window as unknown as WindowLike);
    purifier.setConfig(SANITIZE);
    purifier.addHook('afterSanitizeAttributes', keepSafeUrls);
  }
  return purifier;
}

function keepSafeUrls(node: Node): void {
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  const href = element.getAttribute('href');
  if (href !== null) {
    const safe = element.tagName === 'A' ? (href.startsWith('#') ? href : safeHref(href)) : null;
    if (safe === null) {
      element.removeAttribute('href');
    } else {
      element.setAttribute('href', safe);
      element.setAttribute('rel', 'noopener noreferrer');
    }
  }
  const src = element.getAttribute('src');
  if (src !== null && !(element.tagName === 'IMG' && EMBEDDED_IMAGE.test(src))) element.removeAttribute('src');
}
