// Reads the DOM selection as a span of one article's Doc.text, whichever pane it is in.
// Each pane's article body carries data-article-id and data-pane. A selection that
// cannot be tagged (it strays out of the text, across two panes, or holds only spaces)
// is read with the reason, so T can say why instead of doing nothing.

import type { Article, Id } from '../../shared/model';
import { rangeToSpan, type TextSpan } from './dom-offsets';

export interface PaneSelection extends TextSpan {
  articleId: Id;
  pane: number;
  /** Where to float the selection toolbar, in the pane scroller's coordinates. */
  anchor: { top: number; left: number } | null;
}

export type SelectionReading =
  | { kind: 'none' }
  | { kind: 'usable'; selection: PaneSelection }
  | { kind: 'unusable'; reason: string };

const BODY = '.doc-body[data-article-id][data-pane]';
/** About the size of the selection toolbar, which is kept inside the pane. */
const FLOAT_WIDTH = 400;
const FLOAT_HEIGHT = 36;
const FLOAT_GAP = 8;

export const REASONS = {
  outside: 'the selected words are not in an article’s text. Select the words of the claim in the body of an article.',
  strays: 'the selection runs out of the article’s text. Select the words again, from the first word of the claim to its last.',
  twoPanes: 'the selection spans two panes. Select words within one article.',
  loading: 'the article is still loading. Try again in a moment.',
  blank: 'the selection holds only spaces. Select the words of the claim.',
} as const;

function bodyOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>(BODY) ?? null;
}

export function readSelection(articles: Readonly<Record<Id, Article>>): SelectionReading {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { kind: 'none' };
  const range = selection.getRangeAt(0);
  const startBody = bodyOf(range.startContainer);
  const endBody = bodyOf(range.endContainer);
  if (!startBody && !endBody) return unusable('outside');
  if (!startBody || !endBody) return unusable('strays');
  if (startBody !== endBody) return unusable('twoPanes');
  const articleId = startBody.dataset.articleId ?? '';
  const article = articles[articleId];
  if (!article) return unusable('loading');
  const span = rangeToSpan(startBody, range, article.doc.text);
  if (!span) return unusable('blank');
  const anchor = floatAnchor(range, startBody.closest('.scroller'));
  return { kind: 'usable', selection: { articleId, pane: Number(startBody.dataset.pane), ...span, anchor } };
}

function unusable(why: keyof typeof REASONS): SelectionReading {
  return { kind: 'unusable', reason: REASONS[why] };
}

/**
 * Above the first line of the selection, where the pointer that made it has already
 * passed; below the last line when the first is at the top of the view. Kept inside
 * the scroller.
 */
function floatAnchor(range: Range, scroller: Element | null): PaneSelection['anchor'] {
  if (!scroller) return null;
  const rects = range.getClientRects();
  const first = rects.item(0) ?? range.getBoundingClientRect();
  const last = rects.item(rects.length - 1) ?? first;
  if (!first.width && !first.height) return null;
  const box = scroller.getBoundingClientRect();
  const roomAbove = first.top - box.top >= FLOAT_HEIGHT + FLOAT_GAP;
  const top = roomAbove ? first.top - FLOAT_HEIGHT - FLOAT_GAP : last.bottom + FLOAT_GAP;
  const left = roomAbove ? first.left : last.right - 24;
  return {
    top: top - box.top + scroller.scrollTop,
    left: Math.max(8, Math.min(left - box.left + scroller.scrollLeft, scroller.clientWidth - FLOAT_WIDTH)),
  };
}
