// What `claimdesk import` reads: files as named, and folders as every file in them that
// Claimdesk can import, recursively, in a stable order.

import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { fileFormatOf } from '../shared/import-formats';

export interface FileToImport {
  path: string;
  /** Why the file is not read, as the import reports it; null for a file to read. */
  refusal: string | null;
}

const LEAVES_FOLDER =
  'a link to a file outside the folder being imported, and such links are not followed. ' +
  'Name the file itself to import it.';

/**
 * The files to import, in order. A path that cannot be looked at is kept as given, so
 * the import reports it as failed with the others instead of stopping the run.
 */
export async function filesToImport(paths: readonly string[]): Promise<FileToImport[]> {
  const files: FileToImport[] = [];
  for (const path of paths) {
    const isFolder = await stat(path).then(
      (stats) => stats.isDirectory(),
      () => false,
    );
    files.push(...(isFolder ? await importableIn(path, await realpath(path)) : [{ path, refusal: null }]));
  }
  return files;
}

/**
 * Hidden files and folders (".git", ".DS_Store") are not articles. Links to folders are
 * not followed, so a link back up the tree cannot loop; a link to a file is followed
 * only to a file inside the folder imported (`root`, its real path): a folder received
 * from someone else must not bring in /etc/passwd.
 */
async function importableIn(folder: string, root: string): Promise<FileToImport[]> {
  const found: FileToImport[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await importableIn(path, root)));
    else if (entry.isFile() && fileFormatOf(entry.name) !== null) found.push({ path, refusal: null });
    else if (entry.isSymbolicLink() && fileFormatOf(entry.name) !== null) {
      found.push({ path, refusal: (await staysInside(path, root)) ? null : LEAVES_FOLDER });
    }
  }
  // By code unit, not locale: the same folder imports in the same order on every machine.
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A broken link stays inside: reading it fails, and the import says so. */
async function staysInside(link: string, root: string): Promise<boolean> {
  const target = await realpath(link).catch(() => null);
  if (target === null) return true;
  const path = relative(root, target);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}
