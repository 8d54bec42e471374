// What changed between two states of a case, entity by entity: how an undo or a redo,
// which swaps the whole case back, is written to the history like any other edit.

import type { CaseData, EntityKind } from '../../shared/model';
import type { Change } from './journal';

type Keyed = { id: string } | { name: string };

const COLLECTIONS = [
  ['article', 'articles'],
  ['claim', 'claims'],
  ['appearance', 'appearances'],
  ['source', 'sources'],
  ['evidence', 'evidence'],
  ['tag', 'tags'],
] as const satisfies readonly (readonly [EntityKind, keyof CaseData])[];

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
  const old = new Map(before.map((item) => [keyOf(item), item]));
  const now = new Map(after.map((item) => [keyOf(item), item]));
  const changes: Change[] = [];
  for (const [key, item] of old) {
    const next = now.get(key);
    if (next === undefined) changes.push(change('delete', entity, key, item, null));
    else if (!sameValue(item, next)) changes.push(change('update', entity, key, item, next));
  }
  for (const [key, item] of now) {
    if (!old.has(key)) changes.push(change('create', entity, key, null, item));
  }
  return changes;
}

/** Tags are known by their name; everything else by its id. */
function keyOf(item: Keyed): string {
  return 'id' in item ? item.id : item.name;
}

function change(action: Change['action'], entity: EntityKind, entityId: string, before: unknown, after: unknown): Change {
  return structuredClone({ action, entity, entityId, before, after });
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
