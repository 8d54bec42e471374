// A version read as a redline: its paragraphs in order, with each change where it
// happened, and each removed paragraph where it stood.

import type { Doc } from '../../shared/model';
import type { VersionChange } from '../../shared/version-changes';

export type RedlineItem = { kind: 'same'; text: string } | { kind: 'change'; index: number };

export function redline(doc: Doc, changes: readonly VersionChange[]): RedlineItem[] {
  const at = new Map<number, number>();
  const removedBefore = new Map<number, number[]>();
  changes.forEach((change, index) => {
    if (change.kind === 'removed') removedBefore.set(change.atBlock, [...(removedBefore.get(change.atBlock) ?? []), index]);
    else at.set(change.atBlock, index);
  });
  const items: RedlineItem[] = [];
  const removed = (block: number) => (removedBefore.get(block) ?? []).map((index): RedlineItem => ({ kind: 'change', index }));
  doc.blocks.forEach((block, n) => {
    items.push(...removed(n));
    const index = at.get(n);
    items.push(index === undefined ? { kind: 'same', text: doc.text.slice(block.start, block.end) } : { kind: 'change', index });
  });
  items.push(...removed(doc.blocks.length));
  return items;
}
