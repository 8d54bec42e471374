// Test helper: a real smart-HTTP git server on 127.0.0.1, git's own http-backend run as
// CGI behind Node's http module, serving bare repositories made by the git CLI.

import { spawn, execFileSync } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const HTTP_BACKEND = '/usr/lib/git-core/git-http-backend';

export interface GitServer {
  /** The URL of a new empty repository on the server. */
  newRepo(name: string): string;
  /** From now on, every request needs this user name and password (HTTP basic auth), as a newsroom's server does; null lets anyone in again. */
  requireCredentials(credentials: { username: string; password: string } | null): void;
  stop(): Promise<void>;
  /** Takes the server down; start() brings it back on the same port. */
  start(): Promise<void>;
}

export async function startGitServer(root: string): Promise<GitServer> {
  let port = 0;
  let server: Server | null = null;
  let expected: string | null = null;
  const listen = async () => {
    server = createServer((request, response) => {
      if (expected !== null && request.headers.authorization !== expected) {
        request.resume();
        response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="claimdesk-test"' }).end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const child = spawn(HTTP_BACKEND, [], {
        env: {
          GIT_PROJECT_ROOT: root,
          GIT_HTTP_EXPORT_ALL: '1',
          PATH_INFO: decodeURIComponent(url.pathname),
          QUERY_STRING: url.search.slice(1),
          REQUEST_METHOD: request.method ?? 'GET',
          CONTENT_TYPE: request.headers['content-type'] ?? '',
          HTTP_CONTENT_ENCODING: request.headers['content-encoding'] ?? '',
          GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
          REMOTE_ADDR: '127.0.0.1',
        },
      });
      request.pipe(child.stdin);
      respondFromCgi(child.stdout, response);
      child.on('error', () => response.destroy());
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    port = (server!.address() as AddressInfo).port;
  };
  await listen();
  return {
    newRepo(name) {
      execFileSync('git', ['init', '--bare', '--quiet', '--initial-branch=main', join(root, name)]);
      execFileSync('git', ['-C', join(root, name), 'config', 'http.receivepack', 'true']);
      return `http://127.0.0.1:${port}/${name}`;
    },
    requireCredentials(credentials) {
      expected = credentials && `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    },
    async stop() {
      const running = server;
      server = null;
      if (!running) return;
      running.closeAllConnections();
      await new Promise<void>((resolve) => running.close(() => resolve()));
    },
    start: listen,
  };
}

function respondFromCgi(output: NodeJS.ReadableStream, response: ServerResponse): void {
  let head = Buffer.alloc(0);
  let headersSent = false;
  output.on('data', (chunk: Buffer) => {
    if (headersSent) {
      response.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else response.setHeader(name, value);
    }
    response.statusCode = status;
    headersSent = true;
    response.write(head.subarray(end + 4));
  });
  output.on('end', () => response.end());
}
