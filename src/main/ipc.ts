// Registers every API method from the shared table as an IPC handler. Input is
// validated by dispatch before any service code runs; replies are envelopes.

import { ipcMain } from 'electron';
import type { ApiHandlers } from '../shared/api';
import { METHOD_NAMES, channelOf } from '../shared/methods';
import { dispatch } from '../shared/rpc';

/** `current` is read on every call, so opening another case swaps the handlers in place. */
export function registerApi(current: () => ApiHandlers): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (_event, input: unknown) => dispatch(current(), method, input));
  }
}
