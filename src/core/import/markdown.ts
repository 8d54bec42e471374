// Markdown: marked's tokens become blocks and marks; nothing is rendered to HTML, and
// raw HTML in the source only gives up its words.

import { Marked, type MarkedToken, type Token } from 'marked';
import type { BlockKind, Doc, MarkKind } from '../../shared/model';
import { DocBuilder } from './doc-builder';
import { decodeReferences, htmlToPlainText, isLineBreakTag } from './html-text';
import { linkHref } from './links';

// An instance of our own: extensions other code adds to the shared `marked` stay out.
const markdown = new Marked({ gfm: true });

export function markdownToDoc(source: string): Doc {
  const builder = new DocBuilder();
  walkBlocks(markdown.lexer(source), builder);
  return builder.build();
}

function walkBlocks(tokens: Token[], builder: DocBuilder): void {
  for (const token of tokens) walkBlock(token as MarkedToken, builder);
}

function walkBlock(token: MarkedToken, builder: DocBuilder): void {
  switch (token.type) {
    case 'heading':
      inBlock(builder, () => walkInline(token.tokens, builder), 'heading', token.depth);
      return;
    case 'paragraph':
      inBlock(builder, () => walkInline(token.tokens, builder));
      return;
    case 'text':
      // Tight list items hold their words in block-level text tokens.
      inBlock(builder, () => walkInline([token], builder));
      return;
    case 'blockquote':
      inBlock(builder, () => walkBlocks(token.tokens, builder), 'quote');
      return;
    case 'list':
      for (const item of token.items) inBlock(builder, () => walkBlocks(item.tokens, builder), 'list-item');
      return;
    case 'code':
      inBlock(builder, () => builder.append(token.text), 'preformatted');
      return;
    case 'table':
      for (const cell of [...token.header, ...token.rows.flat()]) {
        inBlock(builder, () => walkInline(cell.tokens, builder), 'table-cell');
      }
      return;
    case 'html':
      inBlock(builder, () => builder.append(htmlToPlainText(token.text)));
      return;
    default:
      // space, hr, def (link definitions) and checkboxes carry no words.
      return;
  }
}

function walkInline(tokens: Token[], builder: DocBuilder): void {
  for (const token of tokens as MarkedToken[]) {
    switch (token.type) {
      case 'text':
        if (token.tokens) walkInline(token.tokens, builder);
        else builder.append(decodeReferences(token.text));
        break;
      case 'escape':
        builder.append(token.text);
        break;
      case 'codespan':
        inMark(builder, 'code', () => builder.append(token.text));
        break;
      case 'strong':
        inMark(builder, 'strong', () => walkInline(token.tokens, builder));
        break;
      case 'em':
        inMark(builder, 'emphasis', () => walkInline(token.tokens, builder));
        break;
      case 'del':
        walkInline(token.tokens, builder);
        break;
      case 'link': {
        const href = linkHref(token.href, null);
        if (href) inMark(builder, 'link', () => walkInline(token.tokens, builder), href);
        else walkInline(token.tokens, builder);
        break;
      }
      case 'br':
        builder.lineBreak();
        break;
      case 'html':
        if (isLineBreakTag(token.text)) builder.lineBreak();
        break;
      default:
        // Images: alt text is not part of the article's words, as in HTML import.
        break;
    }
  }
}

function inBlock(builder: DocBuilder, write: () => void, kind?: BlockKind, level?: number): void {
  builder.openBlock(kind, level);
  write();
  builder.closeBlock();
}

function inMark(builder: DocBuilder, kind: MarkKind, write: () => void, href?: string): void {
  builder.openMark(kind, href);
  write();
  builder.closeMark();
}
