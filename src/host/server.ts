// The browser host: serves the built renderer and the API on 127.0.0.1, so the same UI
// and services run in any browser (and under the e2e suite) without Electron.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../shared/api';
import { dispatch } from '../shared/rpc';
import { serveStatic } from './static';

export interface HostOptions {
  handlers: ApiHandlers;
  /** The built renderer (out/renderer); without it only the API is served, as the app does for the command line. */
  rendererDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed for tests; a fresh random token otherwise. */
  token?: string;
}

export interface Host {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 80 * 1024 * 1024;
export const TOKEN_HEADER = 'x-claimdesk-token';

export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal', message: 'Host error.' } });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const port = (server.address() as AddressInfo).port;
    if (!isLocalHost(request.headers.host, port) || !isSameOrigin(request.headers.origin, port)) {
      return sendText(response, 403, 'Forbidden: Claimdesk only answers http://127.0.0.1 and http://localhost.');
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) {
      return options.rendererDir ? serveStatic(options.rendererDir, url.pathname, response) : sendText(response, 404, 'Not found.');
    }

    if (request.method !== 'POST') return sendText(response, 405, 'Method not allowed.');
    if (!hasToken(request.headers[TOKEN_HEADER], token)) {
      return send(response, 401, { ok: false, error: { code: 'invalid-input', message: 'Missing or wrong access token. Open the URL the host printed.' } });
    }
    const body = await readJson(request);
    if (body === undefined) {
      return send(response, 400, { ok: false, error: { code: 'invalid-input', message: 'The request body is not JSON or is too large.' } });
    }
    const envelope = await dispatch(options.handlers, url.pathname.slice('/api/'.length), body);
    send(response, 200, envelope);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () => closeServer(server),
  };
}

/** Refuses DNS-rebinding requests: the Host header must name this machine's loopback. */
function isLocalHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Refuses cross-site requests from pages on other origins. */
function isSameOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function hasToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
