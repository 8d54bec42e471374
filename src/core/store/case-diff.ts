// What changed between two states of a case, entity by entity: how an undo or a redo,
// which swaps the whole case back, is written to the history like any other edit.

import { COLLECTIONS, type CaseData, type EntityKind } from '../../shared/model';
import type { Change } from './journal';
import { keyOf, type Keyed } from './positions';

/** The changes that turn `before` into `after`; the layout is view state and not compared. */
export function diffCase(before: Readonly<CaseData>, after: Readonly<CaseData>): Change[] {
  const changes: Change[] = [];
  if (!sameValue(before.workspace, after.workspace)) {
    changes.push(change('update', 'workspace', after.workspace.id, before.workspace, after.workspace));
  }
  for (const [entity, key] of COLLECTIONS) {
    changes.push(...diffCollection(entity, before[key], after[key]));
  }
  return changes;
}

function diffCollection(entity: EntityKind, before: readonly Keyed[], after: readonly Keyed[]): Change[] {
  // Saved data is shared between states: an untouched collection is the same array.
  if (before === after) return [];
  return diffInPlace(entity, before, after) ?? diffByKey(entity, before, after);
}

/**
 * The changes when every item kept its place: replaced where it was, with items added or
 * removed at the end only, as most edits leave a collection. Found by comparing the two
 * side by side, which looks at the replaced items only, not at every item of a desk-scale
 * case. Null when an item moved, for diffByKey to work out.
 */
function diffInPlace(entity: EntityKind, before: readonly Keyed[], after: readonly Keyed[]): Change[] | null {
  const changes: Change[] = [];
  const shared = Math.min(before.length, after.length);
  for (let at = 0; at < shared; at++) {
    const item = before[at]!;
    const next = after[at]!;
    if (item === next) continue;
    const key = keyOf(item);
    if (keyOf(next) !== key) return null;
    if (!sameValue(item, next)) changes.push(change('update', entity, key, item, next));
  }
  for (let at = shared; at < before.length; at++) changes.push(change('delete', entity, keyOf(before[at]!), before[at], null));
  for (let at = shared; at < after.length; at++) changes.push({ ...change('create', entity, keyOf(after[at]!), null, after[at]), position: at });
  return changes;
}

function diffByKey(entity: EntityKind, before: readonly Keyed[], after: readonly Keyed[]): Change[] {
  const old = new Map(before.map((item) => [keyOf(item), item]));
  const now = new Map(after.map((item) => [keyOf(item), item]));
  const changes: Change[] = [];
  for (const [key, item] of old) {
    const next = now.get(key);
    if (next === undefined) changes.push(change('delete', entity, key, item, null));
    else if (!sameValue(item, next)) changes.push(change('update', entity, key, item, next));
  }
  // In the order of `after`, each at its place there: once the deletions are made, the
  // items created in turn land exactly where `after` has them.
  after.forEach((item, position) => {
    const key = keyOf(item);
    if (!old.has(key)) changes.push({ ...change('create', entity, key, null, item), position });
  });
  return changes;
}


function change(action: Change['action'], entity: EntityKind, entityId: string, before: unknown, after: unknown): Change {
  return structuredClone({ action, entity, entityId, before, after });
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
