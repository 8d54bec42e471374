// The renderer's one door to the case: the same typed client over Electron's preload
// bridge or, in a browser, over the host's HTTP API.

import type { ApiClient, Method } from '../../shared/api';
import { createClient, type Envelope, type Send } from '../../shared/rpc';

type Bridge = Record<Method, (input: unknown) => Promise<Envelope>>;

declare global {
  interface Window {
    claimdesk?: Bridge;
  }
}

const TOKEN_KEY = 'claimdesk-token';

/** The host puts a per-run token in the URL it prints; keep it for reloads, hide it from the address bar. */
function hostToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Send {
  const token = hostToken();
  return async (method, input) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-claimdesk-token': token },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Envelope;
  };
}

function bridgeTransport(bridge: Bridge): Send {
  return (method, input) => bridge[method](input);
}

export const api: ApiClient = createClient(window.claimdesk ? bridgeTransport(window.claimdesk) : httpTransport());
