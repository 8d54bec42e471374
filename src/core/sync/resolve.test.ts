import { afterEach, describe, expect, it } from 'vitest';
import { ClaimdeskError } from '../../shared/rpc';
import { CaseStore } from '../store';
import { sampleClaim } from '../store/test-case';
import { useTempFolders } from '../store/test-folders';
import { readConflicts, writeConflicts, type StoredConflict } from './conflicts-file';
import { conflictId } from './merge';
import { listConflicts, resolveConflict } from './resolve';

const tempFolder = useTempFolders();
const open: CaseStore[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
});

/** Ben's case with one claim rated true, and the conflicts a merge with Ana's copy left. */
async function caseWithConflicts(...conflicts: Partial<StoredConflict>[]): Promise<CaseStore> {
  const store = await CaseStore.create(await tempFolder(), { name: 'Embassy', analyst: 'Ben' });
  open.push(store);
  await store.edit((draft, journal) => {
    const claim = { ...sampleClaim('clm_1'), verdict: 'true' as const };
    draft.claims.push(claim);
    journal.created('claim', 'clm_1', claim);
  });
  await writeConflicts(store.dir, conflicts.map(conflict));
  return store;
}

function conflict(fields: Partial<StoredConflict>): StoredConflict {
  const field = fields.field === undefined ? 'verdict' : fields.field;
  return {
    id: conflictId('claim', 'clm_1', field),
    entity: 'claim',
    entityId: 'clm_1',
    field,
    mine: 'true',
    theirs: 'false',
    myAnalyst: 'Ben',
    theirAnalyst: 'Ana',
    myAt: null,
    theirAt: null,
    restore: [],
    ...fields,
  };
}

const claim = (store: CaseStore) => store.data.claims[0]!;

describe('settling a conflict with a value written by hand', () => {
  it('puts a verdict chosen from the allowed ones in as one undoable edit, in the history, and closes the conflict', async () => {
    const store = await caseWithConflicts({ field: 'verdict' }, { field: 'claimant', mine: 'President', theirs: 'Minister' });
    const historyBefore = (await store.readHistory()).length;

    const left = await resolveConflict(store, 'claim:clm_1:verdict', 'edit', 'mixed');

    expect(left.map((open) => open.id)).toEqual(['claim:clm_1:claimant']);
    expect(claim(store).verdict).toBe('mixed');
    const history = await store.readHistory();
    expect(history.slice(historyBefore)).toEqual([expect.objectContaining({ entity: 'claim', entityId: 'clm_1', actor: 'Ben' })]);
    expect(await store.undo()).toBe('Resolve a conflict by hand');
    expect(claim(store).verdict).toBe('true');
  });

  it('takes a text field as written, and an empty choice as unset', async () => {
    const store = await caseWithConflicts(
      { field: 'claimant', mine: 'President', theirs: 'Minister' },
      { field: 'confidence', mine: 'high', theirs: 'low' },
    );
    await resolveConflict(store, 'claim:clm_1:claimant', 'edit', 'The president’s spokesman');
    await resolveConflict(store, 'claim:clm_1:confidence', 'edit', '');
    expect(claim(store)).toMatchObject({ claimant: 'The president’s spokesman', confidence: null });
    expect(await listConflicts(store)).toEqual([]);
  });

  it('matches a choice by its value in any case or by its label, as the command line passes it', async () => {
    const store = await caseWithConflicts({ field: 'verdict' });
    await resolveConflict(store, 'claim:clm_1:verdict', 'edit', 'Mostly False');
    expect(claim(store).verdict).toBe('mostly-false');
  });

  it.each([
    ['a verdict the scale does not have', 'verdict', 'pants-on-fire', /verdict must be one of unrated, true, mostly-true/],
    ['an empty statement', 'statement', '  ', /statement cannot be empty/],
    ['a number for a text field', 'claimant', 42, /claimant must be text/],
    ['a field only mine or theirs settles', 'tags', 'x', /cannot be written by hand: take mine or theirs/],
    ['a deleted item', null, 'x', /a deleted item cannot be written by hand/],
  ])('refuses %s, changing nothing and keeping the conflict open', async (_case, field, value, message) => {
    const store = await caseWithConflicts({ field: field as string | null });
    const before = store.data;
    const [stored] = await readConflicts(store.dir);

    const refused = await resolveConflict(store, stored!.id, 'edit', value).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(ClaimdeskError);
    expect(refused).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(message) });
    expect(store.data).toBe(before);
    expect((await listConflicts(store)).map((open) => open.id)).toEqual([stored!.id]);
  });
});
