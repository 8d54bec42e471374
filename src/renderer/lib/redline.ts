// A version read as a redline: its paragraphs in order, with each change where it
// happened, and each removed paragraph where it stood. Side by side, each change is
// split in two: the paragraph as the earlier version had it, and as this one has it.

import type { Doc } from '../../shared/model';
import type { DiffPiece } from '../../shared/provenance';
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

export type VersionSide = 'before' | 'after';

/**
 * A change's paragraph in one version, word by word (removed words marked in the earlier,
 * added words in the later), or null where that version has no such paragraph.
 */
export function sideOf(change: VersionChange, side: VersionSide): DiffPiece[] | null {
  const text = side === 'before' ? change.before : change.after;
  if (text === null) return null;
  if (change.kind !== 'changed') return [{ kind: side === 'before' ? 'removed' : 'added', text }];
  // Only punctuation or spacing changed: each version's own characters say how.
  if (change.diff.every((piece) => piece.kind === 'same')) return [{ kind: 'same', text }];
  const left = side === 'before' ? 'added' : 'removed';
  return change.diff.filter((piece) => piece.kind !== left);
}
