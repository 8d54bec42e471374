// Registers every API method from the shared table as an IPC handler. Only the app's own
// page may call: the sender is checked before anything else. Input is validated by
// dispatch before any service code runs; replies are envelopes.

import { ipcMain, type WebFrameMain } from 'electron';
import type { ApiHandlers } from '../shared/api';
import { METHOD_NAMES, channelOf, type MethodName } from '../shared/methods';
import { dispatch, type Envelope } from '../shared/rpc';
import { isAppPage } from './app-page';

/** `current` is read on every call, so opening another case swaps the handlers in place. */
export function registerApi(current: () => ApiHandlers): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, input: unknown) =>
      isFromAppPage(event.senderFrame) ? dispatch(current(), method, input) : refusal(method),
    );
  }
}

/**
 * The app's page in a window's top frame. Not an iframe, and not whatever a window shows
 * after a navigation the guards missed: that page would otherwise hold the whole API.
 */
function isFromAppPage(frame: WebFrameMain | null): boolean {
  try {
    return frame !== null && frame.parent === null && isAppPage(frame.url);
  } catch {
    // A frame disposed before its call arrived can no longer say what it is.
    return false;
  }
}

function refusal(method: MethodName): Envelope {
  return {
    ok: false,
    error: { code: 'forbidden', message: `Only Claimdesk's own window may call ${method}; the request was refused.` },
  };
}
