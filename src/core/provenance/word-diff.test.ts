import { describe, expect, it } from 'vitest';
import { alignWords, diffWords, indexOfRun, type DiffOp } from './word-diff';

const split = (text: string): string[] => text.split(' ').filter((word) => word !== '');

/** Applies the ops to a, taking b's words where they say so: must give b back. */
function apply(a: string[], b: string[], ops: DiffOp[]): string[] {
  return ops.flatMap((op) => (op.kind === 'equal' ? a.slice(op.a.start, op.a.end) : b.slice(op.b.start, op.b.end)));
}

describe('diffWords', () => {
  it('finds one replaced word among equal ones', () => {
    const a = split('protesters gathered about 200 meters from the compound');
    const b = split('protesters gathered about 100 meters from the compound');
    expect(diffWords(a, b).map((op) => op.kind)).toEqual(['equal', 'replace', 'equal']);
    expect(diffWords(a, b)[1]).toEqual({ kind: 'replace', a: { start: 3, end: 4 }, b: { start: 3, end: 4 } });
  });

  it('tells insertions from deletions', () => {
    const a = split('the embassy is safe');
    const b = split('the embassy is not safe');
    expect(diffWords(a, b)).toContainEqual({ kind: 'insert', a: { start: 3, end: 3 }, b: { start: 3, end: 4 } });
    expect(diffWords(b, a)).toContainEqual({ kind: 'delete', a: { start: 3, end: 4 }, b: { start: 3, end: 3 } });
  });

  it('always covers both texts, so a diff rebuilds the second text from the first', () => {
    const cases = [
      ['a b c d e f', 'a x c y e f z'],
      ['', 'new words only'],
      ['old words only', ''],
      ['same same same', 'same same same'],
      ['a b a b a b', 'b a b a'],
    ];
    for (const [left, right] of cases) {
      const a = split(left!);
      const b = split(right!);
      expect(apply(a, b, diffWords(a, b))).toEqual(b);
    }
  });

  it('past its edit budget still covers both texts, as one replacement of the middle', () => {
    const a = split('start 1 2 3 4 5 6 end');
    const b = split('start x y z w v u end');
    const ops = diffWords(a, b, 2);
    expect(ops.map((op) => op.kind)).toEqual(['equal', 'replace', 'equal']);
    expect(apply(a, b, ops)).toEqual(b);
  });

  it('finds few changes in long texts that differ little', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `w${i % 97}`);
    const b = [...a];
    b[1200] = 'changed';
    b.splice(4000, 1);
    const changes = diffWords(a, b).filter((op) => op.kind !== 'equal');
    expect(changes).toHaveLength(2);
  });
});

describe('alignWords', () => {
  const text = split('officials said on Tuesday that protesters gathered about 100 meters from the compound at noon');

  it('finds where a quote sits in a longer text and counts its edits', () => {
    const quote = split('protesters gathered about 200 meters from the compound');
    expect(alignWords(quote, text, 3)).toEqual({ start: 5, end: 13, edits: 1 });
  });

  it('finds an exact occurrence with no edits', () => {
    expect(alignWords(split('said on Tuesday'), text, 0)).toEqual({ start: 1, end: 4, edits: 0 });
  });

  it('takes a word inserted for an insertion, not for a changed first word, so a copy keeps all the quote’s words', () => {
    const copy = split('the group is not orchestrating an attack today');
    expect(alignWords(split('is orchestrating an attack'), copy, 1)).toEqual({ start: 2, end: 7, edits: 1 });
  });

  it('finds where a run of words occurs unchanged, from a given word on', () => {
    const words = split('a b c a b c');
    expect([indexOfRun(words, ['a', 'b']), indexOfRun(words, ['a', 'b'], 1), indexOfRun(words, ['c', 'a', 'c'])]).toEqual([0, 3, -1]);
  });

  it('gives nothing when every place needs more edits than allowed', () => {
    expect(alignWords(split('an entirely different sentence here'), text, 2)).toBeNull();
    expect(alignWords([], text, 2)).toBeNull();
  });
});
