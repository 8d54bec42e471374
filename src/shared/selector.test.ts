import { describe, expect, it } from 'vitest';
import { QUOTE_CONTEXT } from './model';
import { contextAround, findOccurrences, normalizeQuote, recordedContext, selectorFor } from './selector';

const TEXT =
  'Officials said on Tuesday that Iran is orchestrating an attack on the U.S. Embassy in Baghdad. ' +
  'The claim was repeated by several outlets within the hour.\n\nA spokesman later denied it.';

describe('selectorFor', () => {
  it('keeps the span and up to QUOTE_CONTEXT characters either side', () => {
    const start = TEXT.indexOf('the U.S.');
    const end = TEXT.indexOf(' in Baghdad');
    const selector = selectorFor(TEXT, start, end);
    expect(selector.position).toEqual({ start, end });
    expect(selector.quote.exact).toBe('the U.S. Embassy');
    expect(selector.quote.prefix).toBe(TEXT.slice(start - QUOTE_CONTEXT, start));
    expect(selector.quote.suffix).toBe(TEXT.slice(end, end + QUOTE_CONTEXT));
  });

  it('shortens the context at the edges of the text', () => {
    const selector = selectorFor(TEXT, 0, 9);
    expect(selector.quote.prefix).toBe('');
    expect(selectorFor(TEXT, TEXT.length - 3, TEXT.length).quote.suffix).toBe('');
  });

  it('never cuts a surrogate pair in two', () => {
    const filler = 'x'.repeat(QUOTE_CONTEXT - 1);
    const text = `😀${filler}quote${filler}😀`;
    const start = text.indexOf('quote');
    const { quote } = selectorFor(text, start, start + 'quote'.length);
    expect(quote.prefix).toBe(filler);
    expect(quote.suffix).toBe(filler);
  });

  it.each([
    [5, 5],
    [6, 5],
    [-1, 3],
    [0, TEXT.length + 1],
    [0.5, 3],
  ])('throws a RangeError for [%s, %s)', (start, end) => {
    expect(() => selectorFor(TEXT, start, end)).toThrow(RangeError);
  });
});

describe('normalizeQuote', () => {
  it('collapses whitespace runs, trims and composes to NFC', () => {
    expect(normalizeQuote('  Iran\tis \n orchestrating  ')).toBe('Iran is orchestrating');
    expect(normalizeQuote('Cafe\u0301')).toBe('Caf\u00e9');
  });
});

describe('findOccurrences', () => {
  it('finds every occurrence of a hand-typed quote', () => {
    const text = 'the cat sat on the mat by the door';
    expect(findOccurrences(text, 'the')).toEqual([0, 15, 26]);
    expect(findOccurrences(text, '  sat   on\nthe ')).toEqual([8]);
  });

  it('matches decomposed input against composed text', () => {
    expect(findOccurrences('un caf\u00e9 noir', 'cafe\u0301')).toEqual([3]);
  });

  it('finds nothing for an empty or absent quote', () => {
    expect(findOccurrences(TEXT, '   ')).toEqual([]);
    expect(findOccurrences(TEXT, 'Tehran')).toEqual([]);
  });

  it('does not overlap occurrences', () => {
    expect(findOccurrences('aaaa', 'aa')).toEqual([0, 2]);
  });
});

describe('contextAround', () => {
  const start = TEXT.indexOf('Iran');
  const end = TEXT.indexOf(' in Baghdad');

  it('returns the span with its surroundings', () => {
    const context = contextAround(TEXT, { start, end });
    expect(context.exact).toBe(TEXT.slice(start, end));
    expect(context.before).toBe('Officials said on Tuesday that ');
    expect(context.after.endsWith('…')).toBe(true);
    expect(TEXT.slice(end)).toContain(context.after.slice(0, -1));
  });

  it('cuts at word boundaries and marks the cut with an ellipsis', () => {
    const context = contextAround(TEXT, { start, end }, 20);
    expect(context.before).toBe('…on Tuesday that ');
    expect(context.after).toBe(' in Baghdad. The…');
  });

  it('drops a partial word even when nothing else is left on that side', () => {
    const text = `${'a'.repeat(50)} quoted ${'b'.repeat(50)}`;
    const at = text.indexOf('quoted');
    expect(contextAround(text, { start: at, end: at + 6 }, 10)).toEqual({ before: '…', exact: 'quoted', after: '…' });
  });

  it('keeps a hard cut when one word fills the whole side', () => {
    const text = `path/${'a'.repeat(50)}/quoted/${'b'.repeat(50)}`;
    const at = text.indexOf('quoted');
    const context = contextAround(text, { start: at, end: at + 6 }, 10);
    expect(context.before).toBe(`…${'a'.repeat(9)}/`);
    expect(context.after).toBe(`/${'b'.repeat(9)}…`);
  });

  it('clamps positions that fall outside the text', () => {
    const context = contextAround('short text', { start: 6, end: 400 });
    expect(context).toEqual({ before: 'short ', exact: 'text', after: '' });
  });
});

describe('recordedContext', () => {
  it('marks context cut at QUOTE_CONTEXT and drops its outer, possibly partial, word', () => {
    const start = TEXT.indexOf('the U.S.');
    const { quote } = selectorFor(TEXT, start, TEXT.indexOf(' in Baghdad'));
    expect(recordedContext(quote)).toEqual({
      before: '…is orchestrating an attack on ',
      exact: 'the U.S. Embassy',
      after: ' in Baghdad. The claim was…',
    });
  });

  it('keeps context that reaches the edge of the text whole', () => {
    expect(recordedContext(selectorFor(TEXT, 0, 9).quote).before).toBe('');
    expect(recordedContext({ prefix: 'Short prefix ', exact: 'quote', suffix: '.' })).toEqual({
      before: 'Short prefix ',
      exact: 'quote',
      after: '.',
    });
  });
});
