import { describe, expect, it } from 'vitest';
import { alignParagraphs, type Aligned } from './paragraph-alignment';

const A = 'Protesters gathered outside the embassy on Sunday morning.';
const B = 'Police said about 200 people took part in the march.';
const C = 'The ministry declined to comment on the figures.';
const D = 'Witnesses described the crowd as peaceful and small.';

/** The alignment as readable steps: "=A", "~B>B'", "-C", "+D". */
function steps(before: string[], after: string[]): string[] {
  const name = (list: string[], k: number) => `${list === before ? 'old' : 'new'}${k}`;
  return alignParagraphs(before, after).map((step: Aligned) => {
    if (step.kind === 'same') return `=${name(before, step.before)}`;
    if (step.kind === 'changed') return `~${name(before, step.before)}>${name(after, step.after)}`;
    if (step.kind === 'removed') return `-${name(before, step.before)}`;
    return `+${name(after, step.after)}`;
  });
}

describe('alignParagraphs', () => {
  it('matches identical versions paragraph by paragraph', () => {
    expect(steps([A, B, C], [A, B, C])).toEqual(['=old0', '=old1', '=old2']);
  });

  it('finds a removed paragraph and an added one', () => {
    expect(steps([A, B, C], [A, C, D])).toEqual(['=old0', '-old1', '=old2', '+new2']);
  });

  it('pairs a paragraph whose words mostly stayed as changed', () => {
    const edited = B.replace('200', '100');
    expect(steps([A, B, C], [A, edited, C])).toEqual(['=old0', '~old1>new1', '=old2']);
  });

  it('does not pair a paragraph rewritten in other words: one removed, one added', () => {
    expect(steps([A, B, C], [A, D, C])).toEqual(['=old0', '-old1', '+new1', '=old2']);
  });

  it('keeps reading order when a paragraph is inserted before a changed one', () => {
    const edited = C.replace('declined', 'refused');
    expect(steps([A, B, C], [A, B, D, edited])).toEqual(['=old0', '=old1', '+new2', '~old2>new3']);
  });

  it('handles empty versions', () => {
    expect(steps([], [A])).toEqual(['+new0']);
    expect(steps([A], [])).toEqual(['-old0']);
    expect(steps([], [])).toEqual([]);
  });

  it('aligns very long versions by their unique paragraphs without the full table', () => {
    const before = Array.from({ length: 3_000 }, (_, k) => `Paragraph number ${k} says something of its own.`);
    const after = [...before.slice(0, 1_000), ...before.slice(1_001, 2_500), 'A new closing line of the story.', ...before.slice(2_500)];
    after[2_000] = `${after[2_000]} Police added.`;
    after.reverse();
    before.reverse();
    const aligned = alignParagraphs(before, after);
    const counts = { same: 0, changed: 0, removed: 0, added: 0 };
    for (const step of aligned) counts[step.kind] += 1;
    expect(counts).toEqual({ same: 2_998, changed: 1, removed: 1, added: 1 });
  });
});
