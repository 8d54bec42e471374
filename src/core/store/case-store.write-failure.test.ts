// What the store does when the disk refuses a write: the edit fails, and the data in
// memory stays what is on disk.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CaseData } from '../../shared/model';
import { CaseStore } from './case-store';
import type * as DurableFile from './durable-file';
import { writeFileDurably } from './durable-file';
import { sampleClaim } from './test-case';
import { useTempFolders } from './test-folders';

vi.mock('./durable-file', async (importOriginal) => {
  const actual = await importOriginal<typeof DurableFile>();
  return { ...actual, writeFileDurably: vi.fn(actual.writeFileDurably) };
});

const tempFolder = useTempFolders();

function onDisk(store: CaseStore): CaseData {
  return JSON.parse(readFileSync(join(store.dir, 'claimdesk.json'), 'utf8')) as CaseData;
}

function addClaim(store: CaseStore, id: string): Promise<void> {
  return store.edit((draft, journal) => {
    draft.claims.push(sampleClaim(id));
    journal.created('claim', id, sampleClaim(id));
  });
}

describe('a write the disk refuses', () => {
  it('rejects the edit and keeps the data equal to the file', async () => {
    const store = await CaseStore.create(await tempFolder(), { name: 'Embassy' });
    await addClaim(store, 'clm_1');
    const history = await store.readHistory();
    vi.mocked(writeFileDurably).mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));

    await expect(addClaim(store, 'clm_2')).rejects.toThrow('no space left');
    expect(store.data).toEqual(onDisk(store));
    expect(store.data.claims.map((claim) => claim.id)).toEqual(['clm_1']);
    expect(await store.readHistory()).toEqual(history);

    await addClaim(store, 'clm_3');
    expect(onDisk(store).claims.map((claim) => claim.id)).toEqual(['clm_1', 'clm_3']);
  });

  it('never shows an edit before it is saved', async () => {
    const store = await CaseStore.create(await tempFolder(), { name: 'Embassy' });
    let start = () => {};
    let release = () => {};
    const started = new Promise<void>((resolve) => (start = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    vi.mocked(writeFileDurably).mockImplementationOnce(async () => {
      start();
      await released;
      throw new Error('EIO: i/o error');
    });

    const edit = addClaim(store, 'clm_1');
    await started;
    expect(store.data.claims).toEqual([]);
    release();
    await expect(edit).rejects.toThrow('EIO');
    expect(store.data.claims).toEqual([]);
    expect(onDisk(store).claims).toEqual([]);
  });
});
