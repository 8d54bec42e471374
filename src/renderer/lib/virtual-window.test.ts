import { describe, expect, it } from 'vitest';
import { rowAt, rowOffsets, scrollToShow, visibleRows } from './virtual-window';

describe('the rows of a long list on screen', () => {
  const tens = rowOffsets(50_000, () => 10);

  it('places each row after the ones above it, with the gap between rows but not after the last', () => {
    const offsets = rowOffsets(3, (index) => [20, 30, 40][index]!, 2);
    expect([...offsets]).toEqual([0, 22, 54, 94]);
  });

  it('renders the rows in the window and a few more each side, whatever the length of the list', () => {
    expect(visibleRows(tens, 250_000, 250_300, 2)).toEqual({ start: 24_998, end: 25_033 });
    expect(visibleRows(tens, 0, 300, 2)).toEqual({ start: 0, end: 33 });
  });

  it('never renders past either end of the list', () => {
    expect(visibleRows(tens, 499_900, 500_400, 5)).toEqual({ start: 49_985, end: 50_000 });
    expect(visibleRows(tens, -40, 20, 5)).toEqual({ start: 0, end: 8 });
  });

  it('renders nothing of an empty list, and the one row of a list of one', () => {
    expect(visibleRows(rowOffsets(0, () => 10), 0, 500)).toEqual({ start: 0, end: 0 });
    expect(visibleRows(rowOffsets(1, () => 10), 0, 500)).toEqual({ start: 0, end: 1 });
  });

  it('finds the row under a point among rows of different heights', () => {
    const offsets = rowOffsets(4, (index) => [10, 50, 5, 20][index]!);
    expect([0, 9, 10, 59, 60, 64, 65, 84, 500].map((y) => rowAt(offsets, y))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 3]);
  });

  it('scrolls as little as needed to show a row whole, and not at all when it is shown', () => {
    expect(scrollToShow(tens, 100, 0, 300)).toBe(1_010 - 300);
    expect(scrollToShow(tens, 100, 2_000, 300)).toBe(1_000);
    expect(scrollToShow(tens, 100, 900, 300)).toBeNull();
  });
});
