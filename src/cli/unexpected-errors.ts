// With --debug, the CLI prints where an unexpected error came from (its stack); without
// it, users see the message alone. Errors caught inside the API envelope come here too.

import type { UnexpectedErrorLog } from '../shared/rpc';

let log: UnexpectedErrorLog | null = null;

/** Set once per command line, from its --debug flag. */
export function showUnexpectedErrors(to: UnexpectedErrorLog | null): void {
  log = to;
}

export function logUnexpected(error: unknown): void {
  log?.(error);
}
