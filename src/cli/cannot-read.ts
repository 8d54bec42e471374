// A file named on the command line that cannot be read: the error names the file and
// says why in words (src/shared/fs-errors), or gives the system's code when it has none.

import { fileSystemMessage } from '../shared/fs-errors';

/** "<path>: <why>"; the path first, as import outcomes and other messages begin. */
export function cannotRead(path: string, error: NodeJS.ErrnoException, what = 'the file'): string {
  return `${path}: cannot read ${what}. ${fileSystemMessage(error) ?? `The system says ${error.code ?? error.message}.`}`;
}
