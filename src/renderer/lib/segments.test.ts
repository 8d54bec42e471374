import { describe, expect, it } from 'vitest';
import type { Mark } from '../../shared/model';
import { rangesByBlock, splitRuns, type Highlight } from './segments';

const h = (claimId: string, start: number, end: number, order: number): Highlight => ({ claimId, start, end, order });

describe('splitRuns', () => {
  it('returns one plain run when nothing covers the block', () => {
    expect(splitRuns({ start: 10, end: 20 }, [], [])).toEqual([{ start: 10, end: 20, marks: [], highlights: [] }]);
  });

  it('returns nothing for an empty block', () => {
    expect(splitRuns({ start: 5, end: 5 }, [], [h('a', 0, 9, 1)])).toEqual([]);
  });

  it('runs are contiguous and cover the block exactly', () => {
    const marks: Mark[] = [
      { kind: 'emphasis', start: 3, end: 12 },
      { kind: 'link', start: 8, end: 30, href: 'https://example.org' },
    ];
    const runs = splitRuns({ start: 0, end: 25 }, marks, [h('a', 5, 9, 1), h('b', 7, 40, 2)]);
    expect(runs[0]!.start).toBe(0);
    expect(runs.at(-1)!.end).toBe(25);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.start).toBe(runs[i - 1]!.end);
    expect(runs.every((r) => r.end > r.start)).toBe(true);
  });

  it('cuts at every boundary inside the block and clips ranges at its edges', () => {
    const runs = splitRuns({ start: 10, end: 20 }, [{ kind: 'strong', start: 0, end: 12 }], [h('a', 15, 99, 1)]);
    expect(runs.map((r) => [r.start, r.end])).toEqual([
      [10, 12],
      [12, 15],
      [15, 20],
    ]);
    expect(runs[0]!.marks.map((m) => m.kind)).toEqual(['strong']);
    expect(runs[1]!.marks).toEqual([]);
    expect(runs[2]!.highlights.map((x) => x.claimId)).toEqual(['a']);
  });

  it('keeps overlapping highlights, most recent first', () => {
    const runs = splitRuns({ start: 0, end: 10 }, [], [h('old', 0, 6, 1), h('new', 4, 10, 2)]);
    expect(runs.map((r) => r.highlights.map((x) => x.claimId))).toEqual([['old'], ['new', 'old'], ['new']]);
  });

  it('handles a highlight nested inside another', () => {
    const runs = splitRuns({ start: 0, end: 10 }, [], [h('outer', 0, 10, 2), h('inner', 3, 5, 1)]);
    expect(runs.map((r) => [r.start, r.end, r.highlights.map((x) => x.claimId)])).toEqual([
      [0, 3, ['outer']],
      [3, 5, ['outer', 'inner']],
      [5, 10, ['outer']],
    ]);
  });

  it('ignores empty marks and ranges outside the block', () => {
    const runs = splitRuns(
      { start: 10, end: 20 },
      [
        { kind: 'code', start: 12, end: 12 },
        { kind: 'code', start: 0, end: 10 },
      ],
      [h('x', 20, 30, 1)],
    );
    expect(runs).toEqual([{ start: 10, end: 20, marks: [], highlights: [] }]);
  });
});

describe('rangesByBlock', () => {
  const blocks = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 22, end: 30 },
  ];

  it('gives each block the ranges that touch it, and a range across blocks to each', () => {
    const all = [h('a', 2, 5, 1), h('b', 8, 25, 2), h('c', 10, 12, 3), h('d', 29, 31, 4)];
    expect(rangesByBlock(blocks, all).map((list) => list.map((x) => x.claimId))).toEqual([['a', 'b'], ['b'], ['b', 'd']]);
  });

  it('matches a direct overlap check on many ranges', () => {
    const many = Array.from({ length: 300 }, (_, i) => h(String(i), (i * 7) % 31, ((i * 7) % 31) + (i % 9), i));
    const direct = blocks.map((b) => many.filter((x) => x.end > x.start && x.end > b.start && x.start < b.end));
    expect(rangesByBlock(blocks, many)).toEqual(direct);
  });
});
