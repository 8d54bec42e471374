// Applying saved changes to a case: how an edit becomes the case in memory, and how the
// journal's edits are replayed onto the snapshot when a case opens. Both go through
// here, so what is in memory is exactly what a reopened case will hold.

import { COLLECTION_OF, type CaseData, type CollectionKey } from '../../shared/model';
import type { Change } from './journal';
import { handOn, indexOfKey, keyOf, type Keyed } from './positions';

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

/**
 * Items are found by their place (see positions.ts) while the changes keep every item
 * where it was and add new ones at the end, as most edits do; the new collection then
 * keeps those places. A change that moves items makes the rest of the edit scan.
 */
function applyToItems(items: readonly Keyed[], changes: readonly Change[]): Keyed[] {
  if (changes.length > SCAN_LIMIT && changes.every((change) => change.position === undefined)) {
    const applied = applyByMap(items, changes);
    if (applied) return applied;
  }
  const next = [...items];
  /** Where the items this edit added at the end are, while `samePlaces` holds. */
  const added = new Map<string, number>();
  let samePlaces = true;
  const indexOf = (key: string) =>
    samePlaces ? (added.get(key) ?? indexOfKey(items, key)) : next.findIndex((item) => keyOf(item) === key);
  for (const change of changes) {
    const index = indexOf(change.entityId);
    const after = change.after as Keyed;
    if (change.action === 'delete') {
      if (index >= 0) next.splice(index, 1);
      samePlaces &&= index < 0;
    } else if (index >= 0) {
      next[index] = after;
      samePlaces &&= keyOf(after) === change.entityId;
    } else {
      const at = Math.min(change.position ?? next.length, next.length);
      samePlaces &&= at === next.length && keyOf(after) === change.entityId;
      next.splice(at, 0, after);
      added.set(change.entityId, at);
    }
  }
  if (samePlaces) handOn(items, next, next.slice(items.length));
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
