import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/model';
import { CaseStore, readCase } from './case-store';
import { sampleClaim } from './test-case';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

function addClaim(store: CaseStore, id: string): Promise<void> {
  return store.edit((draft, journal) => {
    draft.claims.push(sampleClaim(id));
    journal.created('claim', id, sampleClaim(id));
  });
}

const theirEntry: HistoryEntry = {
  at: '2025-01-02T00:00:00.000Z', actor: 'Ben', action: 'create', entity: 'claim', entityId: 'clm_theirs',
  before: null, after: sampleClaim('clm_theirs'), seq: 2, of: 1,
};

describe('replacing a case with a merge', () => {
  it('saves the merged case and history, and later edits on top of them, as opening finds them', async () => {
    const store = await CaseStore.create(await tempFolder(), { name: 'Embassy', analyst: 'Ana' });
    await addClaim(store, 'clm_mine');
    const revision = store.seq;
    await store.replace((data, history) => ({
      data: { ...data, claims: [...data.claims, sampleClaim('clm_theirs')] },
      history: [...history, theirEntry],
    }));
    expect(store.seq).toBeGreaterThan(revision);
    expect(store.undoState.undo).toBeNull();
    await addClaim(store, 'clm_after');
    expect((await readCase(store.dir)).claims.map((claim) => claim.id)).toEqual(['clm_mine', 'clm_theirs', 'clm_after']);
    await store.close();
    const reopened = await CaseStore.open(store.dir);
    expect(reopened.data.claims.map((claim) => claim.id)).toEqual(['clm_mine', 'clm_theirs', 'clm_after']);
    expect((await reopened.readHistory()).map((entry) => entry.actor)).toEqual(['Ana', 'Ana', 'Ben', 'Ana']);
    await reopened.close();
  });

  it('refuses a history that numbers two edits alike, changing nothing', async () => {
    const store = await CaseStore.create(await tempFolder(), { name: 'Embassy', analyst: 'Ana' });
    await addClaim(store, 'clm_mine');
    await expect(store.replace((data, history) => ({ data, history: [...history, { ...theirEntry, seq: 1 }] }))).rejects.toThrow(/once each/);
    expect((await readCase(store.dir)).claims).toHaveLength(1);
    await store.close();
  });

  it('changes nothing when the merge brings nothing', async () => {
    const store = await CaseStore.create(await tempFolder(), { name: 'Embassy', analyst: 'Ana' });
    await addClaim(store, 'clm_mine');
    const before = store.data;
    expect(await store.replace(() => null)).toBe(false);
    expect(store.data).toBe(before);
    await store.close();
  });

  it('hands a sync the compacted snapshot, with no edit half in it', async () => {
    const store = await CaseStore.create(await tempFolder(), { name: 'Embassy', analyst: 'Ana' });
    await addClaim(store, 'clm_mine');
    const snapshot = await store.settled(async () => JSON.parse(await readFile(join(store.dir, 'claimdesk.json'), 'utf8')) as { claims: unknown[] });
    expect(snapshot.claims).toHaveLength(1);
    await store.close();
  });
});
