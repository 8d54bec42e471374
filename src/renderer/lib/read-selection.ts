// Reads the DOM selection as a span of one article's Doc.text, whichever pane it is in.
// Each pane's article body carries data-article-id and data-pane; a selection that
// strays across two bodies is no selection.

import type { Article, Id } from '../../shared/model';
import { rangeToSpan, type TextSpan } from './dom-offsets';

export interface PaneSelection extends TextSpan {
  articleId: Id;
  pane: number;
  /** Where to float the "Tag claim" button, in the pane scroller's coordinates. */
  anchor: { top: number; left: number } | null;
}

const BODY = '.doc-body[data-article-id][data-pane]';
/** About the width of the selection toolbar, which is kept inside the pane. */
const FLOAT_WIDTH = 400;

function bodyOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>(BODY) ?? null;
}

export function readSelection(articles: Readonly<Record<Id, Article>>): PaneSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const body = bodyOf(range.startContainer);
  if (!body || body !== bodyOf(range.endContainer)) return null;
  const articleId = body.dataset.articleId ?? '';
  const article = articles[articleId];
  if (!article) return null;
  const span = rangeToSpan(body, range, article.doc.text);
  if (!span) return null;
  return { articleId, pane: Number(body.dataset.pane), ...span, anchor: floatAnchor(range, body.closest('.scroller')) };
}

/** Just below the end of the selection, kept inside the scroller. */
function floatAnchor(range: Range, scroller: Element | null): PaneSelection['anchor'] {
  if (!scroller) return null;
  const rects = range.getClientRects();
  const last = rects.item(rects.length - 1) ?? range.getBoundingClientRect();
  if (!last.width && !last.height) return null;
  const box = scroller.getBoundingClientRect();
  return {
    top: last.bottom - box.top + scroller.scrollTop + 8,
    left: Math.max(8, Math.min(last.right - box.left + scroller.scrollLeft - 24, scroller.clientWidth - FLOAT_WIDTH)),
  };
}
