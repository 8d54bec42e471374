// The private copy of the case an edit works on. Copying the whole case for every edit
// would cost time in proportion to its size; instead a collection is copied (its array
// of references, not its items) the first time the edit touches it, and an item is
// copied only when the edit asks to change it with revise(). Saved items are frozen,
// so changing one in place without revise() throws instead of going unsaved.

import type { CaseData } from '../../shared/model';
import { copyOf } from './positions';

export const COLLECTIONS = ['articles', 'claims', 'appearances', 'sources', 'evidence', 'tags'] as const;
export type CollectionKey = (typeof COLLECTIONS)[number];

export function draftOf(saved: Readonly<CaseData>): CaseData {
  const draft = { workspace: structuredClone(saved.workspace), layout: saved.layout } as CaseData;
  for (const key of COLLECTIONS) {
    let copy: unknown[] | undefined;
    Object.defineProperty(draft, key, {
      enumerable: true,
      get: () => (copy ??= copyOf<CaseData[typeof key][number]>(saved[key])),
      set: (value: unknown[]) => {
        copy = value;
      },
    });
  }
  return draft;
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
  for (const key of COLLECTIONS) {
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
