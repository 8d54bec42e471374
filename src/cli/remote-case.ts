// A case another process holds: the app (Electron or the browser host) publishes in the
// case's lock file where it answers and with what token, and the command line sends its
// calls there, so the app applies them, shows them and can undo them.

import type { ApiClient } from '../shared/api';
import { ClaimdeskError, createClient, type Envelope } from '../shared/rpc';
import { describeHolder, type LockHolder } from '../core/store';
import { TOKEN_HEADER } from '../host/server';

/** A client whose every call goes to the holder's API; a holder that does not answer is said to. */
export function remoteClient(holder: LockHolder & { endpoint: NonNullable<LockHolder['endpoint']> }): ApiClient {
  const { url, token } = holder.endpoint;
  return createClient(async (method, input) => {
    let response: Response;
    try {
      response = await fetch(new URL(`/api/${method}`, url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
    } catch (error) {
      const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new ClaimdeskError(
        'case-locked',
        `${describeHolder(holder)}, and it did not answer at ${url} (${reason}). Nothing was changed; ` +
          'close that Claimdesk or wait until it answers.',
      );
    }
    return (await response.json()) as Envelope;
  });
}
