// Walks a page's DOM into a DocBuilder. Only text nodes and the href of links are read:
// attributes such as event handlers are never looked at, and the elements below never
// contribute text or marks.

import type { BlockKind, MarkKind } from '../../shared/model';
import type { DocBuilder } from './doc-builder';
import { linkHref } from './links';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Code, embedded content, form controls and media: none of it is the article's words. */
const IGNORED = new Set([
  'script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'select', 'textarea', 'svg', 'template', 'canvas',
  'img', 'picture', 'video', 'audio', 'map', 'head', 'title', 'meta', 'link', 'base',
]);

const HEADING_LEVELS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Elements that give the blocks inside them their kind. */
const BLOCK_KINDS: Record<string, BlockKind> = {
  blockquote: 'quote',
  li: 'list-item',
  td: 'table-cell',
  th: 'table-cell',
  pre: 'preformatted',
};

/** Elements that only separate blocks; the text in them keeps the enclosing kind. */
const BOUNDARIES = new Set([
  'html', 'body', 'p', 'div', 'main', 'article', 'section', 'header', 'footer', 'aside', 'nav',
  'figure', 'figcaption', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody',
  'tfoot', 'tr', 'address', 'details', 'summary', 'hgroup', 'fieldset', 'legend', 'center', 'hr',
]);

const MARK_KINDS: Record<string, MarkKind> = {
  em: 'emphasis',
  i: 'emphasis',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
};

interface Walk {
  builder: DocBuilder;
  /** What relative links resolve against; without it they are dropped. */
  base: string | null;
  /** Inside <pre> every element is inline and line breaks are kept. */
  preformatted: boolean;
}

export function walkHtml(root: Node, builder: DocBuilder, base: string | null): void {
  walkChildren(root, { builder, base, preformatted: false });
}

function walkChildren(parent: Node, walk: Walk): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) walk.builder.append(child.nodeValue ?? '');
    else if (child.nodeType === ELEMENT_NODE) walkElement(child as Element, walk);
  }
}

function walkElement(element: Element, walk: Walk): void {
  const name = element.localName;
  if (IGNORED.has(name) || element.hasAttribute('hidden')) return;
  if (name === 'br') {
    walk.builder.lineBreak();
    return;
  }
  const block = walk.preformatted ? null : blockOf(name);
  const mark = markOf(element, walk);
  if (block) walk.builder.openBlock(block.kind, block.level);
  if (mark) walk.builder.openMark(mark.kind, mark.href);
  walkChildren(element, name === 'pre' ? { ...walk, preformatted: true } : walk);
  if (mark) walk.builder.closeMark();
  if (block) walk.builder.closeBlock();
}

function blockOf(name: string): { kind?: BlockKind; level?: number } | null {
  const level = HEADING_LEVELS[name];
  if (level) return { kind: 'heading', level };
  const kind = BLOCK_KINDS[name];
  if (kind) return { kind };
  return BOUNDARIES.has(name) ? {} : null;
}

function markOf(element: Element, walk: Walk): { kind: MarkKind; href?: string } | null {
  const name = element.localName;
  if (name === 'a') {
    const href = linkHref(element.getAttribute('href') ?? '', walk.base);
    return href ? { kind: 'link', href } : null;
  }
  const kind = MARK_KINDS[name];
  // A preformatted block is code already.
  if (!kind || (kind === 'code' && walk.preformatted)) return null;
  return { kind };
}
