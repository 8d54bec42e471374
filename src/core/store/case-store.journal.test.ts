// The journal: an edit is saved by one append to history.jsonl; claimdesk.json is a
// snapshot rewritten only on compaction; opening replays what the snapshot lacks.

import { appendFile, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../shared/model';
import { CaseStore, readCase, type CompactionPolicy } from './case-store';
import { readHistory } from './history';
import { sampleArticle, sampleClaim, snapshotIn } from './test-case';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

/** Never compacts on its own: only close() and a full journal write the snapshot. */
const NO_IDLE = { idleMs: 3_600_000 };

async function newStore(compaction: Partial<CompactionPolicy> = NO_IDLE): Promise<CaseStore> {
  return CaseStore.create(await tempFolder(), { name: 'Embassy', analyst: 'Dana Ruiz', compaction });
}

function addClaim(store: CaseStore, id: string): Promise<void> {
  return store.edit((draft, journal) => {
    draft.claims.push(sampleClaim(id));
    journal.created('claim', id, sampleClaim(id));
  });
}

const claimIds = (data: { claims: readonly { id: string }[] }) => data.claims.map((claim) => claim.id);

describe('an edit', () => {
  it('appends to the journal and leaves the snapshot as it was', async () => {
    const store = await newStore();
    const snapshot = await readFile(join(store.dir, 'claimdesk.json'));
    await addClaim(store, 'clm_1');
    expect(await readFile(join(store.dir, 'claimdesk.json'))).toEqual(snapshot);
    const last = (await readHistory(join(store.dir, 'history.jsonl'))).at(-1);
    expect(last).toMatchObject({ entity: 'claim', entityId: 'clm_1', seq: 1, of: 1 });
  });

  it('numbers each edit and writes all its entries under that number', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    await store.edit((draft, journal) => {
      for (const id of ['clm_2', 'clm_3']) {
        draft.claims.push(sampleClaim(id));
        journal.created('claim', id, sampleClaim(id));
      }
    });
    const entries = (await store.readHistory()).filter((entry) => entry.seq !== undefined);
    expect(entries.map((entry) => [entry.seq, entry.of])).toEqual([
      [1, 1],
      [2, 2],
      [2, 2],
    ]);
  });

  it('is there when the case is opened again after a crash, before any snapshot', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    await addClaim(store, 'clm_2');
    // A crash: the store is never closed, and its lock is left behind by a process that is gone.
    await writeFile(join(store.dir, '.claimdesk.lock'), JSON.stringify({ pid: 999_999_999, host: (await import('node:os')).hostname(), since: 'then', app: 'cli' }));
    const reopened = await CaseStore.open(store.dir);
    expect(claimIds(reopened.data)).toEqual(['clm_1', 'clm_2']);
    expect(reopened.tookOverFrom).toMatchObject({ pid: 999_999_999 });
  });
});

describe('the snapshot', () => {
  it('is written on close, and the reopened case replays nothing', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    await store.close();
    expect(claimIds((await snapshotIn(store.dir)) as { claims: { id: string }[] })).toEqual(['clm_1']);
    const { journal } = JSON.parse(await readFile(join(store.dir, 'claimdesk.json'), 'utf8')) as { journal: { seq: number; offset: number } };
    expect(journal).toEqual({ seq: 1, offset: (await stat(join(store.dir, 'history.jsonl'))).size });
    expect(claimIds((await CaseStore.open(store.dir)).data)).toEqual(['clm_1']);
  });

  it('is written once the journal grows past its bound', async () => {
    const store = await newStore({ ...NO_IDLE, maxJournalBytes: 2_000 });
    for (let i = 0; i < 6; i++) await addClaim(store, `clm_${i}`);
    await store.edit(() => undefined);
    const snapshot = (await snapshotIn(store.dir)) as { claims: { id: string }[] };
    expect(snapshot.claims.length).toBeGreaterThan(0);
    expect(await readCase(store.dir)).toEqual(store.data);
  });

  it('is written after idle time', async () => {
    const store = await newStore({ idleMs: 20 });
    await addClaim(store, 'clm_1');
    await expect.poll(async () => claimIds((await snapshotIn(store.dir)) as { claims: { id: string }[] })).toEqual(['clm_1']);
  });

  it('is never written over a snapshot another program changed; the edits stay in the journal', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    const theirs = (await readFile(join(store.dir, 'claimdesk.json'), 'utf8')).replace('"Embassy"', '"Embassy (edited)"');
    await writeFile(join(store.dir, 'claimdesk.json'), theirs);
    await expect(store.close()).rejects.toMatchObject({ code: 'changed-on-disk', message: expect.stringContaining('claimdesk.json') });
    expect(await readFile(join(store.dir, 'claimdesk.json'), 'utf8')).toBe(theirs);
    expect((await readHistory(join(store.dir, 'history.jsonl'))).some((entry) => entry.entityId === 'clm_1')).toBe(true);
  });
});

describe('a journal changed behind the store', () => {
  it('refuses the next edit rather than interleave with another writer', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    await appendFile(join(store.dir, 'history.jsonl'), '{"written":"by another program"}\n');
    await expect(addClaim(store, 'clm_2')).rejects.toMatchObject({ code: 'changed-on-disk' });
    expect(claimIds(store.data)).toEqual(['clm_1']);
  });
});

