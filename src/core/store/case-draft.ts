// The private copy of the case an edit works on. Copying the whole case for every edit
// would cost time in proportion to its size; instead a collection is copied (its array
// of references, not its items) the first time the edit touches it, and an item is
// copied only when the edit asks to change it with revise(). An item revised by its key
// with reviseByKey() does not copy its collection at all until the edit reads the
// collection, so an edit of one claim among 50,000 copies one claim. Saved items are
// frozen, so changing one in place without revise() throws instead of going unsaved.

import { COLLECTION_OF, type CaseData, type CollectionKey } from '../../shared/model';
import { copyOf, indexOfKey, type Keyed } from './positions';
type Item<K extends CollectionKey> = CaseData[K][number];

/** Each draft's reviseByKey(), which needs the saved case and the copies made so far. */
const revisers = new WeakMap<CaseData, (key: CollectionKey, itemKey: string) => Keyed | null>();

export function draftOf(saved: Readonly<CaseData>): CaseData {
  const draft = { workspace: structuredClone(saved.workspace), layout: saved.layout } as CaseData;
  const copies = new Map<CollectionKey, unknown[]>();
  /** Items revised by key while their collection was not copied yet, by their place in it. */
  const revised = new Map<CollectionKey, Map<number, Keyed>>();
  const copied = (key: CollectionKey): unknown[] => {
    let copy = copies.get(key);
    if (copy === undefined) {
      copy = copyOf<Keyed>(saved[key]);
      for (const [at, item] of revised.get(key) ?? []) copy[at] = item;
      copies.set(key, copy);
    }
    return copy;
  };
  for (const key of Object.values(COLLECTION_OF)) {
    Object.defineProperty(draft, key, {
      enumerable: true,
      get: () => copied(key),
      set: (value: unknown[]) => void copies.set(key, value),
    });
  }
  revisers.set(draft, (key, itemKey) => {
    const copy = copies.get(key) as Keyed[] | undefined;
    if (copy !== undefined) {
      const at = indexOfKey(copy, itemKey);
      return at < 0 ? null : revise(copy, copy[at]!, at);
    }
    const at = indexOfKey(saved[key], itemKey);
    if (at < 0) return null;
    const pending = revised.get(key) ?? new Map<number, Keyed>();
    revised.set(key, pending);
    let item = pending.get(at);
    if (item === undefined) pending.set(at, (item = structuredClone(saved[key][at]!)));
    return item;
  });
  return draft;
}

/**
 * The item with that key (a tag's name, else its id), made changeable as revise() makes
 * it, or null if the draft's collection has no such item. Its collection is not copied
 * until the edit reads it: what the journal records is what is saved, not the draft.
 */
export function reviseByKey<K extends CollectionKey>(draft: CaseData, key: K, itemKey: string): Item<K> | null {
  const reviser = revisers.get(draft);
  if (reviser) return reviser(key, itemKey) as Item<K> | null;
  const items = draft[key] as Keyed[];
  const at = indexOfKey(items, itemKey);
  return at < 0 ? null : (revise(items, items[at]!, at) as Item<K>);
}

/**
 * The item, made changeable: a copy takes its place in the draft's collection. Call it
 * on an item of the draft before changing the item.
 */
export function revise<T extends object>(collection: T[], item: T, index = collection.indexOf(item)): T {
  if (!Object.isFrozen(item)) return item;
  if (collection[index] !== item) throw new Error('revise() was given an item that is not in the collection.');
  const copy = structuredClone(item);
  collection[index] = copy;
  return copy;
}

/**
 * Where the draft an edit left differs from the case its journal records, e.g. "claims
 * (clm_1)", or null. Items are compared by key, in any order: the journal places a new
 * item last, wherever the draft put it.
 */
export function draftDisagreement(draft: CaseData, recorded: Readonly<CaseData>): string | null {
  if (JSON.stringify(draft.workspace) !== JSON.stringify(recorded.workspace)) return 'the workspace';
  for (const key of Object.values(COLLECTION_OF)) {
    const mine = byKey(draft[key]);
    const theirs = byKey(recorded[key]);
    const differing = [...new Set([...mine.keys(), ...theirs.keys()])].filter((id) => mine.get(id) !== theirs.get(id));
    if (differing.length > 0) return `${key} (${differing.slice(0, 3).join(', ')})`;
  }
  return null;
}

function byKey(items: readonly object[]): Map<string, string> {
  return new Map(items.map((item) => ['id' in item ? String(item.id) : String((item as { name: string }).name), JSON.stringify(item)]));
}
