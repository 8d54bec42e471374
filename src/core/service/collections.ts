// Finding and removing items of the case by id, inside an edit.

import { COLLECTIONS, type CaseData, type CollectionKey, type Id, type ItemKind } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { indexOfKey, reviseByKey, type Journal } from '../store';

type Collection = 'claims' | 'sources' | 'evidence' | 'appearances' | 'articles';
type Item<C extends Collection> = CaseData[C][number];

const NOUNS: Record<Collection, string> = {
  claims: 'claim',
  sources: 'source',
  evidence: 'evidence link',
  appearances: 'appearance',
  articles: 'article',
};

/** The kind of item each list holds, as the history names it. */
const KIND_OF = Object.fromEntries(COLLECTIONS.map(([kind, key]) => [key, kind])) as Record<CollectionKey, ItemKind>;

/** The item with that id, or a not-found error that names what was looked for. */
export function findOrFail<C extends Collection>(data: CaseData, collection: C, id: Id): Item<C> {
  const items = data[collection] as Array<Item<C>>;
  return items[placeOrFail(items, collection, id)]!;
}

/** The item with that id, made changeable inside an edit (see revise()). */
export function findForUpdate<C extends Collection>(draft: CaseData, collection: C, id: Id): Item<C> {
  const item = reviseByKey(draft, collection, id);
  if (item === null) throw notFound(collection, id);
  return item;
}

/** Found by its place, not by a look at every item: see store/positions.ts. */
function placeOrFail(items: ReadonlyArray<Item<Collection>>, collection: Collection, id: Id): number {
  const index = indexOfKey(items, id);
  if (index < 0) throw notFound(collection, id);
  return index;
}

function notFound(collection: Collection, id: Id): ClaimdeskError {
  return new ClaimdeskError('not-found', `There is no ${NOUNS[collection]} ${id} in this case.`);
}

/** Removes every matching item, recording each removal in the journal. */
export function removeWhere<C extends Collection>(
  draft: CaseData,
  collection: C,
  matches: (item: Item<C>) => boolean,
  journal: Journal,
): void {
  const kept = (draft[collection] as Array<Item<C>>).filter((item) => {
    if (!matches(item)) return true;
    journal.deleted(KIND_OF[collection], item.id, item);
    return false;
  });
  (draft as Record<C, Array<Item<C>>>)[collection] = kept;
}
