// Applying saved changes to a case: how an edit becomes the case in memory, and how the
// journal's edits are replayed onto the snapshot when a case opens. Both go through
// here, so what is in memory is exactly what a reopened case will hold.

import type { CaseData, EntityKind } from '../../shared/model';
import type { CollectionKey } from './case-draft';
import type { Change } from './journal';

const COLLECTION_OF: Record<Exclude<EntityKind, 'workspace'>, CollectionKey> = {
  article: 'articles',
  claim: 'claims',
  appearance: 'appearances',
  source: 'sources',
  evidence: 'evidence',
  tag: 'tags',
};

export type Keyed = { id: string } | { name: string };

/** Tags are known by their name; everything else by its id. */
export function keyOf(item: Keyed): string {
  return 'id' in item ? item.id : item.name;
}

/**
 * The case with the changes made, in order; `data` is left as it is. Only the
 * collections the changes touch are copied. A change that finds nothing to change (a
 * delete of an item already gone) is passed over, so replaying twice does no harm.
 */
export function applyChanges(data: Readonly<CaseData>, changes: readonly Change[]): CaseData {
  const next: CaseData = { ...data } as CaseData;
  const byCollection = new Map<CollectionKey, Change[]>();
  for (const change of changes) {
    if (change.entity === 'workspace') {
      if (change.after !== null) next.workspace = change.after as CaseData['workspace'];
      continue;
    }
    const key = COLLECTION_OF[change.entity];
    const touched = byCollection.get(key);
    if (touched) touched.push(change);
    else byCollection.set(key, [change]);
  }
  for (const [key, touched] of byCollection) {
    (next as Record<CollectionKey, unknown[]>)[key] = applyToItems(data[key] as readonly Keyed[], touched);
  }
  return next;
}

/** Past this many changes to one collection, finding each item by a scan costs more than a map of all of them. */
const SCAN_LIMIT = 16;

function applyToItems(items: readonly Keyed[], changes: readonly Change[]): Keyed[] {
  if (changes.length > SCAN_LIMIT && changes.every((change) => change.position === undefined)) {
    const applied = applyByMap(items, changes);
    if (applied) return applied;
  }
  const next = [...items];
  for (const change of changes) {
    const index = next.findIndex((item) => keyOf(item) === change.entityId);
    if (change.action === 'delete') {
      if (index >= 0) next.splice(index, 1);
    } else if (index >= 0) next[index] = change.after as Keyed;
    else next.splice(Math.min(change.position ?? next.length, next.length), 0, change.after as Keyed);
  }
  return next;
}

/**
 * The same as the scan: a map keeps its keys in insertion order, and set() on a known key
 * keeps its place. Null for a damaged collection with a key twice, which a map would merge.
 */
function applyByMap(items: readonly Keyed[], changes: readonly Change[]): Keyed[] | null {
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  if (byKey.size !== items.length) return null;
  for (const change of changes) {
    if (change.action === 'delete') byKey.delete(change.entityId);
    else byKey.set(change.entityId, change.after as Keyed);
  }
  return [...byKey.values()];
}
