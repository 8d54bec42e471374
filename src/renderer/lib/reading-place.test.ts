// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockAtPlace, placeAtTop } from './reading-place';

/** A scroller showing blocks 100 px tall, starting at the given text offsets, scrolled by `scrolled` px. */
function pane(starts: number[], scrolled: number) {
  const scroller = document.createElement('div');
  Object.defineProperty(scroller, 'scrollTop', { value: scrolled });
  scroller.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 600, height: 400 });
  starts.forEach((start, index) => {
    const block = document.createElement('p');
    block.dataset.blockStart = String(start);
    const y = index * 100 - scrolled;
    block.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y, width: 600, height: 100 });
    scroller.append(block);
  });
  return scroller;
}

describe('the reader’s place in an article', () => {
  const starts = [0, 120, 260, 400, 530, 700];

  it('is the start of the block at the top of the pane', () => {
    const partly = pane(starts, 250);
    expect(placeAtTop(partly, partly)).toBe(260);
    const scrolled = pane(starts, 300);
    expect(placeAtTop(scrolled, scrolled)).toBe(400);
  });

  it('is the top of the article when the pane is not scrolled', () => {
    const top = pane(starts, 0);
    expect(placeAtTop(top, top)).toBe(0);
  });

  it('is found again in the block that holds it, once that block is drawn', () => {
    const drawn = pane(starts.slice(0, 3), 0);
    expect(blockAtPlace(drawn, 260)?.dataset.blockStart).toBe('260');
    expect(blockAtPlace(drawn, 300)?.dataset.blockStart).toBe('260');
    expect(blockAtPlace(pane([], 0), 300)).toBeNull();
  });
});
