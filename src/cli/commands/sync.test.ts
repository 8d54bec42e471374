import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaseStore, readCase } from '../../core/store';
import { sampleClaim } from '../../core/store/test-case';
import { useTempFolders } from '../../core/store/test-folders';
import { writeConflicts } from '../../core/sync/conflicts-file';
import { startGitServer, type GitServer } from '../../core/sync/test-git-server';
import { runCli } from '../run';
import { useCliWorkers } from '../test-workers';

useCliWorkers();
const tempFolder = useTempFolders();
let server: GitServer;

beforeEach(async () => {
  server = await startGitServer(await tempFolder());
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await server.stop();
});

async function claimdesk(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (...parts: unknown[]) => out.push(parts.join(' ')), error: (...parts: unknown[]) => err.push(parts.join(' ')) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Ana's case with one claim, shared; Ben's clone. */
async function sharedCase(): Promise<{ ana: string; ben: string }> {
  const ana = await tempFolder();
  const store = await CaseStore.create(ana, { name: 'Embassy', analyst: 'Ana' });
  await store.edit((draft, journal) => {
    draft.claims.push(sampleClaim('clm_1'));
    journal.created('claim', 'clm_1', sampleClaim('clm_1'));
  });
  await store.close();
  const url = server.newRepo('embassy.git');
  expect(await claimdesk('share', ana, '--remote', url)).toMatchObject({ code: 0 });
  const ben = join(await tempFolder(), 'copy');
  expect(await claimdesk('clone', url, ben, '--analyst', 'Ben')).toMatchObject({ code: 0 });
  return { ana, ben };
}

describe('claimdesk share, clone, update, sync, conflicts and resolve', () => {
  it('syncs two analysts and reports a conflict in the shape scripts depend on', async () => {
    const { ana, ben } = await sharedCase();
    expect((await claimdesk('update', ana, '--claim', 'clm_1', '--verdict', 'false', '--claimant', 'Minister')).code).toBe(0);
    expect((await claimdesk('update', ben, '--claim', 'clm_1', '--verdict', 'true')).code).toBe(0);
    expect(JSON.parse((await claimdesk('sync', ana, '--json')).stdout)).toEqual({ sent: 1, received: 0, conflicts: [] });
    const synced = await claimdesk('sync', ben, '--json');
    expect(synced.code).toBe(0);
    expect(JSON.parse(synced.stdout)).toEqual({
      sent: 1,
      received: 1,
      conflicts: [{ id: 'claim:clm_1:verdict', entity: 'claim', entityId: 'clm_1', field: 'verdict', mine: 'true', theirs: 'false', theirAnalyst: 'Ana' }],
    });
    const listed = JSON.parse((await claimdesk('conflicts', ben, '--json')).stdout) as { id: string }[];
    expect(listed.map((conflict) => conflict.id)).toEqual(['claim:clm_1:verdict']);
    expect((await claimdesk('resolve', ben, '--conflict', 'claim:clm_1:verdict', '--take', 'theirs')).code).toBe(0);
    expect((await claimdesk('conflicts', ben)).stdout).toBe('No conflicts.');
    expect((await readCase(ben)).claims[0]).toMatchObject({ verdict: 'false', claimant: 'Minister' });
  });

  it('refuses a resolve of an unknown conflict, or a side that is neither', async () => {
    const { ben } = await sharedCase();
    expect(await claimdesk('resolve', ben, '--conflict', 'claim:nope:verdict', '--take', 'mine')).toMatchObject({ code: 1, stderr: expect.stringContaining('no conflict') });
    expect((await claimdesk('resolve', ben, '--conflict', 'x', '--take', 'both')).code).toBe(2);
  });

  it('writes a value by hand with --value, and refuses one the field does not allow, keeping the conflict', async () => {
    const dir = await tempFolder();
    const store = await CaseStore.create(dir, { name: 'Embassy', analyst: 'Ben' });
    await store.edit((draft, journal) => {
      draft.claims.push(sampleClaim('clm_1'));
      journal.created('claim', 'clm_1', sampleClaim('clm_1'));
    });
    await store.close();
    const verdict = { id: 'claim:clm_1:verdict', entity: 'claim', entityId: 'clm_1', field: 'verdict', mine: 'unrated', theirs: 'false' } as const;
    const sides = { myAnalyst: 'Ben', theirAnalyst: 'Ana', myAt: null, theirAt: null, restore: [] };
    await writeConflicts(dir, [{ ...verdict, ...sides }]);

    const refused = await claimdesk('resolve', dir, '--conflict', verdict.id, '--value', 'pants-on-fire');
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('verdict must be one of unrated, true') });
    expect(await claimdesk('resolve', dir, '--conflict', verdict.id, '--take', 'mine', '--value', 'mixed')).toMatchObject({ code: 2 });
    const written = await claimdesk('resolve', dir, '--conflict', verdict.id, '--value', 'mixed', '--json');
    expect(JSON.parse(written.stdout)).toEqual({ resolved: verdict.id, take: 'edit', conflicts: [] });
    expect((await readCase(dir)).claims[0]).toMatchObject({ verdict: 'mixed' });
  });

  it('says a server asking for credentials needs them, and how to give them; given in the environment, it syncs', async () => {
    const { ana } = await sharedCase();
    server.requireCredentials({ username: 'ana', password: 'right-token' });
    const refused = await claimdesk('sync', ana);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/asks for a user name and token\. Nothing was changed\. Give them in the environment.*CLAIMDESK_GIT_USERNAME.*CLAIMDESK_GIT_TOKEN/);
    vi.stubEnv('CLAIMDESK_GIT_USERNAME', 'ana');
    vi.stubEnv('CLAIMDESK_GIT_TOKEN', 'right-token');
    expect(await claimdesk('sync', ana)).toMatchObject({ code: 0 });
  });

  it('exits 1 with a message when the remote cannot be reached', async () => {
    const { ana } = await sharedCase();
    await claimdesk('update', ana, '--claim', 'clm_1', '--verdict', 'false');
    await server.stop();
    const failed = await claimdesk('sync', ana);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/claimdesk sync: Cannot reach http:\/\/127\.0\.0\.1:\d+\/embassy\.git/);
  });
});
