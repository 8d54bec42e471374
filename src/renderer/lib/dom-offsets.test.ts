// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { pointToOffset, rangeToSpan, segmentAt, spanToRange, trimSpan } from './dom-offsets';

describe('trimSpan', () => {
  it('moves both edges inwards past whitespace', () => {
    expect(trimSpan('  hello world \n\n', 0, 16)).toEqual({ start: 2, end: 13 });
  });
  it('returns null when only whitespace is covered', () => {
    expect(trimSpan('a \n\n b', 1, 5)).toBeNull();
  });
  it('orders and clamps its inputs', () => {
    expect(trimSpan('abc', 10, -4)).toEqual({ start: 0, end: 3 });
  });
});

// Doc.text of a two-block article, as the importer would write it.
const TEXT = 'Iran is orchestrating an attack on the embassy.\n\nOfficials denied it firmly.';
//            0         1         2         3         4       4 4 5
//            0123456789012345678901234567890123456789012345678 9 0123

function render(): HTMLElement {
  document.body.innerHTML = `
    <header><h1>Title outside the body</h1></header>
    <div id="body">
      <p><span data-offset="0">Iran is </span><mark data-claim-id="c1"><em><span data-offset="8">orchestrating an attack</span></em></mark><span data-offset="31"> on the embassy.</span></p>
      <p><a href="https://x.test"><span data-offset="49">Officials</span></a><span data-offset="58"> denied it firmly.</span></p>
    </div>`;
  return document.getElementById('body')!;
}

function textOf(offset: number): [Node, number] {
  const root = document.getElementById('body')!;
  const el = segmentAt(root, offset)!;
  const base = Number(el.getAttribute('data-offset'));
  return [el.firstChild!, offset - base];
}

function rangeOver(start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(...textOf(start));
  range.setEnd(...textOf(end));
  return range;
}

describe('rangeToSpan', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = render();
  });

  it('maps a range inside one text segment exactly', () => {
    const span = rangeToSpan(root, rangeOver(8, 21), TEXT);
    expect(span).toEqual({ start: 8, end: 21 });
    expect(TEXT.slice(8, 21)).toBe('orchestrating');
  });

  it('maps a range across marks and highlights', () => {
    const span = rangeToSpan(root, rangeOver(0, 47), TEXT)!;
    expect(TEXT.slice(span.start, span.end)).toBe('Iran is orchestrating an attack on the embassy.');
  });

  it('maps a range across blocks, keeping the block separator', () => {
    const span = rangeToSpan(root, rangeOver(39, 58), TEXT)!;
    expect(TEXT.slice(span.start, span.end)).toBe('embassy.\n\nOfficials');
  });

  it('trims whitespace at the edges', () => {
    const span = rangeToSpan(root, rangeOver(31, 38), TEXT)!;
    expect(TEXT.slice(span.start, span.end)).toBe('on the');
  });

  it('maps element boundaries to the nearest segment edge (a triple-clicked paragraph)', () => {
    const [first, second] = root.querySelectorAll('p');
    const range = document.createRange();
    range.setStart(first!, 0);
    range.setEnd(second!, 0);
    const span = rangeToSpan(root, range, TEXT)!;
    expect(TEXT.slice(span.start, span.end)).toBe('Iran is orchestrating an attack on the embassy.');
  });

  it('clamps a range that starts outside the article body', () => {
    const range = document.createRange();
    range.setStart(document.querySelector('h1')!.firstChild!, 2);
    range.setEnd(...textOf(4));
    const span = rangeToSpan(root, range, TEXT)!;
    expect(TEXT.slice(span.start, span.end)).toBe('Iran');
  });

  it('ignores ranges entirely outside the body and collapsed ranges', () => {
    const outside = document.createRange();
    outside.selectNodeContents(document.querySelector('h1')!);
    expect(rangeToSpan(root, outside, TEXT)).toBeNull();
    expect(rangeToSpan(root, rangeOver(5, 5), TEXT)).toBeNull();
  });
});

describe('pointToOffset', () => {
  it('returns null when no segment lies in the direction asked', () => {
    const root = render();
    const last = root.querySelectorAll('p')[1]!;
    expect(pointToOffset(root, last, last.childNodes.length, 'start')).toBeNull();
    expect(pointToOffset(root, last, last.childNodes.length, 'end')).toBe(TEXT.length);
  });
});

describe('spanToRange', () => {
  it('selects exactly the words of a span, across marks and blocks', () => {
    const root = render();
    expect(spanToRange(root, 8, 21)?.toString()).toBe('orchestrating');
    const across = spanToRange(root, 39, 58)!;
    expect(across.toString().replace(/\s+/g, '')).toBe('embassy.Officials');
    expect(rangeToSpan(root, across, TEXT)).toEqual({ start: 39, end: 58 });
  });

  it('gives nothing for an empty span or a body with no text segments', () => {
    const root = render();
    expect(spanToRange(root, 12, 12)).toBeNull();
    expect(spanToRange(document.createElement('div'), 0, 4)).toBeNull();
  });
});
