// What changed between two versions of an article, and whether the outlet said so.

import type { Id, TextPosition } from './model';
import type { Difference, DiffPiece } from './provenance';

export const CHANGE_KINDS = ['added', 'removed', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One paragraph added, removed or changed from the previous version to this one. */
export interface VersionChange {
  kind: ChangeKind;
  /** The paragraph in the previous version; null when added. */
  before: string | null;
  /** The paragraph in this version; null when removed. */
  after: string | null;
  /** Numbers, names, negation, quoted words, whole sentences: what a reader of the story would notice. */
  substantive: boolean;
  /** Word by word, for a changed paragraph; empty for one added or removed. */
  differences: Difference[];
  /** The changed paragraph word by word, for a redline; empty for one added or removed. */
  diff: DiffPiece[];
  /** Where `before` is in the previous version's text, and `after` in this one's. */
  beforeAt: TextPosition | null;
  afterAt: TextPosition | null;
  /**
   * The block of this version the change is at; for a removed paragraph, the block it
   * stood before (the number of blocks when it was last). Places the change in a redline.
   */
  atBlock: number;
}

export interface VersionChanges {
  articleId: Id;
  previousVersionId: Id;
  /** The correction or update notice this version adds; one carried over does not count. */
  notice: string | null;
  /** Substantive changes and no new notice. */
  silent: boolean;
  changes: VersionChange[];
}

/**
 * The change whose paragraph in the previous version held `position` (an orphaned
 * appearance keeps its old place), by its index; null when no change touched it.
 */
export function changeAt(changes: readonly VersionChange[], position: TextPosition): number | null {
  const end = Math.max(position.end, position.start + 1);
  const index = changes.findIndex(({ beforeAt }) => beforeAt !== null && beforeAt.start < end && position.start < beforeAt.end);
  return index < 0 ? null : index;
}
