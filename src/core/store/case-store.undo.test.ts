import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../shared/model';
import { CaseStore, readCase } from './case-store';
import { revise } from './case-draft';
import { sampleClaim } from './test-case';
import { useTempFolders } from './test-folders';
import { MAX_UNDO_STEPS } from './undo-stack';

const tempFolder = useTempFolders();

async function newStore(): Promise<CaseStore> {
  return CaseStore.create(await tempFolder(), { name: 'Embassy', analyst: 'Dana Ruiz' });
}

/** What opening the case again would find. */
function onDisk(store: CaseStore): Promise<CaseData> {
  return readCase(store.dir);
}

function addClaim(store: CaseStore, id: string): Promise<void> {
  return store.edit((draft, journal) => {
    draft.claims.push(sampleClaim(id));
    journal.created('claim', id, sampleClaim(id));
  });
}

function setVerdict(store: CaseStore, id: string, verdict: CaseData['claims'][number]['verdict']): Promise<void> {
  return store.edit((draft, journal) => {
    const claim = revise(draft.claims, draft.claims.find((candidate) => candidate.id === id)!);
    const before = structuredClone(claim);
    claim.verdict = verdict;
    journal.updated('claim', id, before, claim);
  });
}

describe('undo and redo', () => {
  it('puts back exactly the case before the edit, in memory and on disk', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    const before = structuredClone(store.data);
    await setVerdict(store, 'clm_1', 'false');
    const after = structuredClone(store.data);

    expect(await store.undo()).toBe('Edit claim');
    expect(store.data).toEqual(before);
    expect(await onDisk(store)).toEqual(before);

    expect(await store.redo()).toBe('Edit claim');
    expect(store.data).toEqual(after);
    expect(await onDisk(store)).toEqual(after);
  });

  it('names the next undo and redo for the menu', async () => {
    const store = await newStore();
    expect(store.undoState).toEqual({ undo: null, redo: null });
    await addClaim(store, 'clm_1');
    expect(store.undoState).toEqual({ undo: 'Tag claim', redo: null });
    await store.undo();
    expect(store.undoState).toEqual({ undo: null, redo: 'Tag claim' });
  });

  it('undoes several edits in turn, newest first', async () => {
    const store = await newStore();
    const empty = structuredClone(store.data);
    await addClaim(store, 'clm_1');
    await addClaim(store, 'clm_2');
    await store.undo();
    expect(store.data.claims.map((claim) => claim.id)).toEqual(['clm_1']);
    await store.undo();
    expect(store.data).toEqual(empty);
  });

  it('forgets what was undone once a new edit is made', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    await store.undo();
    await addClaim(store, 'clm_2');
    expect(store.undoState.redo).toBeNull();
    await expect(store.redo()).rejects.toMatchObject({ code: 'not-found', message: 'There is nothing to redo.' });
  });

  it('refuses when there is nothing to undo and changes nothing', async () => {
    const store = await newStore();
    const before = structuredClone(store.data);
    await expect(store.undo()).rejects.toMatchObject({ code: 'not-found', message: 'There is nothing to undo.' });
    expect(await onDisk(store)).toEqual(before);
  });

  it('keeps the layout as it is now: the arrangement of panes is not an edit', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    const layout = { panes: [{ tabs: [], active: null, scroll: {}, size: 1 }] };
    await store.edit((draft) => void (draft.layout = layout), { undoable: false });
    expect(store.undoState.undo).toBe('Tag claim');
    await store.undo();
    expect(store.data.claims).toEqual([]);
    expect(store.data.layout).toEqual(layout);
  });

  it('writes undo and redo to the history as changes with their cause', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    await setVerdict(store, 'clm_1', 'false');
    await store.undo();
    await store.redo();
    const [undone, redone] = (await store.readHistory()).slice(-2);
    expect(undone).toMatchObject({ cause: 'undo', action: 'update', entity: 'claim', entityId: 'clm_1', actor: 'Dana Ruiz' });
    expect(undone?.before).toMatchObject({ verdict: 'false' });
    expect(undone?.after).toMatchObject({ verdict: sampleClaim('clm_1').verdict });
    expect(redone).toMatchObject({ cause: 'redo', action: 'update', after: { verdict: 'false' } });
  });

  it('remembers the last hundred edits', async () => {
    const store = await newStore();
    for (let i = 0; i <= MAX_UNDO_STEPS; i++) await addClaim(store, `clm_${i}`);
    for (let i = 0; i < MAX_UNDO_STEPS; i++) await store.undo();
    expect(store.data.claims.map((claim) => claim.id)).toEqual(['clm_0']);
    expect(store.undoState.undo).toBeNull();
  });
});
