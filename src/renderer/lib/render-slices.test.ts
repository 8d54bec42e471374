import { describe, expect, it } from 'vitest';
import { nextSliceSize, SLICE_BUDGET_MS } from './render-slices';

describe('the size of the next slice of an article', () => {
  it('shrinks when the last slice overran the frame budget', () => {
    expect(nextSliceSize(120, SLICE_BUDGET_MS * 4)).toBe(30);
  });

  it('grows when the last slice was cheap, but at most twofold per frame', () => {
    expect(nextSliceSize(24, SLICE_BUDGET_MS / 10)).toBe(48);
    expect(nextSliceSize(24, 0)).toBe(48);
  });

  it('stays as it is when the last slice just filled the budget', () => {
    expect(nextSliceSize(40, SLICE_BUDGET_MS)).toBe(40);
  });

  it('always moves forward, and never takes a whole transcript at once', () => {
    expect(nextSliceSize(4, 10_000)).toBeGreaterThan(0);
    let size = 24;
    for (let frame = 0; frame < 20; frame++) size = nextSliceSize(size, 0.01);
    expect(size).toBeLessThanOrEqual(400);
  });
});
