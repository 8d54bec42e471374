// Narrowing a whole-case collection (thousands of sources, tens of thousands of claims)
// to what a dialog can show: the items holding every word typed, the first hundred
// of them, and how many more matched, so the dialog can say that typing narrows more.

export interface Narrowed<T> {
  shown: T[];
  /** How many more items match than are shown. */
  more: number;
}

/** More rows than a dialog shows at once, few enough to render without a pause. */
export const SHOWN_AT_MOST = 100;

/**
 * The items whose text (lower-cased by `textOf`) holds every word of `query`, in their
 * order; `keep` is shown first even when it does not match (the current choice).
 */
export function narrowByWords<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  query: string,
  { limit = SHOWN_AT_MOST, keep }: { limit?: number; keep?: T } = {},
): Narrowed<T> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown: T[] = keep === undefined ? [] : [keep];
  let more = 0;
  for (const item of items) {
    if (item === keep || !words.every((word) => textOf(item).includes(word))) continue;
    if (shown.length < limit) shown.push(item);
    else more++;
  }
  return { shown, more };
}
