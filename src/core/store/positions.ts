// Where an item sits in a collection of the case, found by its key without scanning the
// collection: an edit of one claim among 50,000 must not cost a look at every claim.
// A saved collection is a frozen array, so the places of its items, once known, stay
// true; an edit that only updates items or adds them at the end hands the same places
// on to the collection it makes. Any other edit makes a collection whose places are
// learnt again, once, when it is next searched.

export type Keyed = { id: string } | { name: string };

/** Tags are known by their name; everything else by its id. */
export function keyOf(item: Keyed): string {
  return 'id' in item ? item.id : item.name;
}

/**
 * Key → place, for frozen arrays only. Arrays handed the same places share one map,
 * which then also holds keys added past an array's end, or placed by an edit that
 * failed: a place is trusted only once the array's item there has that key.
 */
const placesOf = new WeakMap<readonly Keyed[], Map<string, number>>();
/** A draft's copy of a collection, and the saved collection it was copied from. */
const copiedFrom = new WeakMap<readonly Keyed[], readonly Keyed[]>();

/**
 * The place of the first item with this key, or -1: what findIndex would answer. (A
 * changeable copy an edit has given a key twice may answer the other place.)
 */
export function indexOfKey(items: readonly Keyed[], key: string): number {
  if (Object.isFrozen(items)) {
    const at = savedPlaces(items).get(key);
    // No place: no array these places were handed to has held the key.
    if (at === undefined) return -1;
    if (holds(items, at, key)) return at;
  } else {
    const original = copiedFrom.get(items);
    // The copy may have changed since it was made: its item there must still be the one saved.
    const at = original && savedPlaces(original).get(key);
    if (at !== undefined && holds(original!, at, key) && items[at] === original![at]) return at;
  }
  return items.findIndex((item) => keyOf(item) === key);
}

/** A changeable copy of a saved collection that still finds its items by their place in the original. */
export function copyOf<T extends Keyed>(saved: readonly T[]): T[] {
  const copy = [...saved];
  if (Object.isFrozen(saved)) copiedFrom.set(copy, saved);
  return copy;
}

/**
 * Hands the places of `from` on to `to`, made from it by updating items in place and
 * adding `added` at its end. `to` must be frozen before it is searched.
 */
export function handOn(from: readonly Keyed[], to: readonly Keyed[], added: readonly Keyed[]): void {
  if (!Object.isFrozen(from)) return;
  const places = savedPlaces(from);
  added.forEach((item, i) => places.set(keyOf(item), from.length + i));
  placesOf.set(to, places);
}

function holds(items: readonly Keyed[], at: number, key: string): boolean {
  return at < items.length && keyOf(items[at]!) === key;
}

function savedPlaces(items: readonly Keyed[]): Map<string, number> {
  let places = placesOf.get(items);
  if (!places) {
    places = new Map();
    for (let at = 0; at < items.length; at++) {
      const key = keyOf(items[at]!);
      if (!places.has(key)) places.set(key, at);
    }
    placesOf.set(items, places);
  }
  return places;
}
