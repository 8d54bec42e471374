import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { CaseStore, revise } from '../store';
import { sampleClaim } from '../store/test-case';
import { useTempFolders } from '../store/test-folders';
import { localHead } from './case-repo';
import { listConflicts, resolveConflict } from './resolve';
import { cloneCase, shareCase, syncCase, changesToSend } from './sync-case';
import { startGitServer, type GitServer } from './test-git-server';

const tempFolder = useTempFolders();
let server: GitServer;
const open: CaseStore[] = [];

beforeEach(async () => {
  server = await startGitServer(await tempFolder());
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
  await server.stop();
});

async function track(store: Promise<CaseStore>): Promise<CaseStore> {
  const opened = await store;
  open.push(opened);
  return opened;
}

function addClaim(store: CaseStore, id: string): Promise<void> {
  return store.edit((draft, journal) => {
    draft.claims.push(sampleClaim(id));
    journal.created('claim', id, sampleClaim(id));
  });
}

function editClaim(store: CaseStore, id: string, patch: Partial<Claim>): Promise<void> {
  return store.edit((draft, journal) => {
    const claim = revise(draft.claims, draft.claims.find((candidate) => candidate.id === id)!);
    const before = structuredClone(claim);
    Object.assign(claim, patch);
    journal.updated('claim', id, before, claim);
  });
}

const claim = (store: CaseStore, id = 'clm_1') => store.data.claims.find((candidate) => candidate.id === id);

/** Ana's case, shared, with one claim; and Ben's clone of it. */
async function twoAnalysts(): Promise<{ ana: CaseStore; ben: CaseStore; url: string }> {
  const url = server.newRepo('embassy.git');
  const ana = await track(CaseStore.create(await tempFolder(), { name: 'Embassy', analyst: 'Ana' }));
  await addClaim(ana, 'clm_1');
  await shareCase(ana, url, null);
  const benDir = join(await tempFolder(), 'embassy');
  await cloneCase(url, benDir, { analyst: 'Ben', credentials: null });
  const ben = await track(CaseStore.open(benDir));
  return { ana, ben, url };
}

