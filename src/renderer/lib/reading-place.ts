// Where the reader is in an article, as the text offset of the block at the top of its
// pane rather than pixels: a place that holds whatever the pane's width or text size, and
// that a long article drawn slice by slice can return to as soon as that block is drawn.

const BLOCKS = '[data-block-start]';

/** The start of the first block still in view at the top of the scroller; 0 at the very top. */
export function placeAtTop(scroller: HTMLElement, root: ParentNode): number {
  if (scroller.scrollTop <= 0) return 0;
  const top = scroller.getBoundingClientRect().top;
  const blocks = root.querySelectorAll<HTMLElement>(BLOCKS);
  // Blocks are in text order, and so top to bottom: the first whose bottom is below the top edge.
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.getBoundingClientRect().bottom > top) {
      found = middle;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  const block = blocks[found] ?? blocks[blocks.length - 1];
  return block ? Number(block.dataset.blockStart) : 0;
}

/** The block a place falls in, among those drawn: the last one starting at or before it. */
export function blockAtPlace(root: ParentNode, place: number): HTMLElement | null {
  let chosen: HTMLElement | null = null;
  for (const block of root.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (Number(block.dataset.blockStart) > place) break;
    chosen = block;
  }
  return chosen;
}
