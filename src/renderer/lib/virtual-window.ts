// Which rows of a long list are on screen. A list of 50,000 claims renders the few dozen
// rows a reader can see; the rest are empty space of the height they would take. Rows
// measured once rendered keep their height, the others count at an estimate.

/** Rows rendered beyond each edge of the window, so a short scroll never shows a gap. */
export const OVERSCAN = 8;

/**
 * Where each row starts, from the top of the list; one more entry at the end: the list's
 * height. `gap` is the space between two rows.
 */
export function rowOffsets(count: number, heightOf: (index: number) => number, gap = 0): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let index = 0; index < count; index++) offsets[index + 1] = offsets[index]! + heightOf(index) + (index < count - 1 ? gap : 0);
  return offsets;
}

export interface RowRange {
  /** The first row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
}

/** The rows that meet the window from `top` to `bottom` (in the list's coordinates), with `overscan` more each side. */
export function visibleRows(offsets: Float64Array, top: number, bottom: number, overscan = OVERSCAN): RowRange {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = rowAt(offsets, Math.max(0, top));
  const last = rowAt(offsets, Math.max(top, bottom));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

/** The row under a point of the list: the last row starting at or above it (binary search). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= y) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/**
 * The scroll position that shows a row whole while moving as little as possible, as
 * scrollIntoView({ block: 'nearest' }) does; null when it is shown already.
 */
export function scrollToShow(offsets: Float64Array, index: number, top: number, height: number): number | null {
  const rowTop = offsets[index] ?? 0;
  const rowBottom = offsets[index + 1] ?? rowTop;
  if (rowTop < top) return rowTop;
  if (rowBottom > top + height) return Math.min(rowTop, rowBottom - height);
  return null;
}
