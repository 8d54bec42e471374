// A case folder may come from someone else (a zip, a shared drive, a repository). A link
// inside it could point anywhere on this machine, and an export would carry that file
// away, so what is exported from a case folder is read only from files it really holds.

import { lstat } from 'node:fs/promises';
import { ClaimdeskError } from '../../shared/rpc';
import { hasErrorCode } from '../store/fs-helpers';

/** Refuses when any of the paths is a symbolic link; a path that does not exist is no link. */
export async function refuseLinks(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const isLink = await lstat(path).then(
      (stats) => stats.isSymbolicLink(),
      (error: unknown) => {
        if (hasErrorCode(error, 'ENOENT')) return false;
        throw error;
      },
    );
    if (isLink) {
      throw new ClaimdeskError(
        'corrupt-workspace',
        `${path} is a link to somewhere else, not a file the case holds, and Claimdesk does not follow links in a case ` +
          'folder. Nothing was exported. Put the file itself in its place, or remove the link, and export again.',
      );
    }
  }
}
