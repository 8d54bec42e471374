// Splits one block of an article into runs: stretches of text over which the set of
// formatting marks and claim highlights does not change. The article pane renders one
// run as one text node wrapped in its marks, so overlapping ranges always render.

import type { Mark } from '../../shared/model';

/** One claim's appearance over Doc.text, as the article pane draws it. */
export interface Highlight {
  claimId: string;
  start: number;
  end: number;
  /** Larger is more recent; the most recent claim colours a shared stretch. */
  order: number;
  /** Drawn with a dashed underline: the anchor was found by fuzzy search. */
  fuzzy?: boolean;
}

export interface Run {
  start: number;
  end: number;
  /** Formatting marks covering the whole run, in the order they were given. */
  marks: Mark[];
  /** Highlights covering the whole run, most recent first. */
  highlights: Highlight[];
}

interface Range {
  start: number;
  end: number;
}

/**
 * Cuts [range.start, range.end) at every mark and highlight boundary inside it.
 * Marks and highlights may overlap each other and the range's edges; empty ranges
 * are ignored. Runs are contiguous and cover the range exactly.
 */
export function splitRuns(range: Range, marks: readonly Mark[], highlights: readonly Highlight[]): Run[] {
  const { start, end } = range;
  if (end <= start) return [];
  const inside = <T extends Range>(items: readonly T[]) =>
    items.filter((item) => item.end > item.start && item.end > start && item.start < end);
  const ms = inside(marks);
  const hs = inside(highlights).sort((a, b) => b.order - a.order);

  const cuts = new Set<number>([start, end]);
  for (const item of [...ms, ...hs]) {
    if (item.start > start) cuts.add(item.start);
    if (item.end < end) cuts.add(item.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const covers = (item: Range) => item.start <= a && item.end >= b;
    runs.push({ start: a, end: b, marks: ms.filter(covers), highlights: hs.filter(covers) });
  }
  return runs;
}

/**
 * Hands each block the ranges (highlights or marks) that touch it, in one pass over
 * sorted blocks: a long article with a thousand claims must not cost blocks × claims.
 * Blocks must be sorted by start and must not overlap, as Doc.blocks are.
 */
export function rangesByBlock<T extends Range>(blocks: readonly Range[], ranges: readonly T[]): T[][] {
  const out = blocks.map((): T[] => []);
  for (const range of ranges) {
    if (range.end <= range.start) continue;
    for (let i = firstBlockEndingAfter(blocks, range.start); i < blocks.length && blocks[i]!.start < range.end; i++) {
      out[i]!.push(range);
    }
  }
  return out;
}

function firstBlockEndingAfter(blocks: readonly Range[], offset: number): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
