import { describe, expect, it } from 'vitest';
import type { Doc } from '../../shared/model';
import type { VersionChange } from '../../shared/version-changes';
import { changeAt } from '../../shared/version-changes';
import { redline } from './redline';

function doc(paragraphs: string[]): Doc {
  const text = paragraphs.join('\n\n');
  let start = 0;
  const blocks = paragraphs.map((paragraph) => {
    const block = { kind: 'paragraph' as const, start, end: start + paragraph.length };
    start += paragraph.length + 2;
    return block;
  });
  return { text, blocks, marks: [] };
}

function change(kind: VersionChange['kind'], atBlock: number, beforeAt: [number, number] | null = null): VersionChange {
  return {
    kind,
    before: null,
    after: null,
    substantive: true,
    differences: [],
    diff: [],
    beforeAt: beforeAt && { start: beforeAt[0], end: beforeAt[1] },
    afterAt: null,
    atBlock,
  };
}

describe('redline', () => {
  it('shows unchanged paragraphs as they are, and each change in its place', () => {
    const items = redline(doc(['One.', 'Two, changed.', 'Three.']), [change('removed', 1), change('changed', 1), change('added', 2)]);
    expect(items).toEqual([
      { kind: 'same', text: 'One.' },
      { kind: 'change', index: 0 },
      { kind: 'change', index: 1 },
      { kind: 'change', index: 2 },
    ]);
  });

  it('puts a paragraph removed from the end after the last one', () => {
    expect(redline(doc(['One.']), [change('removed', 1)])).toEqual([
      { kind: 'same', text: 'One.' },
      { kind: 'change', index: 0 },
    ]);
  });
});

describe('changeAt', () => {
  it('finds the change whose old paragraph held the words, and none for words elsewhere', () => {
    const changes = [change('added', 0), change('removed', 2, [40, 90]), change('changed', 3, [100, 160])];
    expect(changeAt(changes, { start: 50, end: 60 })).toBe(1);
    expect(changeAt(changes, { start: 120, end: 130 })).toBe(2);
    expect(changeAt(changes, { start: 0, end: 10 })).toBeNull();
  });
});
