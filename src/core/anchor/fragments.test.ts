import { describe, expect, it } from 'vitest';
import type { TextPosition } from '../../shared/model';
import { distinctiveWords, fragmentWindows } from './fragments';
import { seededRandom, syntheticText } from './synthetic-text';

const MAX_ERRORS = 8;
const holds = (window: TextPosition, span: TextPosition) => window.start <= span.start && span.end <= window.end;

describe('fragmentWindows', () => {
  // None of its words is in the synthetic page's vocabulary.
  const quote = 'Kestrian generals rejected Qatari mediation on Thursday';
  const page = syntheticText(2_000, seededRandom(3));
  const whole = (text: string) => ({ start: 0, end: text.length });

  it('points at the edited quote wherever it moved, from the words that survived', () => {
    const edited = 'Kestrian generels rejectd Qatari mediation on Thursday';
    const text = `${page} ${edited} ${page}`;
    const at = text.indexOf(edited);
    const windows = fragmentWindows(text, distinctiveWords(quote), quote.length, MAX_ERRORS, whole(text), 0);
    expect(windows.some((window) => holds(window, { start: at, end: at + edited.length }))).toBe(true);
  });

  it('looks only inside the region it is given', () => {
    const text = `${page} ${quote} ${page}`;
    const region = { start: 0, end: page.length };
    expect(fragmentWindows(text, distinctiveWords(quote), quote.length, MAX_ERRORS, region, 0)).toEqual([]);
  });

  it('takes no direction from words the page uses everywhere', () => {
    // Every word of this quote is among the commonest of the synthetic page.
    const common = 'which would have been there';
    expect(fragmentWindows(page, distinctiveWords(common), common.length, MAX_ERRORS, whole(page), 0)).toEqual([]);
  });

  it('puts first the window most of the words agree on, and keeps windows apart and wide enough for the quote', () => {
    const text = `${page} Thursday ${page} Kestrian ${page} Qatari Kestrian ${page}`;
    const windows = fragmentWindows(text, distinctiveWords(quote), quote.length, MAX_ERRORS, whole(text), 0);
    expect(windows.length).toBeGreaterThan(1);
    expect(text.slice(windows[0]!.start, windows[0]!.end)).toContain('Qatari Kestrian');
    const inOrder = [...windows].sort((a, b) => a.start - b.start);
    for (let i = 1; i < inOrder.length; i++) expect(inOrder[i]!.start).toBeGreaterThan(inOrder[i - 1]!.end);
    for (const window of windows) expect(window.end - window.start).toBeGreaterThanOrEqual(quote.length);
  });
});

describe('distinctiveWords', () => {
  it('puts the longest words first, each once with every offset where the quote has it', () => {
    const words = distinctiveWords('said that Kestrian troops said Kestrian');
    expect(words[0]).toEqual({ word: 'Kestrian', offsets: [10, 31] });
    for (let i = 1; i < words.length; i++) expect(words[i]!.word.length).toBeLessThanOrEqual(words[i - 1]!.word.length);
  });
});
