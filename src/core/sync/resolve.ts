// Settling a conflict: taking mine keeps the case as it is; taking theirs, or writing the
// value by hand, is an edit like any other (in the history, undoable, sent at the next
// sync), which puts that value in.

import { checkFieldValue, fieldInput, type FieldValue } from '../../shared/conflict-fields';
import { COLLECTION_OF, type CaseData, type Id, type ItemKind } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import type { Conflict, Take } from '../../shared/sync';
import { revise, type CaseStore, type Journal } from '../store';
import { readConflicts, shown, writeConflicts, type StoredConflict } from './conflicts-file';

type Item = Record<string, unknown>;

export async function listConflicts(store: CaseStore): Promise<Conflict[]> {
  return (await readConflicts(store.dir)).map(shown);
}

/** Settles one conflict (`value` is the analyst's, for take "edit"); resolves with those still open. */
export async function resolveConflict(store: CaseStore, id: string, take: Take, value?: unknown): Promise<Conflict[]> {
  const conflicts = await readConflicts(store.dir);
  const conflict = conflicts.find((candidate) => candidate.id === id);
  if (!conflict) {
    throw new ClaimdeskError('not-found', `There is no conflict ${id} in this case. List them with \`claimdesk conflicts\`.`);
  }
  if (take === 'theirs') await store.edit((draft, journal) => takeTheirs(draft, journal, conflict), { label: 'Take their change' });
  if (take === 'edit') {
    const written = writtenValue(conflict, value);
    await store.edit((draft, journal) => setField(draft, journal, conflict, conflict.field!, written), { label: 'Resolve a conflict by hand' });
  }
  const open = conflicts.filter((candidate) => candidate.id !== id);
  await writeConflicts(store.dir, open);
  return open.map(shown);
}

/** The analyst's value as the field stores it; refused, with what the field allows, before anything changes. */
function writtenValue(conflict: StoredConflict, value: unknown): FieldValue {
  const input = fieldInput(conflict.entity, conflict.field);
  if (input === null) {
    const what = conflict.field === null ? 'a deleted item' : `the ${conflict.field} of a ${conflict.entity}`;
    throw new ClaimdeskError('invalid-input', `The value of ${what} cannot be written by hand: take mine or theirs for ${conflict.id}. Nothing was changed.`);
  }
  const checked = checkFieldValue(input, value);
  if (!checked.ok) {
    throw new ClaimdeskError('invalid-input', `The ${conflict.entity}'s ${conflict.field} ${checked.problem}. The conflict ${conflict.id} stays open; nothing was changed.`);
  }
  return checked.value;
}

function takeTheirs(draft: CaseData, journal: Journal, conflict: StoredConflict): void {
  if (conflict.field !== null) setField(draft, journal, conflict, conflict.field, conflict.theirs);
  else if (conflict.theirs === null) deleteWithDependents(draft, journal, conflict.entity as ItemKind, conflict.entityId);
  else for (const { entity, item } of conflict.restore) putBack(draft, journal, entity, item as Item);
}

function setField(draft: CaseData, journal: Journal, conflict: StoredConflict, field: string, value: unknown): void {
  if (conflict.entity === 'workspace') {
    const before = draft.workspace;
    draft.workspace = { ...before, [field]: value };
    journal.updated('workspace', before.id, before, draft.workspace);
    return;
  }
  const list = listOf(draft, conflict.entity as ItemKind);
  const found = list.find((item) => keyOf(item) === conflict.entityId);
  if (!found) {
    throw new ClaimdeskError('not-found', `The ${conflict.entity} ${conflict.entityId} is no longer in the case, so the value has nowhere to go. Take mine instead.`);
  }
  const item = revise(list, found);
  const before = structuredClone(item);
  item[field] = value;
  journal.updated(conflict.entity, conflict.entityId, before, item);
}

/** As deleting it in the app would: what hangs on an item goes with it. */
function deleteWithDependents(draft: CaseData, journal: Journal, entity: ItemKind, id: Id): void {
  const hangsOn = (item: Item) =>
    (entity === 'claim' && item.claimId === id) ||
    (entity === 'source' && item.sourceId === id) ||
    (entity === 'article' && (item.articleId === id || (item.passage as { articleId?: Id } | null)?.articleId === id));
  for (const dependent of ['appearance', 'evidence'] as const) removeWhere(draft, journal, dependent, hangsOn);
  removeWhere(draft, journal, entity, (item) => keyOf(item) === id);
}

function putBack(draft: CaseData, journal: Journal, entity: ItemKind, item: Item): void {
  const list = listOf(draft, entity);
  if (list.some((present) => keyOf(present) === keyOf(item))) return;
  list.push(item);
  journal.created(entity, keyOf(item), item);
}

function removeWhere(draft: CaseData, journal: Journal, entity: ItemKind, matches: (item: Item) => boolean): void {
  const key = collectionKey(entity);
  const kept = listOf(draft, entity).filter((item) => {
    if (!matches(item)) return true;
    journal.deleted(entity, keyOf(item), item);
    return false;
  });
  (draft as unknown as Record<string, Item[]>)[key] = kept;
}

function listOf(draft: CaseData, entity: ItemKind): Item[] {
  return (draft as unknown as Record<string, Item[]>)[collectionKey(entity)]!;
}

function collectionKey(entity: ItemKind): string {
  return COLLECTION_OF[entity];
}

function keyOf(item: Item): Id {
  return (item.id ?? item.name) as Id;
}
