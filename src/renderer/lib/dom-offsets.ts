// Maps a DOM selection in the article pane back to offsets in Doc.text.
//
// The pane renders every run of text as <span data-offset="N">text</span>, where N is
// the run's start in Doc.text and the span holds exactly one text node. Blocks are
// separated by "\n\n" in Doc.text but not in the DOM; because each span carries its own
// absolute offset, the gaps never need counting.

/** The attribute a rendered text run carries: its start offset in Doc.text. */
export const OFFSET_ATTR = 'data-offset';
const SEGMENT_SELECTOR = `[${OFFSET_ATTR}]`;

export interface TextSpan {
  start: number;
  end: number;
}

/** Moves start and end inwards past whitespace; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): TextSpan | null {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(text.length, Math.max(start, end));
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return a < b ? { start: a, end: b } : null;
}

function segmentStart(el: Element): number | null {
  const value = Number(el.getAttribute(OFFSET_ATTR));
  return Number.isInteger(value) && value >= 0 ? value : null;
}

/** The segment span whose only content is this text node, if any. */
function segmentOf(node: Node): Element | null {
  const parent = node.parentElement;
  return node.nodeType === Node.TEXT_NODE && parent?.hasAttribute(OFFSET_ATTR) ? parent : null;
}

/**
 * The Doc.text offset of a DOM point. A point inside a segment's text maps exactly;
 * any other point (between elements, in a gap, outside the root) maps to the nearest
 * segment edge in the given direction: forward for a range's start, backward for its
 * end. Null when no segment lies in that direction.
 */
export function pointToOffset(root: Element, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const segment = segmentOf(node);
  if (segment) {
    const base = segmentStart(segment);
    if (base === null) return null;
    return base + Math.min(offset, node.textContent?.length ?? 0);
  }
  const doc = root.ownerDocument;
  const point = doc.createRange();
  point.setStart(node, offset);
  const segments = root.querySelectorAll(SEGMENT_SELECTOR);
  if (edge === 'start') {
    for (const el of segments) {
      // The first segment that begins at or after the point.
      if (point.comparePoint(el, 0) >= 0) return segmentStart(el);
    }
    return null;
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    const el = segments[i]!;
    // The last segment that ends at or before the point.
    if (point.comparePoint(el, el.childNodes.length) <= 0) {
      const base = segmentStart(el);
      return base === null ? null : base + (el.textContent?.length ?? 0);
    }
  }
  return null;
}

/**
 * The Doc.text span a DOM range covers inside root, trimmed of whitespace at its
 * edges. Null when the range is collapsed, touches root at neither end, or covers only
 * whitespace.
 */
export function rangeToSpan(root: Element, range: Range, text: string): TextSpan | null {
  if (range.collapsed) return null;
  if (!root.contains(range.startContainer) && !root.contains(range.endContainer)) return null;
  const start = pointToOffset(root, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return trimSpan(text, start, end);
}

/** The first rendered text segment covering a Doc.text offset, for scrolling to it. */
export function segmentAt(root: Element, offset: number): Element | null {
  let best: Element | null = null;
  for (const el of root.querySelectorAll(SEGMENT_SELECTOR)) {
    const start = segmentStart(el);
    if (start === null) continue;
    if (start <= offset) best = el;
    else break;
  }
  return best;
}

/** A DOM range over [start, end) of Doc.text, to select it on screen; null when not rendered. */
export function spanToRange(root: Element, start: number, end: number): Range | null {
  const point = (offset: number): [Node, number] | null => {
    const el = segmentAt(root, offset);
    const base = el ? segmentStart(el) : null;
    const node = el?.firstChild;
    if (!node || base === null) return null;
    return [node, Math.min(offset - base, node.textContent?.length ?? 0)];
  };
  const from = point(start);
  const to = point(end);
  if (!from || !to || end <= start) return null;
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  return range;
}
