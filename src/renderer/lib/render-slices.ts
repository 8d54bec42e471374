// A long article is put on screen a slice per frame, so the window never freezes. A fixed
// slice is wrong both ways: 120 paragraphs cost a 400 ms task on a loaded two-core
// machine, and a handful crawl on a fast one. So the next slice is sized by what the
// last one cost, to fill a frame's budget and no more.

/** Groups in the first slice: a screenful or two of paragraphs, drawn with the pane. */
export const FIRST_SLICE = 24;

/** Milliseconds of rendering a frame may spend: leaves room for layout and paint under 50 ms. */
export const SLICE_BUDGET_MS = 20;

const MIN_SLICE = 4;
const MAX_SLICE = 400;
/** How fast a slice may grow from one frame to the next: one cheap frame proves little. */
const MAX_GROWTH = 2;

/** The size of the next slice, from the size of the last and the milliseconds it took. */
export function nextSliceSize(size: number, spentMs: number, budgetMs = SLICE_BUDGET_MS): number {
  const fitting = spentMs > 0 ? Math.floor((size * budgetMs) / spentMs) : size * MAX_GROWTH;
  return Math.max(MIN_SLICE, Math.min(MAX_SLICE, size * MAX_GROWTH, fitting));
}
