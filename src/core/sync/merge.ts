// The three-way merge of a case, entity by entity: two analysts' copies against the copy
// they both started from. An item changed on one side only takes that change; fields of
// one item changed on different sides both land; the same field changed differently, or
// an item deleted on one side and edited on the other, is a conflict, settled for now as
// mine. Pure: the git side (sync.ts) supplies the three cases.

import { COLLECTIONS, type CaseData, type CollectionKey, type EntityKind, type Id, type ItemKind } from '../../shared/model';
import type { Conflict } from '../../shared/sync';

/** A conflict as the merge finds it, before the histories say who made each side and when. */
export type MergeConflict = Pick<Conflict, 'id' | 'entity' | 'entityId' | 'field' | 'mine' | 'theirs'> & {
  /** What taking theirs puts back when mine deleted the item: it and what hangs on it, as theirs has them. */
  restore: RestoredItem[];
};

export interface RestoredItem {
  entity: ItemKind;
  item: unknown;
}

export interface MergedCase {
  merged: CaseData;
  conflicts: MergeConflict[];
}

type Item = Record<string, unknown>;


/** The items an item hangs on: an appearance and an evidence link mean nothing without their claim. */
const PARENTS: Partial<Record<ItemKind, (item: Item) => [ItemKind, Id][]>> = {
  appearance: (item) => [
    ['claim', item.claimId as Id],
    ['article', item.articleId as Id],
  ],
  evidence: (item) => [
    ['claim', item.claimId as Id],
    ['source', item.sourceId as Id],
    ...((item.passage as { articleId: Id } | null) ? [['article', (item.passage as { articleId: Id }).articleId] as [ItemKind, Id]] : []),
  ],
};

/** Fields that are not the analysts' words but bookkeeping: they merge by rule, never conflict. */
const SET_FIELDS = new Set(['tags']);
const LATEST_FIELDS = new Set(['updatedAt']);
/** Who works on this copy: each analyst keeps their own name. */
const LOCAL_WORKSPACE_FIELDS = new Set(['analyst']);

export function mergeCases(base: Readonly<CaseData>, mine: Readonly<CaseData>, theirs: Readonly<CaseData>): MergedCase {
  const conflicts = new Map<string, MergeConflict>();
  const workspace = mergeItem('workspace', base.workspace.id, base.workspace as unknown as Item, mine.workspace as unknown as Item, theirs.workspace as unknown as Item, conflicts);
  const collections = new Map<ItemKind, Map<Id, Item>>();
  for (const [entity, key] of COLLECTIONS) {
    collections.set(entity, mergeCollection(entity, items(base, key), items(mine, key), items(theirs, key), conflicts));
  }
  keepReferencesWhole(collections, { mine, theirs }, conflicts);
  const merged: CaseData = {
    ...mine,
    workspace: workspace as unknown as CaseData['workspace'],
    layout: mine.layout,
  };
  for (const [entity, key] of COLLECTIONS) {
    (merged as unknown as Record<CollectionKey, Item[]>)[key] = ordered(collections.get(entity)!, items(mine, key), items(theirs, key));
  }
  return { merged, conflicts: [...conflicts.values()] };
}

export function conflictId(entity: EntityKind, entityId: Id, field: string | null): string {
  return `${entity}:${entityId}:${field ?? '*'}`;
}

function mergeCollection(
  entity: ItemKind,
  base: readonly Item[],
  mine: readonly Item[],
  theirs: readonly Item[],
  conflicts: Map<string, MergeConflict>,
): Map<Id, Item> {
  const [old, ours, other] = [byKey(base), byKey(mine), byKey(theirs)];
  const merged = new Map<Id, Item>();
  for (const key of new Set([...old.keys(), ...ours.keys(), ...other.keys()])) {
    const [b, m, t] = [old.get(key), ours.get(key), other.get(key)];
    const item = mergePresence(entity, key, b, m, t, conflicts);
    if (item) merged.set(key, item);
  }
  return merged;
}

/** Whether the item survives, and as what: a deletion wins over no change, and conflicts with an edit. */
function mergePresence(
  entity: ItemKind,
  key: Id,
  base: Item | undefined,
  mine: Item | undefined,
  theirs: Item | undefined,
  conflicts: Map<string, MergeConflict>,
): Item | undefined {
  if (mine && theirs) return mergeItem(entity, key, base ?? {}, mine, theirs, conflicts);
  if (!mine && !theirs) return undefined;
  if (!base) return mine ?? theirs;
  const kept = (mine ?? theirs)!;
  if (same(kept, base)) return undefined;
  const restore: RestoredItem[] = mine ? [] : [{ entity, item: theirs }];
  addConflict(conflicts, { id: conflictId(entity, key, null), entity, entityId: key, field: null, mine: mine ?? null, theirs: theirs ?? null, restore });
  return mine;
}

function mergeItem(entity: EntityKind, key: Id, base: Item, mine: Item, theirs: Item, conflicts: Map<string, MergeConflict>): Item {
  if (same(mine, theirs)) return mine;
  const merged: Item = {};
  for (const field of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const [b, m, t] = [base[field], mine[field], theirs[field]];
    if (same(m, t) || same(b, t) || (entity === 'workspace' && LOCAL_WORKSPACE_FIELDS.has(field))) merged[field] = m;
    else if (same(b, m)) merged[field] = t;
    else if (LATEST_FIELDS.has(field)) merged[field] = String(m) > String(t) ? m : t;
    else if (SET_FIELDS.has(field) && Array.isArray(m) && Array.isArray(t)) merged[field] = mergeSets(b, m, t);
    else {
      merged[field] = m;
      addConflict(conflicts, { id: conflictId(entity, key, field), entity, entityId: key, field, mine: m ?? null, theirs: t ?? null, restore: [] });
    }
    if (merged[field] === undefined) delete merged[field];
  }
  return merged;
}