describe('a case shared through a git server', () => {
  it('is shared and cloned whole, with the clone working under its own analyst', async () => {
    const { ana, ben, url } = await twoAnalysts();
    expect(ben.data.claims).toEqual(ana.data.claims);
    expect(ben.data.workspace.analyst).toBe('Ben');
    const log = execFileSync('git', ['--git-dir', join(ana.dir, '.git'), 'log', '--format=%an: %s']).toString();
    expect(log).toContain('Ana: Shared the case "Embassy"');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it('merges different fields edited on both sides, with a readable commit and both histories', async () => {
    const { ana, ben } = await twoAnalysts();
    await editClaim(ana, 'clm_1', { verdict: 'false' });
    await editClaim(ben, 'clm_1', { claimant: 'Minister' });
    await addClaim(ben, 'clm_2');
    expect(await changesToSend(ben)).toBe(2);
    expect(await syncCase(ana, null)).toEqual({ sent: 1, received: 0, conflicts: [] });
    expect(await syncCase(ben, null)).toEqual({ sent: 2, received: 1, conflicts: [] });
    expect(await syncCase(ana, null)).toMatchObject({ sent: 0, received: 2, conflicts: [] });
    for (const store of [ana, ben]) {
      expect(claim(store)).toMatchObject({ verdict: 'false', claimant: 'Minister' });
      expect(store.data.claims.map((item) => item.id)).toEqual(['clm_1', 'clm_2']);
      const actors = (await store.readHistory()).filter((entry) => entry.entity === 'claim').map((entry) => entry.actor);
      expect(actors).toEqual(expect.arrayContaining(['Ana', 'Ben']));
    }
    expect(await changesToSend(ana)).toBe(0);
    const log = execFileSync('git', ['--git-dir', join(ana.dir, '.git'), 'log', '--format=%an: %s']).toString();
    expect(log).toContain('Ana: Rated 1 claim');
    expect(log).toContain("Ben: Merged Ana's edits: rated 1 claim");
  });

  it('keeps mine in a conflict until resolved, and taking theirs sends their value back', async () => {
    const { ana, ben } = await twoAnalysts();
    await editClaim(ana, 'clm_1', { verdict: 'false' });
    await editClaim(ben, 'clm_1', { verdict: 'true' });
    await syncCase(ana, null);
    const { conflicts } = await syncCase(ben, null);
    expect(conflicts).toEqual([
      expect.objectContaining({ entity: 'claim', entityId: 'clm_1', field: 'verdict', mine: 'true', theirs: 'false', theirAnalyst: 'Ana', myAnalyst: 'Ben' }),
    ]);
    expect(claim(ben)?.verdict).toBe('true');
    expect(await resolveConflict(ben, conflicts[0]!.id, 'theirs')).toEqual([]);
    expect(claim(ben)?.verdict).toBe('false');
    await syncCase(ben, null);
    await syncCase(ana, null);
    expect(claim(ana)?.verdict).toBe('false');
    expect(await listConflicts(ana)).toEqual([]);
  });

  it('taking mine makes mine the value on every copy', async () => {
    const { ana, ben } = await twoAnalysts();
    await editClaim(ana, 'clm_1', { verdict: 'false' });
    await editClaim(ben, 'clm_1', { verdict: 'true' });
    await syncCase(ana, null);
    const { conflicts } = await syncCase(ben, null);
    await resolveConflict(ben, conflicts[0]!.id, 'mine');
    expect(await listConflicts(ben)).toEqual([]);
    await syncCase(ana, null);
    expect(claim(ana)?.verdict).toBe('true');
  });

  it('brings back a claim deleted here when taking their edit of it', async () => {
    const { ana, ben } = await twoAnalysts();
    await editClaim(ana, 'clm_1', { rationale: 'Checked with the ministry' });
    await ben.edit((draft, journal) => {
      draft.claims = [];
      journal.deleted('claim', 'clm_1', sampleClaim('clm_1'));
    });
    await syncCase(ana, null);
    const { conflicts } = await syncCase(ben, null);
    expect(conflicts).toEqual([expect.objectContaining({ entity: 'claim', field: null, mine: null })]);
    expect(claim(ben)).toBeUndefined();
    await resolveConflict(ben, conflicts[0]!.id, 'theirs');
    expect(claim(ben)?.rationale).toBe('Checked with the ministry');
  });

  it('says when the server asks for a user name and token, or refuses those given, changing nothing; with the right ones it syncs', async () => {
    const { ana, ben, url } = await twoAnalysts();
    const token = { username: 'ana', password: 'right-token' };
    server.requireCredentials(token);
    await editClaim(ana, 'clm_1', { verdict: 'false' });
    const head = await localHead(ana.dir);
    await expect(syncCase(ana, null)).rejects.toMatchObject({ code: 'credentials-needed', message: `${url} asks for a user name and token. Nothing was changed.` });
    await expect(syncCase(ana, { username: 'ana', password: 'wrong' })).rejects.toMatchObject({
      code: 'credentials-needed',
      message: expect.stringContaining('refused the user name and token given (ana)'),
    });
    expect(await localHead(ana.dir)).toBe(head);
    expect(await syncCase(ana, token)).toMatchObject({ sent: 1 });
    const copy = join(await tempFolder(), 'copy');
    await expect(cloneCase(url, copy, { credentials: null })).rejects.toMatchObject({ code: 'credentials-needed' });
    expect(await readdir(copy)).toEqual([]);
    await syncCase(ben, token);
    expect(claim(ben)?.verdict).toBe('false');
  });

  it('says the remote cannot be reached and changes nothing; the next sync sends everything', async () => {
    const { ana, ben } = await twoAnalysts();
    await editClaim(ana, 'clm_1', { verdict: 'false' });
    await server.stop();
    const head = await localHead(ana.dir);
    const before = ana.data;
    const failed = await syncCase(ana, null).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ClaimdeskError);
    expect(failed).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/Cannot reach .*Nothing was changed/) });
    expect(ana.data).toBe(before);
    expect(await localHead(ana.dir)).toBe(head);
    await server.start();
    expect(await syncCase(ana, null)).toMatchObject({ sent: 1 });
    await syncCase(ben, null);
    expect(claim(ben)?.verdict).toBe('false');
  });
});
