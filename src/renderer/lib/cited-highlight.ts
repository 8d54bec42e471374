// Passages cited as evidence are drawn with the CSS Custom Highlight API (styled as
// ::highlight(cited-passage) in app.css): no element is added to the text, so the
// offsets the selection reads and the claim highlights stay as they are.

const NAME = 'cited-passage';
let shared: Highlight | null = null;

function highlight(): Highlight | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return null;
  if (!shared) {
    shared = new Highlight();
    CSS.highlights.set(NAME, shared);
  }
  return shared;
}

/** Draws the ranges as cited until the returned function is called. */
export function showCited(ranges: readonly Range[]): () => void {
  const drawn = highlight();
  if (!drawn) return () => {};
  for (const range of ranges) drawn.add(range);
  return () => {
    for (const range of ranges) drawn.delete(range);
  };
}