/** Tags added on either side are kept, tags removed on either side go, in mine's order then theirs'. */
function mergeSets(base: unknown, mine: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const before = new Set(Array.isArray(base) ? base : []);
  const removed = new Set([...before].filter((value) => !mine.includes(value) || !theirs.includes(value)));
  return [...new Set([...mine, ...theirs])].filter((value) => !removed.has(value));
}

/**
 * No appearance or evidence is left hanging on an item the merge removed. When mine
 * deleted a claim that theirs gave new evidence, the evidence waits in the deletion's
 * conflict, for taking theirs to put back. When theirs deleted what mine still uses,
 * mine's item stays, with a conflict that taking theirs settles by deleting it.
 */
function keepReferencesWhole(
  collections: Map<ItemKind, Map<Id, Item>>,
  sides: { mine: Readonly<CaseData>; theirs: Readonly<CaseData> },
  conflicts: Map<string, MergeConflict>,
): void {
  const mine = indexSide(sides.mine);
  const theirs = indexSide(sides.theirs);
  for (const [entity, parentsOf] of Object.entries(PARENTS) as [ItemKind, (item: Item) => [ItemKind, Id][]][]) {
    const merged = collections.get(entity)!;
    for (const [key, item] of merged) {
      for (const [parentEntity, parentId] of parentsOf(item)) {
        const parents = collections.get(parentEntity)!;
        if (parents.has(parentId)) continue;
        const mineParent = mine.get(parentEntity)!.get(parentId);
        const theirParent = theirs.get(parentEntity)!.get(parentId);
        if (mineParent) {
          parents.set(parentId, mineParent);
          addConflict(conflicts, deletion(parentEntity, parentId, mineParent, null, []));
        } else if (theirParent) {
          merged.delete(key);
          const conflict = conflicts.get(conflictId(parentEntity, parentId, null)) ?? deletion(parentEntity, parentId, null, theirParent, [{ entity: parentEntity, item: theirParent }]);
          conflict.restore.push({ entity, item });
          addConflict(conflicts, conflict);
        }
      }
    }
  }
  bringBackDependentsOfKept(collections, mine, conflicts);
}

/** Mine kept an item theirs deleted: what theirs deleted with it, and mine still has, stays too. */
function bringBackDependentsOfKept(
  collections: Map<ItemKind, Map<Id, Item>>,
  mine: Map<ItemKind, Map<Id, Item>>,
  conflicts: Map<string, MergeConflict>,
): void {
  const keptAgainstTheirs = [...conflicts.values()].filter((conflict) => conflict.field === null && conflict.theirs === null);
  if (keptAgainstTheirs.length === 0) return;
  const kept = new Set(keptAgainstTheirs.map((conflict) => `${conflict.entity}:${conflict.entityId}`));
  for (const [entity, parentsOf] of Object.entries(PARENTS) as [ItemKind, (item: Item) => [ItemKind, Id][]][]) {
    const merged = collections.get(entity)!;
    for (const [key, item] of mine.get(entity)!) {
      if (merged.has(key)) continue;
      const parents = parentsOf(item);
      const allThere = parents.every(([parentEntity, parentId]) => collections.get(parentEntity)!.has(parentId));
      if (allThere && parents.some(([parentEntity, parentId]) => kept.has(`${parentEntity}:${parentId}`))) merged.set(key, item);
    }
  }
}

function deletion(entity: ItemKind, entityId: Id, mine: Item | null, theirs: Item | null, restore: RestoredItem[]): MergeConflict {
  return { id: conflictId(entity, entityId, null), entity, entityId, field: null, mine, theirs, restore };
}

function addConflict(conflicts: Map<string, MergeConflict>, conflict: MergeConflict): void {
  conflicts.set(conflict.id, conflict);
}

function indexSide(data: Readonly<CaseData>): Map<ItemKind, Map<Id, Item>> {
  return new Map(COLLECTIONS.map(([entity, key]) => [entity, byKey(items(data, key))]));
}

/** Mine's order, then what only theirs has, in theirs' order. */
function ordered(merged: Map<Id, Item>, mine: readonly Item[], theirs: readonly Item[]): Item[] {
  const keys = new Set([...mine.map(keyOf), ...theirs.map(keyOf), ...merged.keys()]);
  return [...keys].flatMap((key) => {
    const item = merged.get(key);
    return item ? [item] : [];
  });
}

function items(data: Readonly<CaseData>, key: CollectionKey): readonly Item[] {
  return data[key] as unknown as readonly Item[];
}

function byKey(list: readonly Item[]): Map<Id, Item> {
  return new Map(list.map((item) => [keyOf(item), item]));
}

/** Tags are known by their name; everything else by its id. */
function keyOf(item: Item): Id {
  return (item.id ?? item.name) as Id;
}

/** Deep equality, whatever order the keys were written in. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = Object.keys(x).filter((key) => x[key] !== undefined);
  if (keys.length !== Object.keys(y).filter((key) => y[key] !== undefined).length) return false;
  return keys.every((key) => same(x[key], y[key]));
}
