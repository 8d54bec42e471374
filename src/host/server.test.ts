import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAnchorWorker } from '../core/anchor-thread/test-worker';
import { useImportWorker } from '../core/import-thread/test-worker';
import { createCase, openCaseService, type CaseService } from '../core/service';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { startHost, TOKEN_HEADER, type Host } from './server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dir: string;
let service: CaseService;
let host: Host;
const anchorWorker = useAnchorWorker();
const importWorker = useImportWorker();

/** A raw request, so the test controls every header a hostile page might send. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const callApi = (method: string, body: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: host.token }) =>
  send(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-host-'));
  await createCase(join(dir, 'case'), { name: 'Embassy', analyst: 'Dana' });
  service = await openCaseService(join(dir, 'case'), { appVersion: 'test', anchorWorker: await anchorWorker(), importWorker: await importWorker() });
  await mkdir(join(dir, 'renderer'));
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Claimdesk</title>');
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer');
  host = await startHost({ handlers: service.handlers, rendererDir: join(dir, 'renderer') });
});

afterEach(async () => {
  await host.close();
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the browser host', () => {
  it('listens on loopback and prints a URL that carries the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls that carry the token', async () => {
    const reply = await callApi('getCase', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, result: { workspace: { name: 'Embassy' } } });
  });

  it('refuses an API call without the token, or with a wrong one, and changes nothing', async () => {
    const refused: Record<string, string>[] = [{}, { [TOKEN_HEADER]: 'guess' }];
    for (const headers of refused) {
      const reply = await callApi('updateWorkspace', { name: 'Hijacked' }, headers);
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('access token') } });
    }
    expect(service.store.data.workspace.name).toBe('Embassy');
  });

  it('refuses requests from another origin or for another host name (DNS rebinding)', async () => {
    const fromElsewhere = await callApi('getCase', {}, { [TOKEN_HEADER]: host.token, origin: 'https://evil.example' });
    expect(fromElsewhere.status).toBe(403);
    const rebound = await send('/', { headers: { host: `evil.example:${host.port}` } });
    expect(rebound.status).toBe(403);
  });

  it('returns validation errors in the envelope', async () => {
    const reply = await callApi('updateWorkspace', { name: 42 });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const notJson = await send('/api/getCase', { method: 'POST', headers: { [TOKEN_HEADER]: host.token }, body: '{oops' });
    expect(notJson.status).toBe(400);
  });

  it('serves the renderer with its content security policy, and no file outside it', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Claimdesk</title>');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await send('/..%2fsecret.txt')).status).toBe(404);
    expect((await send('/../secret.txt')).status).toBe(404);
  });
});
