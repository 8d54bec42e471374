import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTempFolders } from '../store/test-folders';
import { startGitServer, type GitServer } from '../sync/test-git-server';
import { createClient, dispatch } from '../../shared/rpc';
import { memoryCredentialStore, openCaseService } from './index';
import { useFreshCases } from './test-service';

const freshCase = useFreshCases();
const tempFolder = useTempFolders();
let server: GitServer;

beforeEach(async () => {
  server = await startGitServer(await tempFolder());
});

afterEach(() => server.stop());

describe('the Sync button’s state', () => {
  it('goes from not shared, to up to date, to changes to send, to offline and back', async () => {
    const { client, service } = await freshCase();
    expect(await client.getSyncStatus({})).toMatchObject({ state: 'not-shared', remote: null });
    const url = server.newRepo('case.git');
    await client.shareCase({ remote: url });
    expect(await client.getSyncStatus({})).toMatchObject({ state: 'up-to-date', remote: url, toSend: 0 });
    await client.createSource({ title: 'Police statement' });
    expect(await client.getSyncStatus({})).toMatchObject({ state: 'changes-to-send', toSend: 1 });
    await server.stop();
    await expect(client.syncCase({})).rejects.toMatchObject({ code: 'unavailable' });
    expect(await client.getSyncStatus({})).toMatchObject({ state: 'offline', toSend: 1, lastError: expect.stringContaining('Cannot reach') });
    await server.start();
    expect(await client.syncCase({})).toMatchObject({ sent: 1 });
    expect(await client.getSyncStatus({})).toMatchObject({ state: 'up-to-date', lastError: null });
    await service.close();
  });

  it('refuses a remote that is not an http address, and a sync of a case never shared, changing nothing', async () => {
    const { client, service } = await freshCase();
    await expect(client.shareCase({ remote: '/tmp/elsewhere' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(client.syncCase({})).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('not shared') });
    expect(await client.getSyncStatus({})).toMatchObject({ state: 'not-shared' });
    await service.close();
  });

  it('asks for credentials the server wants, and once given, keeps them for the next syncs', async () => {
    const first = await freshCase();
    await first.service.close();
    const service = await openCaseService(first.dir, { ...first.options, credentials: memoryCredentialStore() });
    const client = createClient((method, input) => dispatch(service.handlers, method, input));
    await client.shareCase({ remote: server.newRepo('case.git') });
    const token = { username: 'dana', password: 'right-token' };
    server.requireCredentials(token);
    await client.createSource({ title: 'Police statement' });
    await expect(client.syncCase({})).rejects.toMatchObject({ code: 'credentials-needed', message: expect.stringContaining('asks for a user name and token') });
    expect(await client.syncCase({ credentials: token })).toMatchObject({ sent: 1 });
    await client.createSource({ title: 'Organisers’ count' });
    expect(await client.syncCase({})).toMatchObject({ sent: 1 });
    await service.close();
  });

  it('keeps credentials given once in the app’s store, never in the case', async () => {
    const { client, service } = await freshCase();
    const url = server.newRepo('case.git');
    await client.shareCase({ remote: url, credentials: { username: 'ana', password: 'secret-token' } });
    const files = await readdir(service.store.dir, { recursive: true });
    for (const file of files.filter((name) => !name.includes('.git/objects'))) {
      const text = await readFile(join(service.store.dir, file), 'utf8').catch(() => '');
      expect(text).not.toContain('secret-token');
    }
    await service.close();
  });
});
