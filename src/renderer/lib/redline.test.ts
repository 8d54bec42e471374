import { describe, expect, it } from 'vitest';
import type { Doc } from '../../shared/model';
import type { VersionChange } from '../../shared/version-changes';
import { changeAt } from '../../shared/version-changes';
import { redline, sideOf } from './redline';

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

describe('a change side by side', () => {
  const changed: VersionChange = {
    ...change('changed', 0),
    before: 'More than 3,000 protesters gathered.',
    after: 'More than 2,000 protesters gathered.',
    diff: [
      { kind: 'same', text: 'More than' },
      { kind: 'removed', text: '3,000' },
      { kind: 'added', text: '2,000' },
      { kind: 'same', text: 'protesters gathered.' },
    ],
  };

  it('shows the earlier version with its removed words, the later with its added ones', () => {
    expect(sideOf(changed, 'before')).toEqual([changed.diff[0], changed.diff[1], changed.diff[3]]);
    expect(sideOf(changed, 'after')).toEqual([changed.diff[0], changed.diff[2], changed.diff[3]]);
  });

  it('leaves a side empty where that version has no such paragraph', () => {
    const removed = { ...change('removed', 1), before: 'Gone.' };
    const added = { ...change('added', 1), after: 'New.' };
    expect([sideOf(removed, 'before'), sideOf(removed, 'after')]).toEqual([[{ kind: 'removed', text: 'Gone.' }], null]);
    expect([sideOf(added, 'before'), sideOf(added, 'after')]).toEqual([null, [{ kind: 'added', text: 'New.' }]]);
  });

  it('shows each version’s own characters where only punctuation changed', () => {
    const punctuation = { ...change('changed', 0), before: 'Yes, he said.', after: 'Yes he said.', diff: [{ kind: 'same' as const, text: 'Yes he said.' }] };
    expect(sideOf(punctuation, 'before')).toEqual([{ kind: 'same', text: 'Yes, he said.' }]);
    expect(sideOf(punctuation, 'after')).toEqual([{ kind: 'same', text: 'Yes he said.' }]);
  });
});