describe('opening a case whose journal a crash cut short', () => {
  async function crashedCase(cut: (history: string) => Promise<void>): Promise<string> {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    await store.edit((draft, journal) => {
      for (const id of ['clm_2', 'clm_3']) {
        draft.claims.push(sampleClaim(id));
        journal.created('claim', id, sampleClaim(id));
      }
    });
    await cut(join(store.dir, 'history.jsonl'));
    await writeFile(join(store.dir, '.claimdesk.lock'), '');
    return store.dir;
  }

  it('leaves out an edit torn mid-line, keeps its bytes aside, and saves the next edit cleanly', async () => {
    const dir = await crashedCase(async (history) => truncate(history, (await stat(history)).size - 30));
    const store = await CaseStore.open(dir);
    expect(claimIds(store.data)).toEqual(['clm_1']);
    expect((await readFile(join(dir, 'history.jsonl.torn'), 'utf8')).length).toBeGreaterThan(0);
    await addClaim(store, 'clm_4');
    await store.close();
    expect(claimIds(await readCase(dir))).toEqual(['clm_1', 'clm_4']);
    expect((await readHistory(join(dir, 'history.jsonl'))).filter((entry) => entry.seq === 2).map((entry) => entry.entityId)).toEqual(['clm_4']);
  });

  it('leaves out an edit of which only whole lines but not all reached the disk', async () => {
    const dir = await crashedCase(async (history) => {
      const lines = (await readFile(history, 'utf8')).split('\n').filter(Boolean);
      await writeFile(history, `${lines.slice(0, -1).join('\n')}\n`);
    });
    expect(claimIds(await readCase(dir))).toEqual(['clm_1']);
    expect(claimIds((await CaseStore.open(dir)).data)).toEqual(['clm_1']);
  });
});

describe('a case saved before the journal', () => {
  it('is upgraded with a copy kept, and its history is not replayed', async () => {
    const dir = await tempFolder();
    const old = await newStore();
    await addClaim(old, 'clm_1');
    await old.close();
    // As schema 3 saved it: no journal mark, and history lines without edit numbers.
    const { journal: _mark, ...data } = JSON.parse(await readFile(join(old.dir, 'claimdesk.json'), 'utf8')) as Record<string, unknown> & { workspace: Record<string, unknown> };
    await writeFile(join(dir, 'claimdesk.json'), JSON.stringify({ ...data, workspace: { ...data.workspace, schemaVersion: 3 } }));
    const history = (await readFile(join(old.dir, 'history.jsonl'), 'utf8')).replace(/,"seq":\d+,"of":\d+/g, '');
    await writeFile(join(dir, 'history.jsonl'), history);

    const store = await CaseStore.open(dir);
    expect(store.data.workspace.schemaVersion).toBe(SCHEMA_VERSION);
    expect(claimIds(store.data)).toEqual(['clm_1']);
    expect((await readdir(dir)).some((name) => name.startsWith('claimdesk.v3.'))).toBe(true);
    await addClaim(store, 'clm_2');
    await store.close();
    expect(claimIds((await CaseStore.open(dir)).data)).toEqual(['clm_1', 'clm_2']);
  });
});

describe('the layout', () => {
  it('is saved apart from the journal and comes back on open', async () => {
    const store = await newStore();
    const history = await readFile(join(store.dir, 'history.jsonl'));
    const layout = { panes: [{ tabs: ['art_1'], active: 'art_1', scroll: { art_1: 120 }, size: 1 }] };
    await store.edit((draft) => void (draft.layout = layout), { undoable: false });
    expect(await readFile(join(store.dir, 'history.jsonl'))).toEqual(history);
    expect((await readCase(store.dir)).layout).toEqual(layout);
  });
});

describe('article files', () => {
  it('of a failed import are removed, and those a crash left are quarantined on open', async () => {
    const store = await newStore();
    const written = await store.writeArticle(sampleArticle(), { version: 1, previousVersionId: null });
    await expect(
      store.includeWritten(written, () => {
        throw new Error('the edit failed');
      }),
    ).rejects.toThrow('the edit failed');
    expect(await readdir(join(store.dir, 'articles'))).toEqual([]);

    const kept = await store.addArticle(sampleArticle());
    const left = await store.writeArticle(sampleArticle(), { version: 1, previousVersionId: null });
    await store.close();
    await CaseStore.open(store.dir);
    expect(await readdir(join(store.dir, 'articles'))).toEqual([`${kept.id}.json`]);
    expect(await readdir(join(store.dir, 'quarantine', 'articles'))).toEqual([`${left.id}.json`]);
  });
});

describe('the name of a state of the case', () => {
  it('is the same when the case is opened again unchanged, and another after each edit', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    const named = store.revisionOf(store.data);
    expect(named).not.toBeNull();
    const before = store.data;
    await addClaim(store, 'clm_2');
    expect(store.revisionOf(store.data)).not.toBe(named);
    expect(store.revisionOf(before)).toBe(named);
    const last = store.revisionOf(store.data);
    await store.close();
    const reopened = await CaseStore.open(store.dir);
    expect(reopened.revisionOf(reopened.data)).toBe(last);
    expect(reopened.revisionOf({ ...reopened.data })).toBeNull();
    await reopened.close();
  });
});
