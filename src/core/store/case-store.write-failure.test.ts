// What the store does when the disk refuses a write: the edit fails and says so, the data
// in memory stays what is on disk, and the history holds no trace of it, so trying again
// saves the change once.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseStore, readCase } from './case-store';
import { sampleClaim } from './test-case';
import { diskFull, failNextWrite } from './test-disk-failures';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

function addClaim(store: CaseStore, id: string): Promise<void> {
  return store.edit((draft, journal) => {
    draft.claims.push(sampleClaim(id));
    journal.created('claim', id, sampleClaim(id));
  });
}

afterEach(() => vi.restoreAllMocks());

describe('a journal write the disk refuses', () => {
  it('rejects the edit, keeps the data equal to the disk, and lets a retry save it once', async () => {
    const dir = await tempFolder();
    const store = await CaseStore.create(dir, { name: 'Embassy' });
    await addClaim(store, 'clm_1');
    const history = await store.readHistory();
    // The disk fills halfway through the edit's line: half of it reaches the file.
    await failNextWrite(dir, diskFull(), { partly: true });

    await expect(addClaim(store, 'clm_2')).rejects.toThrow('no space left');
    expect(store.data.claims.map((claim) => claim.id)).toEqual(['clm_1']);
    expect(await readCase(dir)).toEqual(store.data);
    expect(await store.readHistory()).toEqual(history);

    await addClaim(store, 'clm_2');
    expect((await readCase(dir)).claims.map((claim) => claim.id)).toEqual(['clm_1', 'clm_2']);
    const created = (await store.readHistory()).filter((entry) => entry.action === 'create' && entry.entity === 'claim');
    expect(created.map((entry) => entry.entityId)).toEqual(['clm_1', 'clm_2']);
  });

  it('never shows an edit before it is saved', async () => {
    const dir = await tempFolder();
    const store = await CaseStore.create(dir, { name: 'Embassy' });
    let start = () => {};
    let release = () => {};
    const started = new Promise<void>((resolve) => (start = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const ioError = Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    await failNextWrite(dir, ioError, { before: async () => (start(), await released) });

    const edit = addClaim(store, 'clm_1');
    await started;
    expect(store.data.claims).toEqual([]);
    release();
    await expect(edit).rejects.toThrow('EIO');
    expect(store.data.claims).toEqual([]);
    expect((await readCase(dir)).claims).toEqual([]);
  });
});
