// Names an edit from what it changed, in the words of the UI, for Undo and Redo.

import type { EntityKind } from '../../shared/model';
import type { Change } from './journal';

const WORDS: Record<Change['action'], Record<EntityKind, string>> = {
  create: {
    workspace: 'Create case',
    article: 'Import article',
    claim: 'Tag claim',
    appearance: 'Add appearance',
    source: 'Add source',
    evidence: 'Link source',
    tag: 'Create tag',
  },
  update: {
    workspace: 'Edit case settings',
    article: 'Edit article details',
    claim: 'Edit claim',
    appearance: 'Edit appearance',
    source: 'Edit source',
    evidence: 'Edit evidence',
    tag: 'Edit tag',
  },
  delete: {
    workspace: 'Delete case',
    article: 'Remove article',
    claim: 'Delete claim',
    appearance: 'Remove appearance',
    source: 'Delete source',
    evidence: 'Unlink source',
    tag: 'Delete tag',
  },
};

/**
 * The entity an edit is about when it touches several: deleting a claim takes its
 * appearances with it, importing a new version re-anchors claims, and both are named
 * for the first.
 */
const RANK: readonly EntityKind[] = ['article', 'claim', 'source', 'evidence', 'appearance', 'tag', 'workspace'];

export function labelOf(changes: readonly Change[]): string {
  const main = changes.toSorted((a, b) => RANK.indexOf(a.entity) - RANK.indexOf(b.entity))[0];
  return main ? WORDS[main.action][main.entity] : 'Edit';
}
